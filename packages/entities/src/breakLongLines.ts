/** Lines longer than this are broken for analysis: real documents are laid out in shorter lines. */
export const MAX_ANALYSED_LINE = 1000;
/** Where in a long line to look for a break: after this many characters of the current piece. */
const PIECE = 400;

/**
 * A copy of `text` of the same length in which overlong lines are broken at sentence ends (else at a
 * space) by turning that one space into a line break. The finders look at lines (signature blocks,
 * headers, cells); on a text with no line breaks at all their per-candidate line scans would make
 * extraction quadratic (minutes for a 600 k-character line). Offsets stay valid for the original.
 */
export function breakLongLines(text: string): string {
  if (!hasLongLine(text)) return text;
  const chars = text.split('');
  let lineStart = 0;
  for (let i = 0; i < chars.length; i++) {
    if (chars[i] === '\n') {
      lineStart = i + 1;
      continue;
    }
    if (i - lineStart < PIECE || chars[i] !== ' ') continue;
    const sentenceEnd = /[.!?;:]/.test(chars[i - 1] ?? '');
    if (sentenceEnd || i - lineStart >= MAX_ANALYSED_LINE - 100) {
      chars[i] = '\n';
      lineStart = i + 1;
    }
  }
  return chars.join('');
}

function hasLongLine(text: string): boolean {
  let lineStart = 0;
  for (;;) {
    const end = text.indexOf('\n', lineStart);
    if ((end < 0 ? text.length : end) - lineStart > MAX_ANALYSED_LINE) return true;
    if (end < 0) return false;
    lineStart = end + 1;
  }
}
