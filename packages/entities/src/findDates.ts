import type { DateMention } from '@skryba/schema';
import { classifyDateRole, isDeadlineCue } from './classifyDateRole.ts';
import { findTimes, type TimeMention } from './findTimes.ts';
import { foldText } from './foldText.ts';
import { type DateSpan, type DayParts, groupDateAtoms } from './groupDateAtoms.ts';
import { isIssueDate } from './isIssueDate.ts';
import { scanDateAtoms } from './scanDateAtoms.ts';
import { type Sentence, sentenceIndexAt, splitSentences } from './splitSentences.ts';

export interface FindDatesOptions {
  /**
   * The document's own date (`YYYY-MM-DD`) when a previous stage knows it; yearless dates and
   * `br.` resolve against it.
   * @defaultValue the first issue date found in the text (a lone date line near the top or bottom)
   */
  documentDate?: string | null;
}

// `w ubiegłym roku`, `w tym roku`, `w 2019 r.` earlier in the sentence fix the year of a yearless date.
const SENTENCE_YEAR =
  /(?:(ubieglym|zeszlym|ub\.)\s+roku|(tym|biezacym|obecnym)\s+roku|(przyszlym|nastepnym)\s+roku|tegoroczn\p{L}*|(?:w|we)\s+(?:roku\s+)?(\d{4})\s*(?:r\.|roku|r(?![\p{L}])))/gu;

interface Resolved {
  span: DateSpan;
  from: DayParts;
  to: DayParts | null;
  issue: boolean;
  sentence: number;
  time: string | null;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function isoOf(p: DayParts): string {
  return p.year === null ? `--${pad(p.month)}-${pad(p.day)}` : `${p.year}-${pad(p.month)}-${pad(p.day)}`;
}

function ordinal(p: DayParts): number {
  return ((p.year ?? 0) * 12 + p.month) * 32 + p.day;
}

function relationTo(p: DayParts, docDate: DayParts | null): 'before' | 'after' | null {
  if (docDate === null || p.year === null) return null;
  const a = ordinal(p);
  const b = ordinal(docDate);
  return a < b ? 'before' : a > b ? 'after' : null;
}

function parseIso(iso: string | null | undefined): DayParts | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '');
  return m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : null;
}

/** Year from the sentence before the date: the last year-fixing phrase wins. */
function sentenceYear(beforeInSentence: string, docYear: number | null): number | null {
  let year: number | null = null;
  for (const m of beforeInSentence.matchAll(SENTENCE_YEAR)) {
    if (m[4]) year = Number(m[4]);
    else if (docYear === null) year = null;
    else if (m[1]) year = docYear - 1;
    else if (m[3]) year = docYear + 1;
    else year = docYear;
  }
  return year;
}

/**
 * Calendar dates in `text` with normalised `iso`, attached `time` and `role`, each distinct date
 * once (its first mention). Years come from the text only: the date itself, its list or range,
 * the sentence (`w ubiegłym roku`), or the document's own date; otherwise `--MM-DD`.
 */
export function findDates(text: string, options: FindDatesOptions = {}): DateMention[] {
  const folded = foldText(text);
  const spans = groupDateAtoms(text, folded, scanDateAtoms(folded));
  const sentences = splitSentences(text);
  const times = findTimes(folded);

  const issue = spans.map((s) => s.to === null && s.from.year !== null && isIssueDate(text, s.start, s.end));
  const firstIssue = spans.find((_, i) => issue[i]);
  const docDate = parseIso(options.documentDate) ?? (firstIssue ? firstIssue.from : null);
  const docYear = docDate?.year ?? null;

  const resolved: Resolved[] = spans.map((span, i) => {
    const si = sentenceIndexAt(sentences, span.start);
    const sentence = sentences[si];
    const sentenceStart = sentence ? Math.min(sentence.start, span.start) : span.start;
    const from = { ...span.from };
    const to = span.to ? { ...span.to } : null;
    if ((to ?? from).year === null) {
      let year: number | null = null;
      if (span.marker !== null) {
        if (docYear !== null)
          year = docYear + (span.marker === 'previous' ? -1 : span.marker === 'next' ? 1 : 0);
      } else {
        year = sentenceYear(folded.slice(sentenceStart, span.start), docYear);
        if (year === null && sentence) year = fullYearInSentence(spans, sentence, span);
        if (year === null && docYear !== null) year = docYear;
        if (year === null && docDate === null) year = precedingFullYear(spans, folded, span);
      }
      if (year !== null) {
        if (to) to.year = year;
        from.year = from.year ?? (to && from.month > to.month ? year - 1 : year);
      }
    }
    return { span, from, to, issue: issue[i] ?? false, sentence: si, time: null };
  });

  attachTimes(resolved, times, sentences, folded);

  const out: DateMention[] = [];
  const seen = new Map<string, DateMention>();
  for (const r of resolved) {
    const iso = r.to ? `${isoOf(r.from)}/${isoOf(r.to)}` : isoOf(r.from);
    const known = seen.get(iso);
    if (known) {
      if (known.time === null && r.time !== null) known.time = r.time;
      continue;
    }
    const sentence = sentences[r.sentence];
    const sStart = sentence ? Math.min(sentence.start, r.span.start) : r.span.start;
    const sEnd = sentence ? Math.max(sentence.end, r.span.end) : r.span.end;
    const role = r.issue
      ? 'document'
      : classifyDateRole({
          before: folded.slice(sStart, r.span.start),
          after: folded.slice(r.span.end, sEnd),
          rawBefore: text.slice(sStart, r.span.start).toLowerCase(),
          rawAfter: text.slice(r.span.end, sEnd).toLowerCase(),
          isRange: r.to !== null,
          hasTime: r.time !== null,
          relation: relationTo(r.to ?? r.from, docDate),
        });
    const mention: DateMention = {
      text: text.slice(r.span.start, r.span.end),
      start: r.span.start,
      end: r.span.end,
      iso,
      time: r.time,
      role,
    };
    seen.set(iso, mention);
    out.push(mention);
  }
  // A happening of several days starts at the first hour of its first day (`14–16 czerwca` with a
  // programme opening `Piątek, 14 czerwca` / `godz. 18⁰⁰`).
  for (const m of out) {
    if (m.role !== 'event' || m.time !== null || !m.iso.includes('/')) continue;
    m.time = seen.get(m.iso.slice(0, m.iso.indexOf('/')))?.time ?? null;
  }
  return out;
}

