/**
 * Lays documents out into pages of plain text that fit one A4 page at any of the render conditions
 * (10–12 pt, four fonts): whole lines where possible, a long paragraph cut only between words.
 */

export interface PaginateOptions {
  /** A page is closed at the first line boundary at or past this many characters. */
  targetChars: number;
  /** Never more characters than this on a page. */
  maxChars: number;
  /** Below this, a page that cannot take the next whole line takes part of it (cut between words). */
  minChars: number;
}

/** What fits on one page in its font and size (conservative estimates). */
export interface PageCapacity {
  /** Upper bound of rendered lines (a long line counts as several), so the page never overflows. */
  maxLines: number;
  /** Characters per rendered line. */
  charsPerLine: number;
}

export const DEFAULT_PAGINATION: PaginateOptions = {
  targetChars: 2200,
  maxChars: 2600,
  minChars: 1800,
};

export interface PaginateDocument {
  id: string;
  text: string;
}

export interface PaginatedPage {
  text: string;
  /** Ids of the documents whose text is on the page, in order. */
  documentIds: string[];
}

const renderedLines = (line: string, charsPerLine: number) =>
  Math.max(1, Math.ceil(line.length / charsPerLine));

/** Cuts `line` into a head of at most `room` characters ending at a word end, and the rest. */
function cutAtWord(line: string, room: number): [string, string] | null {
  if (room <= 0) return null;
  const head = line.slice(0, room + 1);
  const cut = head.search(/\s\S*$/); // last whitespace before the limit
  if (cut <= 0) return null;
  return [line.slice(0, cut).trimEnd(), line.slice(cut).trimStart()];
}

/**
 * Packs the documents, in the order given, into pages. Documents share a page (separated by a blank
 * line) when `pack` is true; otherwise every document starts on a new page and its pages are evened
 * out (a 3,000-character letter becomes two pages of 1,500, not 2,600 + 400). `capacityOf(k)` tells
 * what fits on the k-th page produced (its font and size are known from its id before it is laid out).
 */
export function paginate(
  documents: readonly PaginateDocument[],
  pack: boolean,
  capacityOf: (pageIndex: number) => PageCapacity,
  options: PaginateOptions = DEFAULT_PAGINATION,
): PaginatedPage[] {
  const pages: PaginatedPage[] = [];
  let lines: string[] = [];
  let chars = 0;
  let rendered = 0;
  let ids: string[] = [];

  const close = () => {
    while (lines.length > 0 && lines[lines.length - 1]!.trim() === '') lines.pop();
    if (lines.length > 0) pages.push({ text: lines.join('\n'), documentIds: ids });
    lines = [];
    chars = 0;
    rendered = 0;
    ids = [];
  };

  for (const doc of documents) {
    const docLines = doc.text
      .replace(/\r\n?/g, '\n')
      .split('\n')
      .map((l) => l.replace(/\s+$/, ''));
    while (docLines.length > 0 && docLines[0] === '') docLines.shift();
    while (docLines.length > 0 && docLines[docLines.length - 1] === '') docLines.pop();
    if (docLines.length === 0) continue;
    if (!pack) close();
    const docChars = docLines.reduce((n, l) => n + l.length + 1, 0);
    // A document on pages of its own is spread evenly over as many pages as it needs.
    const first = capacityOf(pages.length);
    const docRendered = docLines.reduce((n, l) => n + renderedLines(l, first.charsPerLine), 0);
    const nPages = Math.max(Math.ceil(docChars / options.maxChars), Math.ceil(docRendered / first.maxLines));
    const target = pack ? options.targetChars : Math.ceil(docChars / nPages);
    const targetLines = pack ? Number.POSITIVE_INFINITY : Math.ceil(docRendered / nPages);
    if (pack && lines.length > 0) {
      lines.push('');
      chars += 1;
      rendered += 1;
    }
    const take = (line: string) => {
      lines.push(line);
      chars += line.length + 1;
      rendered += renderedLines(line, capacityOf(pages.length).charsPerLine);
      if (ids[ids.length - 1] !== doc.id) ids.push(doc.id);
    };
    const queue = [...docLines];
    while (queue.length > 0) {
      const line = queue.shift()!;
      if (lines.length === 0 && line === '') continue; // no page starts with a blank line
      const capacity = capacityOf(pages.length);
      const fits =
        chars + line.length + 1 <= options.maxChars &&
        rendered + renderedLines(line, capacity.charsPerLine) <= capacity.maxLines;
      if (fits) {
        take(line);
        // Close at a line boundary once the target is reached, unless only a scrap would be left for
        // the next page; the last page takes what is left.
        const rest = queue.reduce((n, l) => n + l.length + 1, 0);
        if ((chars >= target || rendered >= targetLines) && rest >= options.minChars / 3) close();
        continue;
      }
      const roomChars = options.maxChars - chars - 1;
      const roomLines = (capacity.maxLines - rendered) * capacity.charsPerLine;
      const split = chars < options.minChars ? cutAtWord(line, Math.min(roomChars, roomLines)) : null;
      if (split) {
        take(split[0]);
        queue.unshift(split[1]);
      } else if (lines.length === 0) {
        // A single unbreakable line longer than a page: cut it hard (never happens with prose).
        take(line.slice(0, options.maxChars));
        queue.unshift(line.slice(options.maxChars));
      } else {
        queue.unshift(line);
      }
      close();
    }
    if (pack && chars >= target) close();
  }
  close();
  return pages;
}
