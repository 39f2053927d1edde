/** A replacement of a span of the text (offsets into the text it was found in). */
export interface Replacement {
  start: number;
  end: number;
  after: string;
  /** How sure the rule or the decoder is, 0..1. */
  confidence: number;
}

/**
 * What wrong-model OCR does to Polish punctuation, undone in mangled blocks only:
 * - a bullet `•` read as a lone `e` or `«` at the start of a line (`e 14 listopada` → `• 14 listopada`);
 * - the opening quote `„` read as two commas (`,,Jak`), as a comma standing apart before a capital
 *   (`społecznych , Jak`), or as `»` when the block has no closing `«`.
 * Polish never puts a space before a comma and never starts a line with a one-letter word `e`, so
 * these readings are safe to undo.
 */
export function punctuationRepairs(block: string): Replacement[] {
  const out: Replacement[] = [];
  for (const m of block.matchAll(/(^|\n)([^\S\n]*)(e|«)(?=[^\S\n]+[\p{Lu}\p{Nd}])/gu)) {
    const start = m.index + m[1]!.length + m[2]!.length;
    out.push({ start, end: start + 1, after: '•', confidence: 0.9 });
  }
  for (const m of block.matchAll(/(?<=^|\s),,(?=\p{L})/gu)) {
    out.push({ start: m.index, end: m.index + 2, after: '„', confidence: 0.9 });
  }
  for (const m of block.matchAll(/(?<=\s),\s?(?=\p{Lu}\p{Ll})/gu)) {
    out.push({ start: m.index, end: m.index + m[0].length, after: '„', confidence: 0.8 });
  }
  if (!block.includes('«')) {
    for (const m of block.matchAll(/(?<=^|\s)»(?=\p{L})/gu)) {
      out.push({ start: m.index, end: m.index + 1, after: '„', confidence: 0.7 });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
