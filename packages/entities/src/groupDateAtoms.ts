import { isValidDay, WEEKDAY_SOURCE } from './months.ts';
import type { DateAtom, YearMarker } from './scanDateAtoms.ts';

export interface DayParts {
  day: number;
  month: number;
  year: number | null;
}

/** A date or a date range as written, before years are resolved and roles decided. */
export interface DateSpan {
  start: number;
  end: number;
  from: DayParts;
  /** Last day of a range, null for a single day. */
  to: DayParts | null;
  marker: YearMarker | null;
  /** Days written as one list (`25 i 27 czerwca`) share an id: a time said of the list is said of each. */
  list: number | null;
}

// Street names built from dates: `ul. 3 Maja`, `al. 29 Listopada`, `Konstytucji 3 Maja`.
const STREET_BEFORE =
  /(?:^|[^\p{L}])(?:ul|al|pl|os|ulica|ulicy|ulice|aleja|alei|aleje|alej|rondo|ronda|rondzie|plac|placu|konstytucji|osiedle|osiedlu)\.?\s*$/u;
const DAY_RANGE_BEFORE =
  /(?<![\p{L}\d.,/-])(?:(od)\s+(?:dnia\s+)?)?(\d{1,2})\.?\s*(?:[-–—]|do(?:\s+dnia)?)\s*$/u;
