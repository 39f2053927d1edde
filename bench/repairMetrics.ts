/**
 * Metrics of OCR repair on one page (or, summed, on a corpus): how far the OCR input and the repaired
 * output are from the truth, and what repair broke.
 *
 * Definitions (exact):
 * - Normalisation: a text is split on runs of Unicode whitespace (`/\s+/`) after trimming; the pieces
 *   are its WORDS (punctuation stays attached, case is kept: `Krakowie,` ≠ `krakowie,` ≠ `Krakowie`).
 *   Its CHARACTER string is the words joined by single spaces, counted in Unicode code points.
 * - WER = word-level Levenshtein distance(truth words, hypothesis words) / number of truth words.
 * - CER = character-level Levenshtein distance(truth characters, hypothesis characters) / number of
 *   truth characters.
 * - A truth word is CORRECT in a hypothesis when the optimal word alignment (Levenshtein with unit
 *   costs; among equal-cost alignments the one that prefers a match or substitution over an
 *   insertion or deletion, traced from the end) pairs it with an identical hypothesis word.
 * - DIACRITIC WORDS are the truth words containing at least one of `ąćęłńóśźż` or `ĄĆĘŁŃÓŚŹŻ`;
 *   diacritic-word accuracy = correct diacritic words / diacritic words.
 * - DAMAGE RATE = truth words correct in the input and not correct in the output / truth words correct
 *   in the input. FIX RATE = truth words not correct in the input and correct in the output / truth
 *   words not correct in the input.
 * - A rate whose denominator is 0 is 0 (the counts show why).
 * - Corpus figures are micro-averages: `combineRepairMetrics` adds the counts of all pages and
 *   recomputes the rates from the sums (a long page weighs more than a short one).
 *
 * Pure and synchronous.
 */

export interface HypothesisCounts {
  /** Word-level Levenshtein distance to the truth. */
  wordErrors: number;
  /** Character-level Levenshtein distance to the truth (code points, normalised whitespace). */
  charErrors: number;
  /** Truth words correct in this hypothesis. */
  correctWords: number;
  /** Diacritic truth words correct in this hypothesis. */
  correctDiacriticWords: number;
}

export interface RepairCounts {
  truthWords: number;
  truthChars: number;
  diacriticWords: number;
  input: HypothesisCounts;
  output: HypothesisCounts;
  /** Correct in the input, not correct in the output. */
  damaged: number;
  /** Not correct in the input, correct in the output. */
  fixed: number;
}

export interface HypothesisRates {
  wer: number;
  cer: number;
  diacriticWordAccuracy: number;
}

export interface RepairMetrics {
  counts: RepairCounts;
  input: HypothesisRates;
  output: HypothesisRates;
  damageRate: number;
  fixRate: number;
}

export interface RepairMetricsInput {
  /** What the page really says. */
  truth: string;
  /** What OCR produced (the repair's input). */
  input: string;
  /** What repair produced. */
  output: string;
}

const DIACRITIC = /[ąćęłńóśźżĄĆĘŁŃÓŚŹŻ]/u;

function wordsOf(text: string): string[] {
  const trimmed = text.trim();
  return trimmed === '' ? [] : trimmed.split(/\s+/u);
}

function codePoints(words: string[]): number[] {
  return Array.from(words.join(' '), (ch) => ch.codePointAt(0)!);
}

/**
 * Levenshtein distance of two code-point arrays with Ukkonen's band (doubling until provably
 * optimal), so a page with a few hundred errors costs O(n·band), not O(n·m).
 */
function charDistance(a: number[], b: number[]): number {
  const n = a.length;
  const m = b.length;
  const delta = m - n;
  const INF = 0x3fffffff;
  for (let k = 32; ; k *= 2) {
    const lo = Math.min(0, delta) - k;
    const hi = Math.max(0, delta) + k;
    const width = hi - lo + 1;
    let prev = new Int32Array(width).fill(INF);
    let cur = new Int32Array(width).fill(INF);
    for (let j = Math.max(0, lo); j <= Math.min(m, hi); j++) prev[j - lo] = j;
    for (let i = 1; i <= n; i++) {
      cur.fill(INF);
      const ai = a[i - 1];
      for (let j = Math.max(0, i + lo); j <= Math.min(m, i + hi); j++) {
        const o = j - i - lo;
        if (j === 0) {
          cur[o] = i;
          continue;
        }
        let best = prev[o]! + (ai === b[j - 1] ? 0 : 1);
        if (o + 1 < width && prev[o + 1]! + 1 < best) best = prev[o + 1]! + 1;
        if (o > 0 && cur[o - 1]! + 1 < best) best = cur[o - 1]! + 1;
        cur[o] = best;
      }
      [prev, cur] = [cur, prev];
    }
    const distance = prev[m - n - lo]!;
    const covered = lo <= -n && hi >= m;
    if (covered || distance < Math.abs(delta) + 2 * (k + 1)) return distance;
  }
}

