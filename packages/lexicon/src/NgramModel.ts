import { decodeBundle, encodeBundle } from './binaryBundle.ts';
import { PairTable } from './PairTable.ts';

/** Arrays of a frozen model; entry i of the `uni*` arrays describes one token id. */
export interface NgramArrays {
  uniKey: Uint32Array;
  /** Occurrences of the token. */
  uniCount: Uint32Array;
  /** Continuation count N1+(• w): distinct tokens seen before it. */
  uniCont: Uint32Array;
  /** Total count of bigrams starting with the token, pruned ones included. */
  uniHist: Uint32Array;
  /**
   * Interpolation mass of the token as history (numerator): discount × kept bigram types after it
   * plus the full count of its pruned bigrams, so p(· | w) still sums to 1 after pruning.
   */
  uniLeft: Float32Array;
  biA: Uint32Array;
  biB: Uint32Array;
  biCount: Uint32Array;
}

/** Scalars of a frozen model. */
export interface NgramTotals {
  /** Absolute discount of bigram counts (Kneser-Ney D). */
  discount: number;
  /** Absolute discount of continuation counts at the unigram level. */
  unigramDiscount: number;
  /** Tokens counted. */
  tokens: number;
  /** Distinct bigram types N1+(• •), pruned ones included. */
  bigramTypes: number;
  /** Distinct tokens with a continuation count, pruned ones included. */
  continuationTypes: number;
}

/**
 * Frozen, hash-keyed word unigram and bigram counts with the statistics interpolated Kneser-Ney
 * needs. Immutable: runtime learning goes into an {@link NgramOverlay} held by the caller.
 */
export class NgramModel {
  readonly totals: NgramTotals;
  readonly arrays: NgramArrays;
  /** Free-form provenance written at build time (sources, pruning). */
  readonly meta: Record<string, unknown>;
  private readonly uniIndex: PairTable;
  /** Bigrams of unigram entry e are biA/biB/biCount[biStart[e] .. biStart[e+1]), sorted by biB. */
  private readonly biStart: Uint32Array;

  constructor(totals: NgramTotals, arrays: NgramArrays, meta: Record<string, unknown> = {}) {
    this.totals = totals;
    this.arrays = arrays;
    this.meta = meta;
    this.uniIndex = new PairTable(1, arrays.uniKey.length);
    for (let i = 0; i < arrays.uniKey.length; i++) {
      this.uniIndex.setValue(this.uniIndex.insert(arrays.uniKey[i]!, 0), 0, i);
    }
    // Bigrams are sorted by (a, b) and unigram keys ascending, so each history owns one contiguous
    // run: a CSR index instead of a second hash table keeps memory at the size of the arrays.
    const n = arrays.uniKey.length;
    const biStart = new Uint32Array(n + 1);
    let j = 0;
    for (let e = 0; e < n; e++) {
      biStart[e] = j;
      const key = arrays.uniKey[e]!;
      if (e > 0 && key <= arrays.uniKey[e - 1]!) throw new Error('n-gram unigram keys not sorted');
      while (j < arrays.biA.length && arrays.biA[j] === key) {
        if (j > 0 && arrays.biA[j - 1] === key && arrays.biB[j]! <= arrays.biB[j - 1]!) {
          throw new Error('n-gram bigrams not sorted');
        }
        j++;
      }
    }
    biStart[n] = j;
    if (j !== arrays.biA.length) throw new Error('n-gram bigrams not sorted or history missing');
    this.biStart = biStart;
  }

  /** A model with no counts (what a learner starts from). */
  static empty(discount = 0.75, unigramDiscount = 0.75): NgramModel {
    return new NgramModel(
      { discount, unigramDiscount, tokens: 0, bigramTypes: 0, continuationTypes: 0 },
      {
        uniKey: new Uint32Array(0),
        uniCount: new Uint32Array(0),
        uniCont: new Uint32Array(0),
        uniHist: new Uint32Array(0),
        uniLeft: new Float32Array(0),
        biA: new Uint32Array(0),
        biB: new Uint32Array(0),
        biCount: new Uint32Array(0),
      },
    );
  }

  get unigramCount(): number {
    return this.arrays.uniKey.length;
  }

  get bigramCount(): number {
    return this.arrays.biA.length;
  }

  /** Entry number of a token id in the `uni*` arrays, or −1. */
  unigram(id: number): number {
    const slot = this.uniIndex.find(id, 0);
    return slot < 0 ? -1 : this.uniIndex.value(slot);
  }

  /** Stored count of the bigram (0 when unseen or pruned). */
  pairCount(a: number, b: number): number {
    const e = this.unigram(a);
    if (e < 0) return 0;
    const biB = this.arrays.biB;
    let lo = this.biStart[e]!;
    let hi = this.biStart[e + 1]!;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const key = biB[mid]!;
      if (key === b) return this.arrays.biCount[mid]!;
      if (key < b) lo = mid + 1;
      else hi = mid;
    }
    return 0;
  }

  count(id: number): number {
    const e = this.unigram(id);
    return e < 0 ? 0 : this.arrays.uniCount[e]!;
  }

  continuation(id: number): number {
    const e = this.unigram(id);
    return e < 0 ? 0 : this.arrays.uniCont[e]!;
  }

  /** Serialises the model (the `ngrams.bin.br` artifact). */
  encode(): Buffer {
    return encodeBundle({ kind: 'skryba-ngrams', totals: this.totals, meta: this.meta }, { ...this.arrays });
  }

  /** Inverse of {@link encode}. */
  static decode(bytes: Uint8Array): NgramModel {
    const { meta, arrays } = decodeBundle(bytes);
    if (meta.kind !== 'skryba-ngrams') throw new Error('not an n-gram artifact');
    return new NgramModel(
      meta.totals as NgramTotals,
      arrays as unknown as NgramArrays,
      (meta.meta as Record<string, unknown>) ?? {},
    );
  }
}
