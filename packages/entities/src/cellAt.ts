/**
 * A piece of one line between wide gaps. Letters and notices set blocks side by side
 * (`Wójt Gminy Jeleśnia      Dyrektor GOK` over `Marian Pietraszek      Beata Kudzia-Wojtas`, a
 * reference number left and the place and date right): each column of such a line is a cell, and
 * a name's role is the cell above or below it in the same column, not the whole line.
 */
export interface TextCell {
  /** First and one past the last non-blank character of the cell. */
  start: number;
  end: number;
  /** Offset of the cell's first character from the start of its line. */
  column: number;
  lineStart: number;
  lineEnd: number;
}

// Three spaces or a tab separate columns; single and double spaces are ordinary text.
const GAP = /[ \t\u00a0]{3,}|\t/gu;

export function lineBounds(text: string, offset: number): { start: number; end: number } {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  let end = text.indexOf('\n', offset);
  if (end < 0) end = text.length;
  return { start, end };
}

/** The cells of the line `[lineStart, lineEnd)`, left to right; none for a blank line. */
function cellsOfLine(text: string, lineStart: number, lineEnd: number): TextCell[] {
  const line = text.slice(lineStart, lineEnd);
  const out: TextCell[] = [];
  let from = 0;
  const push = (a: number, b: number) => {
    const piece = line.slice(a, b);
    const lead = piece.length - piece.trimStart().length;
    const body = piece.trim();
    if (body === '') return;
    const start = lineStart + a + lead;
    out.push({ start, end: start + body.length, column: a + lead, lineStart, lineEnd });
  };
  for (const m of line.matchAll(GAP)) {
    push(from, m.index);
    from = m.index + m[0].length;
  }
  push(from, line.length);
  return out;
}

/** The cell holding `offset` (the nearest one on its line when `offset` falls in a gap). */
export function cellAt(text: string, offset: number): TextCell {
  const { start, end } = lineBounds(text, offset);
  const cells = cellsOfLine(text, start, end);
  const inside = cells.find((c) => offset >= c.start && offset <= c.end);
  if (inside) return inside;
  const after = cells.find((c) => c.start > offset);
  return (
    after ??
    cells[cells.length - 1] ?? {
      start: offset,
      end: offset,
      column: offset - start,
      lineStart: start,
      lineEnd: end,
    }
  );
}

/**
 * The cell in the line above (`direction` -1) or below (+1) that stands in the same column as
 * `cell`: `'blank'` when that line is empty, null when nothing there lines up with it.
 */
export function cellNextTo(text: string, cell: TextCell, direction: -1 | 1): TextCell | 'blank' | null {
  let lineStart: number;
  let lineEnd: number;
  if (direction < 0) {
    if (cell.lineStart === 0) return null;
    lineEnd = cell.lineStart - 1;
    lineStart = text.lastIndexOf('\n', lineEnd - 1) + 1;
  } else {
    if (cell.lineEnd >= text.length) return null;
    lineStart = cell.lineEnd + 1;
    lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
  }
  const cells = cellsOfLine(text, lineStart, lineEnd);
  if (cells.length === 0) return 'blank';
  const width = cell.end - cell.start;
  let best: TextCell | null = null;
  let bestOverlap = 0;
  for (const c of cells) {
    const overlap =
      Math.min(cell.column + Math.max(width, 1), c.column + (c.end - c.start)) -
      Math.max(cell.column, c.column);
    if (overlap > bestOverlap) {
      best = c;
      bestOverlap = overlap;
    }
  }
  return best;
}
