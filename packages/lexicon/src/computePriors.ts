/** Inputs of {@link computePriors}, all indexed by word number. */
export interface PriorEvidence {
  /** Number of words in the lexicon. */
  size: number;
  /** Occurrences of each form in the training corpus (lowercased tokens); null when no corpus. */
  corpusCounts: Uint32Array | null;
  /** 1-based frequency rank among the @zxcvbn-ts/language-pl common words (subtitles), 0 when unranked. */
  commonRank: Uint32Array;
  /** 1-based rank among the surname/first-name lists, 0 when not a name. */
  nameRank: Uint32Array;
}

/** The mixture weights of {@link computePriors}; they sum to 1. */
export const PRIOR_WEIGHTS = { corpus: 0.55, common: 0.3, names: 0.03, floor: 0.12 } as const;

/** Natural-log units per quantisation step of the stored priors. */
export const PRIOR_STEP = 0.1;

/**
 * A word prior for every form: a mixture of the corpus relative frequency, a Zipf estimate from the
 * subtitle frequency ranks, a Zipf estimate for names and a uniform floor, so a form never seen in
 * any source still gets 0.12 / size (≈ e^-17.4 for 4.3 M forms) instead of zero.
 */
export function computePriors(evidence: PriorEvidence): {
  quantised: Uint8Array;
  step: number;
  oovLogPrior: number;
} {
  const { size, corpusCounts, commonRank, nameRank } = evidence;
  let corpusTotal = 0;
  if (corpusCounts) for (let i = 0; i < size; i++) corpusTotal += corpusCounts[i]!;
  // Zipf with a small shift flattens the head a little, as frequency lists from subtitles overstate it.
  const zipf = (rank: number) => 1 / (rank + 10);
  let commonTotal = 0;
  let nameTotal = 0;
  for (let i = 0; i < size; i++) {
    if (commonRank[i]! > 0) commonTotal += zipf(commonRank[i]!);
    if (nameRank[i]! > 0) nameTotal += zipf(nameRank[i]!);
  }
  const w = { ...PRIOR_WEIGHTS } as { corpus: number; common: number; names: number; floor: number };
  if (corpusTotal === 0) w.corpus = 0;
  if (commonTotal === 0) w.common = 0;
  if (nameTotal === 0) w.names = 0;
  const sum = w.corpus + w.common + w.names + w.floor;
  const quantised = new Uint8Array(size);
  for (let i = 0; i < size; i++) {
    let p = (w.floor / sum) * (1 / size);
    if (corpusTotal > 0) p += (w.corpus / sum) * (corpusCounts![i]! / corpusTotal);
    if (commonRank[i]! > 0) p += (w.common / sum) * (zipf(commonRank[i]!) / commonTotal);
    if (nameRank[i]! > 0) p += (w.names / sum) * (zipf(nameRank[i]!) / nameTotal);
    quantised[i] = Math.min(255, Math.max(0, Math.round(-Math.log(p) / PRIOR_STEP)));
  }
  // An unknown word is less likely than any known one: a tenth of the floor.
  const oovLogPrior = Math.log(((w.floor / sum) * 0.1) / size);
  return { quantised, step: PRIOR_STEP, oovLogPrior };
}
