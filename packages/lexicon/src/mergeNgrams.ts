import { hashToken } from './hashToken.ts';
import { NgramModel } from './NgramModel.ts';
import { type NgramOverlay, OverlayColumn } from './NgramOverlay.ts';
import { NUMBER_TOKEN, SENTENCE_BOUNDARY } from './tokenize.ts';

export interface MergeNgramsOptions {
  /**
   * Bigrams seen fewer times are dropped; their mass moves to the interpolation weight of their history.
   * @defaultValue 1 (keep all)
   */
  minBigramCount?: number;
  /**
   * Tokens seen fewer times are dropped (with their bigrams). The boundary and number tokens are always kept.
   * @defaultValue 1 (keep all)
   */
  minUnigramCount?: number;
  /**
   * Fixed discounts; by default they are kept from the base, or estimated as n1 / (n1 + 2 n2) from
   * counts-of-counts when the base is empty (the build-time case, where all counts are unpruned).
   */
  discount?: number;
  unigramDiscount?: number;
  /** Provenance stored in the result's `meta`. */
  meta?: Record<string, unknown>;
}

function estimateDiscount(n1: number, n2: number, fallback: number): number {
  if (n1 === 0 || n2 === 0) return fallback;
  return Math.min(0.95, Math.max(0.1, n1 / (n1 + 2 * n2)));
}

/**
 * Folds an overlay into its base and returns a new frozen model, pruned by count. This is also how
 * the committed model is built: an overlay learned over {@link NgramModel.empty}, merged once.
 */
export function mergeNgrams(overlay: NgramOverlay, options: MergeNgramsOptions = {}): NgramModel {
  const base = overlay.base;
  const minBigram = options.minBigramCount ?? 1;
  const minUnigram = options.minUnigramCount ?? 1;
  const B = base.arrays;
  const baseEmpty = base.totals.tokens === 0;

  // 1. Unigram statistics over the union of keys.
  const uni = new Map<number, { count: number; hist: number; cont: number; left: number }>();
  for (let i = 0; i < B.uniKey.length; i++) {
    uni.set(B.uniKey[i]!, { count: B.uniCount[i]!, hist: B.uniHist[i]!, cont: B.uniCont[i]!, left: 0 });
  }
  // Mass the base already moved to each history by pruning: left − D·(kept pairs after it).
  const keptAfter = new Map<number, number>();
  for (let i = 0; i < B.biA.length; i++) keptAfter.set(B.biA[i]!, (keptAfter.get(B.biA[i]!) ?? 0) + 1);
  for (let i = 0; i < B.uniKey.length; i++) {
    uni.get(B.uniKey[i]!)!.left = B.uniLeft[i]! - base.totals.discount * (keptAfter.get(B.uniKey[i]!) ?? 0);
  }
  overlay.unigrams.forEachSlot((s) => {
    const id = overlay.unigrams.keyA(s);
    const entry = uni.get(id) ?? { count: 0, hist: 0, cont: 0, left: 0 };
    entry.count += overlay.unigrams.value(s, OverlayColumn.count);
    entry.hist += overlay.unigrams.value(s, OverlayColumn.hist);
    entry.cont += overlay.unigrams.value(s, OverlayColumn.newCont);
    uni.set(id, entry);
  });

  // 2. Bigram counts over the union of pairs.
  const pairsA: number[] = [];
  const pairsB: number[] = [];
  const pairsC: number[] = [];
  for (let i = 0; i < B.biA.length; i++) {
    pairsA.push(B.biA[i]!);
    pairsB.push(B.biB[i]!);
    pairsC.push(B.biCount[i]! + overlay.pairCount(B.biA[i]!, B.biB[i]!));
  }
  overlay.bigrams.forEachSlot((s) => {
    const a = overlay.bigrams.keyA(s);
    const b = overlay.bigrams.keyB(s);
    if (base.pairCount(a, b) > 0) return;
    pairsA.push(a);
    pairsB.push(b);
    pairsC.push(overlay.bigrams.value(s));
  });

  // 3. Discounts.
  let discount = options.discount ?? base.totals.discount;
  let unigramDiscount = options.unigramDiscount ?? base.totals.unigramDiscount;
  if (baseEmpty) {
    let n1 = 0;
    let n2 = 0;
    for (const c of pairsC) {
      if (c === 1) n1++;
      else if (c === 2) n2++;
    }
    if (options.discount === undefined) discount = estimateDiscount(n1, n2, discount);
    let c1 = 0;
    let c2 = 0;
    for (const e of uni.values()) {
      if (e.cont === 1) c1++;
      else if (e.cont === 2) c2++;
    }
    if (options.unigramDiscount === undefined) unigramDiscount = estimateDiscount(c1, c2, unigramDiscount);
  }

  // 4. Pruning: a kept pair leaves D of its history's mass free, a dropped one all of its count.
  const always = new Set([hashToken(SENTENCE_BOUNDARY), hashToken(NUMBER_TOKEN)]);
  const keepUni = (id: number) => {
    const e = uni.get(id);
    return e !== undefined && (e.count >= minUnigram || always.has(id));
  };
  const kept: number[] = [];
  for (let i = 0; i < pairsA.length; i++) {
    const a = pairsA[i]!;
    const c = pairsC[i]!;
    const entry = uni.get(a);
    if (c >= minBigram && keepUni(a) && keepUni(pairsB[i]!)) {
      kept.push(i);
      if (entry) entry.left += discount;
    } else if (entry) entry.left += c;
  }
  kept.sort((x, y) => pairsA[x]! - pairsA[y]! || pairsB[x]! - pairsB[y]!);

  const uniKeys = [...uni.keys()].filter(keepUni).sort((x, y) => x - y);
  const n = uniKeys.length;
  const arrays = {
    uniKey: Uint32Array.from(uniKeys),
    uniCount: new Uint32Array(n),
    uniCont: new Uint32Array(n),
    uniHist: new Uint32Array(n),
    uniLeft: new Float32Array(n),
    biA: Uint32Array.from(kept, (i) => pairsA[i]!),
    biB: Uint32Array.from(kept, (i) => pairsB[i]!),
    biCount: Uint32Array.from(kept, (i) => pairsC[i]!),
  };
  uniKeys.forEach((id, i) => {
    const e = uni.get(id)!;
    arrays.uniCount[i] = e.count;
    arrays.uniCont[i] = e.cont;
    arrays.uniHist[i] = e.hist;
    arrays.uniLeft[i] = e.left;
  });
  return new NgramModel(
    {
      discount,
      unigramDiscount,
      tokens: base.totals.tokens + overlay.tokens,
      bigramTypes: base.totals.bigramTypes + overlay.newBigramTypes,
      continuationTypes: base.totals.continuationTypes + overlay.newContinuationTypes,
    },
    arrays,
    { ...base.meta, ...options.meta, minBigramCount: minBigram, minUnigramCount: minUnigram },
  );
}
