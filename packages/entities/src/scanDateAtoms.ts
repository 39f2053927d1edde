import {
  isValidDay,
  MONTH_ABBREVIATION_SOURCE,
  MONTH_WORD_SOURCE,
  monthNumber,
  ROMAN_MONTH_SOURCE,
} from './months.ts';

/** A year written relative to the document's own date (`br.`, `ub.r.`). */
export type YearMarker = 'current' | 'previous' | 'next';

/** One written calendar day: the smallest unit the date finder combines into ranges and lists. */
export interface DateAtom {
  /** Span in the text, including a trailing `r.`/`roku`/`br.`. */
  start: number;
  end: number;
  day: number;
  month: number;
  year: number | null;
  marker: YearMarker | null;
  /** Offset of the day number, where a list (`3, 8, 9 listopada`) or range (`14-16`) attaches. */
  dayStart: number;
  /** Offset right after the day number. */
  dayEnd: number;
}

const YEAR_SUFFIX = String.raw`(?:\s?r\.|\s?r(?![\p{L}\d])|\s+roku(?![\p{L}]))?`;
const MARKER = String.raw`(?:\s+(br\.|b\.\s?r\.|biez(?:acego|\.)\s+r(?:oku|\.)|ub\.\s?r\.|ubieglego\s+roku|przyszlego\s+roku|nast(?:epnego|\.)\s+r(?:oku|\.)))?`;

// Day, then a month word (or abbreviation with a dot, or followed by a year), optional year.
const TEXTUAL = new RegExp(
  String.raw`(?<![\p{L}\d])(\d{1,2})(?:-go)?\s*(?:(${MONTH_WORD_SOURCE})(?![\p{L}])|(${MONTH_ABBREVIATION_SOURCE})(?:\.|(?=\s+\d{4}))(?![\p{L}]))(?:\s*(\d{4})(?!\d)${YEAR_SUFFIX})?${MARKER}`,
  'gu',
);
// 25.02.2020, 25-02-2020, 25/02/2020 (not inside a longer dotted reference number).
const NUMERIC = new RegExp(
  String.raw`(?<![\p{L}\d./-])(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?![\d])(?![./-]\d)${YEAR_SUFFIX}`,
  'gu',
);
// 2020-02-25 (also 2020.02.25).
const ISO = new RegExp(
  String.raw`(?<![\p{L}\d./-])(\d{4})([-.])(\d{2})\2(\d{2})(?![\d])(?![./-]\d)${YEAR_SUFFIX}`,
  'gu',
);
// `kwietnia 3, 2024`: month first, as some publishing systems print the date.
const MONTH_FIRST = new RegExp(
  String.raw`(?<![\p{L}\d])(${MONTH_WORD_SOURCE})\s+(\d{1,2}),\s*(\d{4})(?!\d)${YEAR_SUFFIX}`,
  'gu',
);
// 11.II.2019, 12 IX 2023: the year is required, a bare `12 IX` is too often something else.
const ROMAN = new RegExp(
  String.raw`(?<![\p{L}\d.])(\d{1,2})(?:\.\s?|\s+)(${ROMAN_MONTH_SOURCE})(?:\.\s?|\s+)(\d{4})(?!\d)${YEAR_SUFFIX}`,
  'gu',
);

function markerOf(raw: string | undefined): YearMarker | null {
  if (!raw) return null;
  if (/^(ub|ubieg)/.test(raw)) return 'previous';
  if (/^(przysz|nast)/.test(raw)) return 'next';
  return 'current';
}

function yearOf(raw: string | undefined): number | null {
  if (!raw) return null;
  const year = Number(raw);
  return year >= 1000 && year <= 2199 ? year : null;
}

/**
 * Every written calendar day in `folded` (the output of `foldText`, so offsets are those of the
 * original), sorted by position; overlapping matches keep the earliest, longest one.
 */
export function scanDateAtoms(folded: string): DateAtom[] {
  const atoms: DateAtom[] = [];
  /** A date whose day number does not open its text: its day span is empty, at the start. */
  const pushWithoutDaySpan = (m: RegExpExecArray, day: number, month: number, year: number) => {
    atoms.push({
      start: m.index,
      end: m.index + m[0].length,
      day,
      month,
      year,
      marker: null,
      dayStart: m.index,
      dayEnd: m.index,
    });
  };
  const push = (
    m: RegExpExecArray,
    day: number,
    month: number,
    year: number | null,
    marker: YearMarker | null,
  ) => {
    if (!isValidDay(day, month, year)) return;
    // Every pattern but ISO starts with the day number.
    const dayLength = /^\d+/.exec(m[0])?.[0].length ?? 0;
    atoms.push({
      start: m.index,
      end: m.index + m[0].length,
      day,
      month,
      year,
      marker,
      dayStart: m.index,
      dayEnd: m.index + dayLength,
    });
  };
  for (const m of folded.matchAll(TEXTUAL)) {
    const month = monthNumber(m[2] ?? m[3] ?? '');
    if (month !== null) push(m, Number(m[1]), month, yearOf(m[4]), markerOf(m[5]));
  }
  for (const m of folded.matchAll(NUMERIC)) {
    const year = yearOf(m[4]);
    if (year !== null) push(m, Number(m[1]), Number(m[3]), year, null);
  }
  for (const m of folded.matchAll(ISO)) {
    const year = yearOf(m[1]);
    const day = Number(m[4]);
    const month = Number(m[3]);
    if (year === null || !isValidDay(day, month, year)) continue;
    // The day comes last here, so nothing can attach in front of it: an empty day span.
    pushWithoutDaySpan(m, day, month, year);
  }
  for (const m of folded.matchAll(MONTH_FIRST)) {
    const month = monthNumber(m[1] ?? '');
    const year = yearOf(m[3]);
    const day = Number(m[2]);
    if (month === null || year === null || !isValidDay(day, month, year)) continue;
    // The day does not open the span, so nothing can attach in front of it (as for ISO dates).
    pushWithoutDaySpan(m, day, month, year);
  }
  for (const m of folded.matchAll(ROMAN)) {
    const month = monthNumber(m[2] ?? '');
    const year = yearOf(m[3]);
    if (month !== null && year !== null) push(m, Number(m[1]), month, year, null);
  }
  atoms.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: DateAtom[] = [];
  for (const atom of atoms) {
    const last = kept[kept.length - 1];
    if (last && atom.start < last.end) continue;
    kept.push(atom);
  }
  return kept;
}