const LIST_ITEM_BEFORE = /(?<![\p{L}\d.,/-])(\d{1,2})\s*(?:,\s*(?:i\s+|oraz\s+)?|i\s+|oraz\s+)$/u;
// A list of numbers after one of these is a list of articles, points or positions, not of days.
const CITATION_BEFORE = /(?:art|ust|pkt|poz|par|nr|lit|§|rozdz|zał)\.?\s*$/u;
const RANGE_DASH_BETWEEN = /^\s*[-–—]\s*$/u;
// A weekday may stand between `od`/`do` and the day: `od poniedziałku 6 maja do piątku 10 maja`.
const RANGE_TO_BETWEEN = new RegExp(String.raw`^\s*do\s+(?:dnia\s+|${WEEKDAY_SOURCE},?\s+)?$`, 'u');
const FROM_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])od\s+(?:dnia\s+|${WEEKDAY_SOURCE},?\s+)?$`, 'u');
// A night over two days: `w nocy z 20 na 21 czerwca`.
const NIGHT_BEFORE = /(?<![\p{L}\d])z\s+(\d{1,2})\s+na\s+$/u;
// The first side of a numeric range written without its year: `14.11–05.12.2022`.
const PARTIAL_NUMERIC_BEFORE =
  /(?<![\p{L}\d./-])(?:(od)\s+(?:dnia\s+)?)?(\d{1,2})\.(\d{1,2})\.?\s*(?:[-–—]|(do)(?:\s+dnia)?)\s*$/u;
const LIST_BETWEEN = /^\s*(?:[,;]\s*(?:a\s+takze\s+|i\s+|oraz\s+)?|i\s+|oraz\s+|lub\s+|albo\s+)$/u;

function dayValue(p: DayParts, fallbackYear: number): number {
  return ((p.year ?? fallbackYear) * 12 + p.month) * 32 + p.day;
}

/**
 * Turns date atoms into the dates a reader sees: same-month ranges (`14-16 listopada`,
 * `od 14 do 16 listopada`), lists of days sharing a month (`3, 8, 9 listopada` → three dates),
 * ranges between two full dates (`od 25 listopada do 12 grudnia 2019 r.`, `13 czerwca – 5 lipca
 * 2024 r.`), and hands the year of the last member of a list or range to the members before it.
 */
export function groupDateAtoms(text: string, folded: string, atoms: readonly DateAtom[]): DateSpan[] {
  const spans: DateSpan[] = [];
  for (const atom of atoms) {
    const capitalMonth = /\p{Lu}/u.test(text.slice(atom.dayEnd, atom.end).trim().charAt(0));
    if (
      atom.year === null &&
      capitalMonth &&
      STREET_BEFORE.test(folded.slice(Math.max(0, atom.start - 14), atom.start))
    ) {
      continue;
    }
    const own: DayParts = { day: atom.day, month: atom.month, year: atom.year };
    const joined = joinedRange(folded, atom, own);
    if (joined) {
      spans.push(joined);
      continue;
    }
    const before = folded.slice(Math.max(0, atom.dayStart - 24), atom.dayStart);
    const range = atom.dayEnd > atom.dayStart ? DAY_RANGE_BEFORE.exec(before) : null;
    if (range) {
      const firstDay = Number(range[2]);
      // `do` without `od` reads as a deadline (`do 16 listopada`), not as a range.
      const usesDo = /do/.test(range[0]);
      const rangeStart = atom.dayStart - before.length + range.index + range[0].indexOf(range[2]!);
      // `ul. Józefińskiej 14 – 22 czerwca`: a number after a capitalised word is a house number.
      const houseNumber = /\p{Lu}[\p{L}.]*\s+$/u.test(text.slice(Math.max(0, rangeStart - 30), rangeStart));
      if (
        firstDay < atom.day &&
        !houseNumber &&
        (!usesDo || range[1]) &&
        isValidDay(firstDay, atom.month, atom.year)
      ) {
        const withOd = range[1] ? atom.dayStart - before.length + range.index : rangeStart;
        spans.push({
          start: withOd,
          end: atom.end,
          from: { ...own, day: firstDay },
          to: own,
          marker: atom.marker,
          list: null,
        });
        continue;
      }
    }
    // Walk back over `3, 8 i` in front of `9 listopada`.
    const listed: DateSpan[] = [];
    let anchor = atom.dayEnd > atom.dayStart ? atom.dayStart : -1;
    let nextDay = atom.day;
    while (anchor > 0) {
      const window = folded.slice(Math.max(0, anchor - 12), anchor);
      const item = LIST_ITEM_BEFORE.exec(window);
      if (!item) break;
      const day = Number(item[1]);
      if (day >= nextDay || !isValidDay(day, atom.month, atom.year)) break;
      const start = anchor - window.length + item.index;
      listed.unshift({
        start,
        end: start + item[1]!.length,
        from: { ...own, day },
        to: null,
        marker: atom.marker,
        list: atom.start,
      });
      anchor = start;
      nextDay = day;
    }
    const isList = listed.length > 0 && !CITATION_BEFORE.test(folded.slice(Math.max(0, anchor - 8), anchor));
    if (isList) spans.push(...listed);
    spans.push({
      start: atom.start,
      end: atom.end,
      from: own,
      to: null,
      marker: atom.marker,
      list: isList ? atom.start : null,
    });
  }
  return joinRanges(folded, spans);
}

/** A night `z 20 na 21 czerwca` or a numeric `14.11–05.12.2022` ending at `atom`, as one range. */
function joinedRange(folded: string, atom: DateAtom, own: DayParts): DateSpan | null {
  const before = folded.slice(Math.max(0, atom.start - 16), atom.start);
  const night = atom.dayEnd > atom.dayStart ? NIGHT_BEFORE.exec(before) : null;
  if (night && Number(night[1]) + 1 === atom.day) {
    const start = atom.start - before.length + night.index;
    return {
      start,
      end: atom.end,
      from: { ...own, day: atom.day - 1 },
      to: own,
      marker: atom.marker,
      list: null,
    };
  }
  const partial = /^\d{1,2}[./-]\d{1,2}[./-]\d{4}/u.test(folded.slice(atom.start, atom.end))
    ? PARTIAL_NUMERIC_BEFORE.exec(before)
    : null;
  // `od 14.11 do 05.12.2022` needs its `od`; a dash needs nothing.
  if (partial && (partial[4] === undefined || partial[1] !== undefined)) {
    const day = Number(partial[2]);
    const month = Number(partial[3]);
    const year = own.year === null ? null : month > own.month ? own.year - 1 : own.year;
    const from = { day, month, year };
    if (isValidDay(day, month, year) && dayValue(from, 0) < dayValue(own, 0)) {
      const start = atom.start - before.length + partial.index;
      return { start, end: atom.end, from, to: own, marker: null, list: null };
    }
  }
  return null;
}

/** `A - B` and `od A do B` between two single dates become one range; lists share years. */
function joinRanges(folded: string, spans: DateSpan[]): DateSpan[] {
  const out: DateSpan[] = [];
  for (let i = 0; i < spans.length; i++) {
    const a = spans[i]!;
    const b = spans[i + 1];
    if (b && a.to === null && b.to === null) {
      const between = folded.slice(a.end, b.start);
      const before = folded.slice(Math.max(0, a.start - 24), a.start);
      const isRange =
        RANGE_DASH_BETWEEN.test(between) || (RANGE_TO_BETWEEN.test(between) && FROM_BEFORE.test(before));
      if (isRange) {
        const from = { ...a.from };
        if (from.year === null && b.from.year !== null) {
          from.year = from.month > b.from.month ? b.from.year - 1 : b.from.year;
        }
        if (dayValue(from, 0) < dayValue(b.from, 0)) {
          // The text of an `od … do …` range includes its `od`.
          const od = RANGE_TO_BETWEEN.test(between) ? FROM_BEFORE.exec(before) : null;
          const start = od ? a.start - before.length + od.index + od[0].search(/od/u) : a.start;
          out.push({ start, end: b.end, from, to: b.from, marker: a.marker ?? b.marker, list: null });
          i++;
          continue;
        }
      }
    }
    out.push(a);
  }
  // Year (and `br.`) of the last member of a list go to the members before it.
  for (let i = out.length - 2; i >= 0; i--) {
    const a = out[i]!;
    const b = out[i + 1]!;
    if (!LIST_BETWEEN.test(folded.slice(a.end, b.start))) continue;
    const last = a.to ?? a.from;
    const next = b.from;
    if (last.year === null && next.year !== null) {
      const year = last.month > next.month ? next.year - 1 : next.year;
      if (a.to) a.to.year = year;
      if (a.from.year === null) a.from.year = a.from.month > last.month ? year - 1 : year;
    }
    if (a.marker === null && b.marker !== null && a.from.year === null) a.marker = b.marker;
  }
  return out;
}
