import { ConfusionModel } from './ConfusionModel.ts';

export interface LearnOptions {
  version: string;
  trainedOn: string;
  /** Entries seen fewer times are dropped (alignment noise). @defaultValue 3 */
  minCount?: number;
  /** Entries less likely than this are dropped. @defaultValue 0.002 */
  minProbability?: number;
  /** Pairs whose edit distance exceeds this share of the word are misalignments, not OCR errors. @defaultValue 0.5 */
  maxEditShare?: number;
}

/**
 * Aligns two short strings (a true word and its OCR reading) by edit distance and gives, for every
 * character of `intended`, the string OCR wrote for it: a match or substitution plus any characters
 * OCR inserted right after it (so `ń` → `ri`), or `''` when OCR dropped it.
 */
export function readingsOfWord(intended: string, observed: string): { intended: string; observed: string }[] {
  const n = intended.length;
  const m = observed.length;
  // A Polish letter read as its base letter (ń as n) is the likelier pairing when an extra character
  // appears next to it: `mieszkanhcom` is ń → `nh`, not a → `an` and ń → `h`.
  const cost = (a: string, b: string) => (a === b ? 0 : baseLetter(a) === baseLetter(b) ? 0.5 : 1);
  const d: number[][] = Array.from({ length: n + 1 }, (_, i) =>
    Array.from({ length: m + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      const sub = d[i - 1]![j - 1]! + cost(intended[i - 1]!, observed[j - 1]!);
      d[i]![j] = Math.min(sub, d[i - 1]![j]! + 1, d[i]![j - 1]! + 1);
    }
  }
  // Walk back; prefer substitution, then deletion, so insertions attach to the preceding character.
  const readings: { intended: string; observed: string }[] = Array.from({ length: n }, (_, i) => ({
    intended: intended[i]!,
    observed: '',
  }));
  let i = n;
  let j = m;
  const leading: string[] = [];
  while (i > 0 || j > 0) {
    const diagonal =
      i > 0 && j > 0 ? d[i - 1]![j - 1]! + cost(intended[i - 1]!, observed[j - 1]!) : Number.NaN;
    const exact = i > 0 && j > 0 && intended[i - 1] === observed[j - 1] && d[i]![j] === diagonal;
    // Between equally good alignments keep an error in one place: an extra OCR character next to a
    // misread one belongs to the same intended character (`ń` → `ri`, not `o` → `or` and `ń` → `i`).
    const insertion = j > 0 && d[i]![j] === d[i]![j - 1]! + 1;
    if (exact || (!insertion && d[i]![j] === diagonal)) {
      readings[i - 1]!.observed = observed[j - 1]! + readings[i - 1]!.observed;
      i--;
      j--;
    } else if (insertion) {
      // An inserted OCR character: it belongs to the intended character before it.
      if (i > 0) readings[i - 1]!.observed = observed[j - 1]! + readings[i - 1]!.observed;
      else leading.unshift(observed[j - 1]!);
      j--;
    } else {
      i--;
    }
  }
  if (leading.length > 0 && readings.length > 0)
    readings[0]!.observed = leading.join('') + readings[0]!.observed;
  return readings;
}

/** The letter without its diacritic (`ń` → `n`, `ł` → `l`), for alignment costs. */
function baseLetter(ch: string): string {
  return ch === 'ł' ? 'l' : ch.normalize('NFD').charAt(0);
}

/** Levenshtein distance of two short strings. */
export function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1), row[j]! + 1, next[j - 1]! + 1);
    }
    row = next;
  }
  return row[b.length]!;
}

/**
 * Learns the OCR channel from word pairs (true word, what OCR read), lowercased: counts how each
 * intended character was written and turns counts into ln P(observed | intended). Pairs that look
 * like misalignments (too many edits) are skipped.
 */
export function learnConfusionModel(
  pairs: Iterable<{ truth: string; ocr: string }>,
  options: LearnOptions,
): ConfusionModel {
  const minCount = options.minCount ?? 3;
  const minProbability = options.minProbability ?? 0.002;
  const maxEditShare = options.maxEditShare ?? 0.5;
  const counts = new Map<string, Map<string, number>>();
  for (const pair of pairs) {
    const truth = pair.truth.toLowerCase();
    const ocr = pair.ocr.toLowerCase();
    if (!truth || !ocr || /\s/.test(truth) || /\s/.test(ocr)) continue;
    if (editDistance(truth, ocr) > Math.max(1, maxEditShare * truth.length)) continue;
    for (const r of readingsOfWord(truth, ocr)) {
      const row = counts.get(r.intended) ?? new Map<string, number>();
      row.set(r.observed, (row.get(r.observed) ?? 0) + 1);
      counts.set(r.intended, row);
    }
  }
  const entries: [string, string, number][] = [];
  for (const [intended, row] of counts) {
    const total = [...row.values()].reduce((a, b) => a + b, 0);
    for (const [observed, count] of row) {
      const p = count / total;
      if (observed === intended || (count >= minCount && p >= minProbability))
        entries.push([intended, observed, Math.log(p)]);
    }
  }
  return new ConfusionModel({
    version: options.version,
    trainedOn: options.trainedOn,
    defaultIdentityLogP: Math.log(0.999),
    entries,
  });
}
