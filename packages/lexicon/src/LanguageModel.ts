import { hashToken } from './hashToken.ts';
import type { Lexicon } from './Lexicon.ts';
import type { NgramModel } from './NgramModel.ts';
import { type NgramOverlay, OverlayColumn } from './NgramOverlay.ts';
import { SENTENCE_BOUNDARY } from './tokenize.ts';

/** A word prepared for scoring: compute it once per lattice candidate, then score pairs cheaply. */
export interface WordRef {
  /** The language-model token (lowercase word, `<num>` or `<s>`). */
  token: string;
  /** {@link hashToken} of the token. */
  id: number;
  /** Word number in the lexicon, −1 when the lexicon does not hold it. */
  index: number;
  /** Lexicon prior (natural log), the OOV prior when absent. */
  logPrior: number;
}

/** What a {@link LanguageModel} scores with. */
export interface LanguageModelResources {
  lexicon: Lexicon;
  ngrams: NgramModel;
  /** Counts learned at run time; must have been created over `ngrams`. */
  overlay?: NgramOverlay;
}

/**
 * Interpolated Kneser-Ney bigram model over lowercase tokens, whose lowest order interpolates the
 * continuation distribution with the lexicon's word prior, so every lexicon form (and, with the OOV
 * prior, every other word) has a non-zero probability:
 *
 *   p(v | u) = (max(c(u,v) − D, 0) + L(u) · p1(v)) / c(u •)      (p1(v) when u was never a history)
 *   p1(v)    = (max(N1+(• v) − D1, 0) + D1 · V1 · prior(v)) / N1+(• •)
 *
 * Base counts and overlay counts are added; the overlay's new bigram types update N1+ and L(u), so
 * scoring base + overlay equals scoring a model built from both texts (up to base pruning).
 */
export class LanguageModel {
  readonly lexicon: Lexicon;
  readonly ngrams: NgramModel;
  readonly overlay: NgramOverlay | undefined;
  private readonly boundary: WordRef;

  constructor(resources: LanguageModelResources) {
    if (resources.overlay && resources.overlay.base !== resources.ngrams) {
      throw new Error('overlay was learned over another n-gram model');
    }
    this.lexicon = resources.lexicon;
    this.ngrams = resources.ngrams;
    this.overlay = resources.overlay;
    this.boundary = this.ref(SENTENCE_BOUNDARY);
  }

  /** The same model with another overlay (or none). */
  withOverlay(overlay: NgramOverlay | undefined): LanguageModel {
    return new LanguageModel({ lexicon: this.lexicon, ngrams: this.ngrams, overlay });
  }

  /** The sentence-boundary token, as a ref (the `previous` of a sentence's first word). */
  get sentenceBoundary(): WordRef {
    return this.boundary;
  }

  /** Prepares a word (any case) or special token for scoring. */
  ref(word: string): WordRef {
    const token = word.startsWith('<') ? word : word.toLowerCase();
    const index = token.startsWith('<') ? -1 : this.lexicon.indexOfLowercase(token);
    return { token, id: hashToken(token), index, logPrior: this.lexicon.logPrior(index) };
  }

  /** ln p1(word): the lowest-order (continuation + prior) probability, context-free. */
  logUnigram(word: WordRef | string): number {
    const w = typeof word === 'string' ? this.ref(word) : word;
    return Math.log(this.p1(w));
  }

  /** ln p(word | previous); `previous` null or omitted scores without context (p1). */
  logProb(word: WordRef | string, previous?: WordRef | string | null): number {
    const w = typeof word === 'string' ? this.ref(word) : word;
    if (previous === undefined || previous === null) return Math.log(this.p1(w));
    const u = typeof previous === 'string' ? this.ref(previous) : previous;
    return Math.log(this.p2(u.id, w));
  }

  /** Sum of ln p(t_i | t_{i−1}) over a token sequence (the first token is context only). */
  logProbTokens(tokens: readonly string[]): number {
    let total = 0;
    let prev: WordRef | null = null;
    for (const t of tokens) {
      const w = this.ref(t);
      if (prev) total += Math.log(this.p2(prev.id, w));
      prev = w;
    }
    return total;
  }

  /** Bigram count after merging base and overlay (for diagnostics and tests). */
  pairCount(previous: string, word: string): number {
    const a = this.ref(previous).id;
    const b = this.ref(word).id;
    return this.ngrams.pairCount(a, b) + (this.overlay?.pairCount(a, b) ?? 0);
  }

  private p1(w: WordRef): number {
    const base = this.ngrams;
    const ov = this.overlay;
    const D1 = base.totals.unigramDiscount;
    const T = base.totals.bigramTypes + (ov?.newBigramTypes ?? 0);
    const prior = Math.exp(w.logPrior);
    if (T === 0) return prior;
    const V1 = base.totals.continuationTypes + (ov?.newContinuationTypes ?? 0);
    const cont = base.continuation(w.id) + (ov ? ov.unigramValue(w.id, OverlayColumn.newCont) : 0);
    return (Math.max(cont - D1, 0) + D1 * V1 * prior) / T;
  }

  private p2(u: number, w: WordRef): number {
    const base = this.ngrams;
    const ov = this.overlay;
    const e = base.unigram(u);
    let hist = e < 0 ? 0 : base.arrays.uniHist[e]!;
    let left = e < 0 ? 0 : base.arrays.uniLeft[e]!;
    let c = base.pairCount(u, w.id);
    if (ov) {
      hist += ov.unigramValue(u, OverlayColumn.hist);
      left += base.totals.discount * ov.unigramValue(u, OverlayColumn.newTypes);
      c += ov.pairCount(u, w.id);
    }
    const p1 = this.p1(w);
    if (hist === 0) return p1;
    return (Math.max(c - base.totals.discount, 0) + left * p1) / hist;
  }
}