const CITED = /(?:^|[^\p{L}])z\s+(?:dnia\s+|dn\.\s*)?$/u;

/**
 * Without a document date, the year of the nearest earlier full date that is not a citation
 * (`Piknik … 10 czerwca 2023 r. … zgłoszenia do 2 czerwca`): the text's own time frame.
 */
function precedingFullYear(spans: readonly DateSpan[], folded: string, self: DateSpan): number | null {
  for (let i = spans.indexOf(self) - 1; i >= 0; i--) {
    const s = spans[i]!;
    const year = (s.to ?? s.from).year;
    if (year === null || CITED.test(folded.slice(Math.max(0, s.start - 12), s.start))) continue;
    return year;
  }
  return null;
}

/** The year of another full date in the same sentence (`14 listopada 2025 r. i 21 listopada`). */
function fullYearInSentence(spans: readonly DateSpan[], sentence: Sentence, self: DateSpan): number | null {
  let best: { distance: number; year: number } | null = null;
  for (const s of spans) {
    if (s === self || s.start < sentence.start || s.end > sentence.end) continue;
    const year = (s.to ?? s.from).year;
    if (year === null) continue;
    const distance = Math.abs(s.start - self.start);
    if (!best || distance < best.distance) best = { distance, year };
  }
  return best?.year ?? null;
}

/**
 * Each time goes to a date of its own sentence (the nearest one before it, else the one after it),
 * or, when its sentence names no date and the time opens it, to the last date of the previous
 * sentence of the paragraph or of a heading line that ends with the date (`… odbędzie się
 * 28 lutego. Początek o godz. 16:30 …`, `Program 3 maja:` followed by `10:00 – …`), or of the
 * sentence announcing a programme (`… w sobotę 12 października.` / `Program uroczystości:` /
 * `godz. 10.00 – …`). A limit (`do godz. 14:00`) goes only to a deadline, a range of days takes
 * only a range of hours, and recurring hours (`we wtorki w godz. …`) go to no date.
 */
function attachTimes(
  resolved: Resolved[],
  times: readonly TimeMention[],
  sentences: readonly Sentence[],
  folded: string,
): void {
  const fits = (r: Resolved, t: TimeMention) => {
    if (r.issue) return false;
    if (r.to !== null && !t.value.includes('/')) return false;
    const s = sentences[r.sentence];
    const deadline = isDeadlineCue(folded.slice(s ? s.start : 0, r.span.start));
    if (t.until) return deadline;
    // Office hours later in a deadline's sentence are not the deadline's hour.
    return !deadline || (t.start >= r.span.end && t.start - r.span.end < 30);
  };
  const lastFitting = (si: number, t: TimeMention) =>
    resolved.filter((r) => r.sentence === si && fits(r, t)).pop();
  const dated = times.filter((t) => !t.weekly);
  for (const t of dated) {
    const si = sentenceIndexAt(sentences, t.start);
    const here = sentences[si];
    const inSentence = resolved.filter((r) => r.sentence === si);
    const usable = inSentence.filter((r) => fits(r, t));
    const beforeIt = usable.filter((r) => r.span.end <= t.start);
    const afterIt = usable.find((r) => r.span.start >= t.start);
    // `… w godzinach od 8 do 18, a w sobotę 11 maja – od 9 do 13`: the later hours are that day's,
    // the earlier ones continue the previous sentence's dates.
    const claimed =
      afterIt !== undefined &&
      dated.some((o) => o.start > afterIt.span.end && sentenceIndexAt(sentences, o.start) === si);
    let target: Resolved | undefined = beforeIt[beforeIt.length - 1] ?? (claimed ? undefined : afterIt);
    if (!target && si > 0 && here && !t.until) {
      const prev = sentences[si - 1]!;
      const wordsBefore = folded
        .slice(here.start, t.start)
        .split(/\s+/u)
        .filter((w) => w !== '').length;
      const opens = inSentence.length === 0 && wordsBefore <= 3;
      const last = lastFitting(si - 1, t);
      const headingDate = last && /^[\s*_:.r]*$/u.test(folded.slice(last.span.end, prev.end));
      if (last && (opens || claimed) && (prev.paragraph === here.paragraph || headingDate)) target = last;
      else if (
        opens &&
        si > 1 &&
        /^[\s*_#]*program\p{L}*[^.\d]{0,40}:?[\s*_]*$/u.test(folded.slice(prev.start, prev.end))
      ) {
        target = lastFitting(si - 2, t);
      }
    }
    if (!target || target.time !== null) continue;
    target.time = t.value;
    // `25 i 27 czerwca, w godz. 16:00–18:00`: the hours hold for every day of the list.
    const list = target.span.list;
    if (list !== null)
      for (const r of resolved) if (r.span.list === list && r.time === null) r.time = t.value;
  }
}
