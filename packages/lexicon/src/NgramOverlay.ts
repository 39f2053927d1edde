import { decodeBundle, encodeBundle } from './binaryBundle.ts';
import { hashToken } from './hashToken.ts';
import type { NgramModel } from './NgramModel.ts';
import { PairTable } from './PairTable.ts';
import { SENTENCE_BOUNDARY, tokenize } from './tokenize.ts';

/** Columns of the overlay's unigram table. */
export const OverlayColumn = { count: 0, hist: 1, newTypes: 2, newCont: 3 } as const;

/**
 * Counts learned at run time on top of a frozen {@link NgramModel} (e.g. from the high-confidence
 * documents of a batch, so an archive's street names and institutions gain context). The caller
 * holds it and passes it to a {@link LanguageModel}; nothing is global. Besides raw counts it tracks
 * which bigram types are new relative to the base, which is what the Kneser-Ney statistics need to
 * stay exact when base and overlay are combined.
 */
export class NgramOverlay {
  readonly base: NgramModel;
  /** Unigram table keyed (id, 0): count, history total, new bigram types after it, new types before it. */
  readonly unigrams = new PairTable(4, 1024);
  readonly bigrams = new PairTable(1, 4096);
  /** Tokens learned. */
  tokens = 0;
  /** Bigram types the base does not have. */
  newBigramTypes = 0;
  /** Tokens whose continuation count was 0 in the base and is not any more. */
  newContinuationTypes = 0;

  constructor(base: NgramModel) {
    this.base = base;
  }

  /** Learns a text (tokenised with {@link tokenize}); returns the number of tokens learned. */
  learn(text: string): number {
    return this.learnTokens(tokenize(text));
  }

  /**
   * Learns a token sequence (lowercase words, `<num>`, `<s>`); it is framed by sentence boundaries
   * unless it already starts or ends with one.
   */
  learnTokens(tokens: readonly string[]): number {
    const ids: number[] = [];
    if (tokens[0] !== SENTENCE_BOUNDARY) ids.push(hashToken(SENTENCE_BOUNDARY));
    for (const t of tokens) ids.push(hashToken(t));
    if (tokens[tokens.length - 1] !== SENTENCE_BOUNDARY) ids.push(hashToken(SENTENCE_BOUNDARY));
    return this.learnIds(ids);
  }

  /** Learns a sequence of token ids from {@link hashToken}, as is. */
  learnIds(ids: ArrayLike<number>): number {
    const uni = this.unigrams;
    for (let i = 0; i < ids.length; i++) {
      const v = ids[i]!;
      uni.add(v, 0, 1, OverlayColumn.count);
      if (i === 0) continue;
      const u = ids[i - 1]!;
      uni.add(u, 0, 1, OverlayColumn.hist);
      if (this.bigrams.add(u, v, 1) !== 1 || this.base.pairCount(u, v) > 0) continue;
      uni.add(u, 0, 1, OverlayColumn.newTypes);
      this.newBigramTypes++;
      const newCont = uni.add(v, 0, 1, OverlayColumn.newCont);
      if (newCont === 1 && this.base.continuation(v) === 0) this.newContinuationTypes++;
    }
    this.tokens += ids.length;
    return ids.length;
  }

  /** A learned column of a token id ({@link OverlayColumn}); 0 when never learned. */
  unigramValue(id: number, column: number): number {
    return this.unigrams.get(id, 0, column);
  }

  pairCount(a: number, b: number): number {
    return this.bigrams.get(a, b);
  }

  /** Serialises the learned state (to persist what a batch taught). */
  encode(): Buffer {
    const uniKey = new Uint32Array(this.unigrams.size);
    const uniValues = new Float64Array(this.unigrams.size * 4);
    let i = 0;
    this.unigrams.forEachSlot((s) => {
      uniKey[i] = this.unigrams.keyA(s);
      for (let c = 0; c < 4; c++) uniValues[i * 4 + c] = this.unigrams.value(s, c);
      i++;
    });
    const biA = new Uint32Array(this.bigrams.size);
    const biB = new Uint32Array(this.bigrams.size);
    const biCount = new Float64Array(this.bigrams.size);
    i = 0;
    this.bigrams.forEachSlot((s) => {
      biA[i] = this.bigrams.keyA(s);
      biB[i] = this.bigrams.keyB(s);
      biCount[i] = this.bigrams.value(s);
      i++;
    });
    const totals = {
      tokens: this.tokens,
      newBigramTypes: this.newBigramTypes,
      newContinuationTypes: this.newContinuationTypes,
    };
    return encodeBundle({ kind: 'skryba-ngram-overlay', totals }, { uniKey, uniValues, biA, biB, biCount });
  }

  /** Inverse of {@link encode}; `base` must be the model the overlay was learned against. */
  static decode(base: NgramModel, bytes: Uint8Array): NgramOverlay {
    const { meta, arrays } = decodeBundle(bytes);
    if (meta.kind !== 'skryba-ngram-overlay') throw new Error('not an n-gram overlay');
    const overlay = new NgramOverlay(base);
    const uniKey = arrays.uniKey as Uint32Array;
    const uniValues = arrays.uniValues as Float64Array;
    for (let i = 0; i < uniKey.length; i++) {
      const s = overlay.unigrams.insert(uniKey[i]!, 0);
      for (let c = 0; c < 4; c++) overlay.unigrams.setValue(s, c, uniValues[i * 4 + c]!);
    }
    const biA = arrays.biA as Uint32Array;
    const biB = arrays.biB as Uint32Array;
    const biCount = arrays.biCount as Float64Array;
    for (let i = 0; i < biA.length; i++)
      overlay.bigrams.setValue(overlay.bigrams.insert(biA[i]!, biB[i]!), 0, biCount[i]!);
    const totals = meta.totals as { tokens: number; newBigramTypes: number; newContinuationTypes: number };
    overlay.tokens = totals.tokens;
    overlay.newBigramTypes = totals.newBigramTypes;
    overlay.newContinuationTypes = totals.newContinuationTypes;
    return overlay;
  }
}
