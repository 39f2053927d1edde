export interface TextSpan {
  start: number;
  /** Exclusive. */
  end: number;
}

export interface SplitLanguageUnitsOptions {
  /**
   * A unit with fewer letters is merged into the next one (headings, dates, `Kiedy i gdzie?`).
   * @defaultValue 40
   */
  minLetters?: number;
  /**
   * Longer lines (one paragraph per line) are cut at sentence or word boundaries.
   * @defaultValue 500
   */
  maxChars?: number;
}

const LETTER = /\p{L}/gu;

function lettersIn(text: string): number {
  return text.match(LETTER)?.length ?? 0;
}

/** Cuts a long span at the last sentence end, else the last space, before `maxChars`. */
function cut(text: string, span: TextSpan, maxChars: number): TextSpan[] {
  const out: TextSpan[] = [];
  let start = span.start;
  while (span.end - start > maxChars) {
    const window = text.slice(start, start + maxChars);
    let at = Math.max(window.lastIndexOf('. '), window.lastIndexOf('? '), window.lastIndexOf('! '));
    at = at > maxChars / 3 ? at + 1 : window.lastIndexOf(' ');
    if (at <= maxChars / 3) at = maxChars;
    out.push({ start, end: start + at });
    start += at;
    while (start < span.end && /\s/.test(text[start]!)) start++;
  }
  if (span.end > start) out.push({ start, end: span.end });
  return out;
}

/**
 * The units language is detected on: lines (so a switch of language is found at the line where it
 * happens, whatever the layout), long lines cut into pieces, and short lines merged into the next
 * (the last one into the previous) until each has enough letters to say something. Spans are
 * trimmed of surrounding whitespace and cover every letter of the text.
 */
export function splitLanguageUnits(text: string, options: SplitLanguageUnitsOptions = {}): TextSpan[] {
  const minLetters = options.minLetters ?? 40;
  const maxChars = options.maxChars ?? 500;
  const lines: TextSpan[] = [];
  for (const m of text.matchAll(/[^\n]+/g)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (!trimmed) continue;
    lines.push(...cut(text, { start: m.index + lead, end: m.index + lead + trimmed.length }, maxChars));
  }
  const units: TextSpan[] = [];
  let pending: TextSpan | null = null;
  for (const line of lines) {
    const span: TextSpan = pending ? { start: pending.start, end: line.end } : line;
    if (lettersIn(text.slice(span.start, span.end)) >= minLetters) {
      units.push(span);
      pending = null;
    } else {
      pending = span;
    }
  }
  if (pending) {
    const last = units.pop();
    units.push(last ? { start: last.start, end: pending.end } : pending);
  }
  return units;
}
