import { WEEKDAY_SOURCE } from './months.ts';

/** A clock time or time range as written, normalised to `HH:MM` or `HH:MM/HH:MM`. */
export interface TimeMention {
  start: number;
  end: number;
  value: string;
  /** Written as a limit (`do godz. 15:00`): it belongs to a deadline, not to an event. */
  until: boolean;
  /**
   * Hours that recur (`we wtorki w godz. 10.00–12.00`, `od poniedziałku do piątku od 8 do 16`,
   * `pn.–pt. 7:00–15:00`): opening or duty hours, which belong to no single date.
   */
  weekly: boolean;
}

// Minutes may be set as superscripts on posters: `18⁰⁰`, `12³⁰`.
const CLOCK = String.raw`(\d{1,2})(?:[:.](\d{2})|([⁰¹²³⁴⁵⁶⁷⁸⁹]{2}))?`;
const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const DASH = String.raw`\s*(?:[-–—]|do)\s*(?:godz\.?\s*|godziny\s+)?`;
// `godz. 16:30`, `o godzinie 17.00`, `w godzinach 8:00-15:00`, `w godz. od 10 do 14`.
const CUED = new RegExp(
  String.raw`(?<![\p{L}])(?:godz(?:\.|in(?:ie|ach|ami|a|y|ę|e)?(?![\p{L}])|(?![\p{L}]))|g\.)\s*(?:od\s+)?${CLOCK}(?:${DASH}${CLOCK})?(?![\d\p{L}])`,
  'gu',
);
// `od 10:00 do 14:00`, `od 10.00 do 14.00`: the `od … do` frame says these are times.
const FROM_TO =
  /(?<![\p{L}])od\s+(\d{1,2})[:.](\d{2})\s*(?:[-–—]|do)\s*(\d{1,2})[:.](\d{2})(?![\d]|[.-]\d)/gu;
// `od 8 do 18,`: whole hours need the frame to close the clause, or they are days or counts
// (`od 8 do 19 kwietnia`, `od 5 do 10 osób`).
const FROM_TO_HOURS = /(?<![\p{L}])od\s+(\d{1,2})\s+do\s+(\d{1,2})(?=\s*(?:[,.;)–—]|$))/gmu;
// What makes hours recur: weekdays in the plural or as a span, `codziennie`, `pn.–pt.`.
const WEEKLY_BEFORE = new RegExp(
  String.raw`(?:(?:we?|przez)\s+(?:poniedzialki|wtorki|srody|czwartki|piatki|soboty|niedziele|weekendy?|dni\s+(?:robocze|powszednie))|od\s+${WEEKDAY_SOURCE}\s+do\s+${WEEKDAY_SOURCE}|${WEEKDAY_SOURCE}\s*[-–—]\s*${WEEKDAY_SOURCE}|pn\.?\s*[-–—]\s*(?:pt|sob|nd)\.?|codziennie|kazd\p{L}*\s+(?:\p{L}+\s+)?${WEEKDAY_SOURCE}(?:\s+miesiaca)?|godzinach\s+pracy)[\s,:(]*(?:czynn\p{L}*\s+)?(?:w\s+)?(?:(?:godz\.?|godzinach)\s*)?(?:od\s+)?$`,
  'u',
);
// A colon time needs no cue (`16:30`, `8:00-15:00`); a dotted one does, it is too often a number.
const COLON = /(?<![\d.:,])(\d{1,2}):(\d{2})(?:\s*[-–—]\s*(\d{1,2}):(\d{2}))?(?![\d:])/gu;

function clock(hour: string | undefined, minute: string | undefined, raised?: string): string | null {
  if (hour === undefined) return null;
  const h = Number(hour);
  const digits = raised === undefined ? minute : [...raised].map((c) => SUPERSCRIPT.indexOf(c)).join('');
  const m = digits === undefined ? 0 : Number(digits);
  if (h > 24 || m > 59) return null;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

function value(from: string | null, to: string | null): string | null {
  if (from === null) return null;
  return to === null ? from : `${from}/${to}`;
}

/** Times in `folded` (output of `foldText`, so offsets hold in the original text), in order. */
export function findTimes(folded: string): TimeMention[] {
  const found: TimeMention[] = [];
  const add = (start: number, end: number, v: string | null) => {
    if (v === null) return;
    if (found.some((t) => start < t.end && t.start < end)) return;
    const until = /(?:^|[^\p{L}])do\s*$/u.test(folded.slice(Math.max(0, start - 6), start));
    const weekly = WEEKLY_BEFORE.test(folded.slice(Math.max(0, start - 60), start));
    found.push({ start, end, value: v, until, weekly });
  };
  for (const m of folded.matchAll(CUED)) {
    const to = m[4] === undefined ? null : clock(m[4], m[5], m[6]);
    add(m.index, m.index + m[0].length, value(clock(m[1], m[2], m[3]), to));
  }
  for (const m of folded.matchAll(FROM_TO)) {
    add(m.index, m.index + m[0].length, value(clock(m[1], m[2]), clock(m[3], m[4])));
  }
  for (const m of folded.matchAll(FROM_TO_HOURS)) {
    if (Number(m[1]) >= Number(m[2])) continue;
    add(m.index, m.index + m[0].length, value(clock(m[1], undefined), clock(m[2], undefined)));
  }
  for (const m of folded.matchAll(COLON)) {
    const to = m[3] === undefined ? null : clock(m[3], m[4]);
    add(m.index, m.index + m[0].length, value(clock(m[1], m[2]), to));
  }
  return found.sort((a, b) => a.start - b.start);
}