/** Word Levenshtein distance and, per truth word, whether the alignment pairs it with itself. */
function alignWords(truth: string[], hyp: string[]): { distance: number; correct: Uint8Array } {
  const n = truth.length;
  const m = hyp.length;
  const cost = new Int32Array((n + 1) * (m + 1));
  const at = (i: number, j: number) => i * (m + 1) + j;
  for (let j = 0; j <= m; j++) cost[at(0, j)] = j;
  for (let i = 1; i <= n; i++) {
    cost[at(i, 0)] = i;
    for (let j = 1; j <= m; j++) {
      const diagonal = cost[at(i - 1, j - 1)]! + (truth[i - 1] === hyp[j - 1] ? 0 : 1);
      cost[at(i, j)] = Math.min(diagonal, cost[at(i - 1, j)]! + 1, cost[at(i, j - 1)]! + 1);
    }
  }
  const correct = new Uint8Array(n);
  let i = n;
  let j = m;
  while (i > 0 && j > 0) {
    const same = truth[i - 1] === hyp[j - 1];
    if (cost[at(i, j)] === cost[at(i - 1, j - 1)]! + (same ? 0 : 1)) {
      if (same) correct[i - 1] = 1;
      i--;
      j--;
    } else if (cost[at(i, j)] === cost[at(i - 1, j)]! + 1) i--;
    else j--;
  }
  return { distance: cost[at(n, m)]!, correct };
}

const rate = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);

function ratesOf(h: HypothesisCounts, c: RepairCounts): HypothesisRates {
  return {
    wer: rate(h.wordErrors, c.truthWords),
    cer: rate(h.charErrors, c.truthChars),
    diacriticWordAccuracy: rate(h.correctDiacriticWords, c.diacriticWords),
  };
}

function metricsOf(counts: RepairCounts): RepairMetrics {
  return {
    counts,
    input: ratesOf(counts.input, counts),
    output: ratesOf(counts.output, counts),
    damageRate: rate(counts.damaged, counts.input.correctWords),
    fixRate: rate(counts.fixed, counts.truthWords - counts.input.correctWords),
  };
}

/** Metrics of one page; see the file comment for the definitions. */
export function repairMetrics({ truth, input, output }: RepairMetricsInput): RepairMetrics {
  const truthWords = wordsOf(truth);
  const truthChars = codePoints(truthWords);
  const diacritic = truthWords.map((w) => DIACRITIC.test(w));
  const measure = (text: string) => {
    const words = wordsOf(text);
    const aligned = alignWords(truthWords, words);
    let correctDiacriticWords = 0;
    let correctWords = 0;
    aligned.correct.forEach((ok, k) => {
      correctWords += ok;
      if (ok && diacritic[k]) correctDiacriticWords++;
    });
    const counts: HypothesisCounts = {
      wordErrors: aligned.distance,
      charErrors: charDistance(truthChars, codePoints(words)),
      correctWords,
      correctDiacriticWords,
    };
    return { counts, correct: aligned.correct };
  };
  const before = measure(input);
  const after = measure(output);
  let damaged = 0;
  let fixed = 0;
  for (let k = 0; k < truthWords.length; k++) {
    if (before.correct[k] && !after.correct[k]) damaged++;
    if (!before.correct[k] && after.correct[k]) fixed++;
  }
  return metricsOf({
    truthWords: truthWords.length,
    truthChars: truthChars.length,
    diacriticWords: diacritic.filter(Boolean).length,
    input: before.counts,
    output: after.counts,
    damaged,
    fixed,
  });
}

/** Corpus figures: the counts of all pages added up, rates recomputed from the sums (micro-average). */
export function combineRepairMetrics(pages: readonly RepairMetrics[]): RepairMetrics {
  const zero = (): HypothesisCounts => ({
    wordErrors: 0,
    charErrors: 0,
    correctWords: 0,
    correctDiacriticWords: 0,
  });
  const sum: RepairCounts = {
    truthWords: 0,
    truthChars: 0,
    diacriticWords: 0,
    input: zero(),
    output: zero(),
    damaged: 0,
    fixed: 0,
  };
  const add = (into: HypothesisCounts, from: HypothesisCounts) => {
    into.wordErrors += from.wordErrors;
    into.charErrors += from.charErrors;
    into.correctWords += from.correctWords;
    into.correctDiacriticWords += from.correctDiacriticWords;
  };
  for (const page of pages) {
    const c = page.counts;
    sum.truthWords += c.truthWords;
    sum.truthChars += c.truthChars;
    sum.diacriticWords += c.diacriticWords;
    add(sum.input, c.input);
    add(sum.output, c.output);
    sum.damaged += c.damaged;
    sum.fixed += c.fixed;
  }
  return metricsOf(sum);
}
