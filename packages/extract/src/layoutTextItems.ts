/** A positioned run of text from a PDF page (pdf.js `TextItem`, in page units, y growing upwards). */
export interface PositionedText {
  str: string;
  x: number;
  y: number;
  width: number;
  /** Font size (height of the run). */
  size: number;
}

/** Gap (in font sizes) beyond which two runs on a line belong to different columns. */
const COLUMN_GAP = 2;

/**
 * Rebuilds lines and paragraphs from positioned runs. Needed for text layers written word by word
 * (the invisible layer OCR engines put under a scan), where pdf.js reports every word as its own
 * line. Runs whose baselines differ by less than half a line share a line; a gap wider than a fifth
 * of the font size is a space, one wider than two font sizes a column gap (kept as several spaces);
 * a vertical gap of two lines or more starts a paragraph.
 */
export function layoutTextItems(items: PositionedText[]): string {
  const runs = items.filter((item) => item.str.trim().length > 0).sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: { y: number; size: number; runs: PositionedText[] }[] = [];
  for (const run of runs) {
    const line = lines.at(-1);
    if (line && Math.abs(line.y - run.y) <= 0.5 * Math.max(line.size, run.size)) {
      line.runs.push(run);
      line.size = Math.max(line.size, run.size);
    } else {
      lines.push({ y: run.y, size: run.size, runs: [run] });
    }
  }
  const out: string[] = [];
  let previous: { y: number; size: number } | null = null;
  for (const line of lines) {
    line.runs.sort((a, b) => a.x - b.x);
    let text = '';
    let end = Number.NEGATIVE_INFINITY;
    for (const run of line.runs) {
      const gap = run.x - end;
      if (text && gap > 0.2 * run.size && !/\s$/.test(text) && !/^\s/.test(run.str)) {
        // A gap wider than a few letters separates columns (signature blocks side by side, tables):
        // it keeps roughly its width in spaces, as a text file would, so columns stay apart.
        text +=
          gap > COLUMN_GAP * run.size ? ' '.repeat(Math.min(40, Math.round(gap / (0.5 * run.size)))) : ' ';
      }
      text += run.str;
      end = run.x + run.width;
    }
    if (previous && previous.y - line.y > 2 * Math.max(previous.size, line.size)) out.push('');
    out.push(text.trim());
    previous = line;
  }
  return out.join('\n');
}

/**
 * True when pdf-parse's text of a page looks like a word-by-word layer: most lines hold one word.
 * Born-digital text from word processors never does.
 */
export function looksFragmented(text: string): boolean {
  const lines = text.split('\n').filter((line) => line.trim().length > 0);
  if (lines.length < 20) return false;
  const single = lines.filter((line) => !/\S\s+\S/.test(line.trim())).length;
  return single / lines.length > 0.6;
}
