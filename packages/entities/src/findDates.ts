import type { DateMention } from '@skryba/schema';
import { classifyDateRole } from './classifyDateRole.ts';
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
      }
      if (year !== null) {
        if (to) to.year = year;
        from.year = from.year ?? (to && from.month > to.month ? year - 1 : year);
      }
    }
    return { span, from, to, issue: issue[i] ?? false, sentence: si, time: null };
  });

  attachTimes(resolved, times, sentences);

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
          isRange: r.to !== null,
          hasTime: r.time !== null,
          afterDocumentDate:
            docDate === null || r.from.year === null ? null : ordinal(r.from) > ordinal(docDate),
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
  return out;
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
 * Each time goes to a date of its own sentence (the nearest one before it, else after it), or,
 * when its sentence names no date, to the last date of the previous sentence in the paragraph
 * (`… odbędzie się 28 lutego. Początek o godz. 16:30 …`).
 */
function attachTimes(
  resolved: Resolved[],
  times: readonly TimeMention[],
  sentences: readonly Sentence[],
): void {
  for (const t of times) {
    const si = sentenceIndexAt(sentences, t.start);
    const inSentence = resolved.filter((r) => r.sentence === si && !r.issue);
    let target: Resolved | undefined;
    if (inSentence.length > 0) {
      const beforeIt = inSentence.filter((r) => r.span.end <= t.start);
      target = beforeIt.length > 0 ? beforeIt[beforeIt.length - 1] : inSentence[0];
    } else if (si > 0) {
      const prev = sentences[si - 1];
      const here = sentences[si];
      if (prev && here && prev.paragraph === here.paragraph) {
        const candidates = resolved.filter((r) => r.sentence === si - 1 && !r.issue);
        target = candidates[candidates.length - 1];
      }
    }
    if (target && target.time === null) target.time = t.value;
  }
}
