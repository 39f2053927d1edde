/** A clock time or time range as written, normalised to `HH:MM` or `HH:MM/HH:MM`. */
export interface TimeMention {
  start: number;
  end: number;
  value: string;
  /** Written as a limit (`do godz. 15:00`): it belongs to a deadline, not to an event. */
  until: boolean;
}

const CLOCK = String.raw`(\d{1,2})(?:[:.](\d{2}))?`;
const DASH = String.raw`\s*(?:[-–—]|do)\s*(?:godz\.?\s*|godziny\s+)?`;
// `godz. 16:30`, `o godzinie 17.00`, `w godzinach 8:00-15:00`, `w godz. od 10 do 14`.
const CUED = new RegExp(
  String.raw`(?<![\p{L}])(?:godz(?:\.|in(?:ie|ach|ami|a|y|ę|e)?(?![\p{L}])|(?![\p{L}]))|g\.)\s*(?:od\s+)?${CLOCK}(?:${DASH}${CLOCK})?(?![\d\p{L}])`,
  'gu',
);
// `od 10:00 do 14:00`, `od 10.00 do 14.00`: the `od … do` frame says these are times.
const FROM_TO = /(?<![\p{L}])od\s+(\d{1,2})[:.](\d{2})\s*(?:[-–—]|do)\s*(\d{1,2})[:.](\d{2})(?![\d])/gu;
// A colon time needs no cue (`16:30`, `8:00-15:00`); a dotted one does, it is too often a number.
const COLON = /(?<![\d.:,])(\d{1,2}):(\d{2})(?:\s*[-–—]\s*(\d{1,2}):(\d{2}))?(?![\d:])/gu;

function clock(hour: string | undefined, minute: string | undefined): string | null {
  if (hour === undefined) return null;
  const h = Number(hour);
  const m = minute === undefined ? 0 : Number(minute);
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
    found.push({ start, end, value: v, until });
  };
  for (const m of folded.matchAll(CUED)) {
    const to = m[3] === undefined ? null : clock(m[3], m[4]);
    add(m.index, m.index + m[0].length, value(clock(m[1], m[2]), to));
  }
  for (const m of folded.matchAll(FROM_TO)) {
    add(m.index, m.index + m[0].length, value(clock(m[1], m[2]), clock(m[3], m[4])));
  }
  for (const m of folded.matchAll(COLON)) {
    const to = m[3] === undefined ? null : clock(m[3], m[4]);
    add(m.index, m.index + m[0].length, value(clock(m[1], m[2]), to));
  }
  return found.sort((a, b) => a.start - b.start);
}
