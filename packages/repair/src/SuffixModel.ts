import { z } from 'zod';

/** Characters of a word's ending that stand for its grammatical form (three were too sparse). */
export const SUFFIX_LENGTH = 2;

/**
 * The class a word falls into for the suffix model: its last two letters (`-ję`, `-je`, `-ą`, `-ym`),
 * short words as themselves, marked (`=z`, `=na`, `=się`), `<num>` and `<s>` as they are. Polish endings carry
 * case and number, so which ending follows which (`z` → `-ą`, `na` → `-ę`) is learned from far fewer
 * examples than which word follows which.
 */
export function suffixOf(token: string): string {
  if (token.startsWith('<')) return token;
  const word = token.toLowerCase();
  // Short words stand for themselves, marked so the pronoun `je` is not the ending `-je` of `decyzje`.
  return word.length <= 3 ? `=${word}` : word.slice(-SUFFIX_LENGTH);
}

export const suffixModelJsonSchema = z.object({
  version: z.string(),
  discount: z.number(),
  /** [suffix, count as a history, count as a continuation-type] */
  unigrams: z.array(z.tuple([z.string(), z.number(), z.number()])),
  /** [previous suffix, suffix, count] */
  bigrams: z.array(z.tuple([z.string(), z.string(), z.number()])),
});
export type SuffixModelJson = z.infer<typeof suffixModelJsonSchema>;

/**
 * A bigram model over word endings (interpolated Kneser-Ney), scoring ln p(ending | previous ending).
 * It complements the word model where word pairs are too rare to have been seen:
 * `przygotowuje jej aktualizację` vs `aktualizacje`.
 */
export class SuffixModel {
  readonly version: string;
  private readonly discount: number;
  private readonly history = new Map<string, number>();
  private readonly followers = new Map<string, number>();
  private readonly continuation = new Map<string, number>();
  private readonly pairs = new Map<string, number>();
  private readonly continuationTotal: number;
  /** How often each ending follows anything (its frequency as a next ending). */
  private readonly nextCount = new Map<string, number>();
  private nextTotal = 0;
  private readonly memo = new Map<string, number>();
  /** Dense ids for {@link logProbById}: every known ending, then one id for all unknown ones. */
  private readonly ids = new Map<string, number>();
  private readonly names: string[] = [];
  private dense: Float32Array | null = null;

  constructor(json: SuffixModelJson) {
    this.version = json.version;
    this.discount = json.discount;
    let total = 0;
    for (const [suffix, history, continuation] of json.unigrams) {
      this.history.set(suffix, history);
      this.continuation.set(suffix, continuation);
      total += continuation;
    }
    this.continuationTotal = Math.max(1, total);
    for (const [previous, suffix, count] of json.bigrams) {
      this.pairs.set(`${previous}\u0000${suffix}`, count);
      this.followers.set(previous, (this.followers.get(previous) ?? 0) + 1);
      this.nextCount.set(suffix, (this.nextCount.get(suffix) ?? 0) + count);
      this.nextTotal += count;
    }
    for (const [suffix] of json.unigrams) {
      this.ids.set(suffix, this.names.length);
      this.names.push(suffix);
    }
    this.names.push('\u0000unknown');
  }

  /** A dense id for an ending (unknown endings share one id). */
  idOf(suffix: string): number {
    return this.ids.get(suffix) ?? this.names.length - 1;
  }

  /**
   * How much the previous ending raises or lowers an ending: ln p(suffix | previous) − ln p(suffix),
   * by ids from {@link idOf}, memoised in a dense table (the decoder's hot path). The word model
   * already scores how common a word is; this adds only what the context says about its ending
   * (`wodę` → `opadową`, `wydał` → `decyzję`), so frequent endings are not counted twice.
   */
  associationById(suffix: number, previous: number): number {
    const n = this.names.length;
    this.dense ??= new Float32Array(n * n).fill(Number.NaN);
    const at = previous * n + suffix;
    let value = this.dense[at]!;
    if (Number.isNaN(value)) {
      const name = this.names[suffix]!;
      value = this.logProb(name, this.names[previous]!) - this.logUnigram(name);
      this.dense[at] = value;
    }
    return value;
  }

  /** ln p(suffix): how often the ending occurs at all (add-one smoothed frequency). */
  logUnigram(suffix: string): number {
    return Math.log(((this.nextCount.get(suffix) ?? 0) + 1) / (this.nextTotal + this.nextCount.size + 1));
  }

  /** ln p(suffix | previous suffix). */
  logProb(suffix: string, previous: string): number {
    const key = `${previous}\u0000${suffix}`;
    const known = this.memo.get(key);
    if (known !== undefined) return known;
    // Lowest order: continuation counts, add-one so an unseen ending is possible but unlikely.
    const p1 =
      ((this.continuation.get(suffix) ?? 0) + 1) / (this.continuationTotal + this.continuation.size + 1);
    const h = this.history.get(previous) ?? 0;
    let p = p1;
    if (h > 0) {
      const c = this.pairs.get(key) ?? 0;
      const lambda = (this.discount * (this.followers.get(previous) ?? 0)) / h;
      p = Math.max(c - this.discount, 0) / h + lambda * p1;
    }
    const result = Math.log(p);
    if (this.memo.size < 500_000) this.memo.set(key, result);
    return result;
  }

  /** Learns the model from token sequences (lowercase words, `<num>`, `<s>`), e.g. `tokenize` output. */
  static learn(sequences: Iterable<readonly string[]>, version: string): SuffixModel {
    const pairCounts = new Map<string, number>();
    for (const tokens of sequences) {
      for (let i = 1; i < tokens.length; i++) {
        const key = `${suffixOf(tokens[i - 1]!)}\u0000${suffixOf(tokens[i]!)}`;
        pairCounts.set(key, (pairCounts.get(key) ?? 0) + 1);
      }
    }
    const history = new Map<string, number>();
    const continuation = new Map<string, number>();
    let once = 0;
    let twice = 0;
    const bigrams: [string, string, number][] = [];
    for (const [key, count] of pairCounts) {
      const [previous, suffix] = key.split('\u0000') as [string, string];
      history.set(previous, (history.get(previous) ?? 0) + count);
      continuation.set(suffix, (continuation.get(suffix) ?? 0) + 1);
      if (count === 1) once++;
      if (count === 2) twice++;
      bigrams.push([previous, suffix, count]);
    }
    const discount = once + 2 * twice > 0 ? once / (once + 2 * twice) : 0.75;
    const suffixes = new Set([...history.keys(), ...continuation.keys()]);
    const unigrams = [...suffixes]
      .sort()
      .map((s): [string, number, number] => [s, history.get(s) ?? 0, continuation.get(s) ?? 0]);
    bigrams.sort((a, b) => (a[0] === b[0] ? (a[1] < b[1] ? -1 : 1) : a[0] < b[0] ? -1 : 1));
    return new SuffixModel({ version, discount, unigrams, bigrams });
  }

  toJSON(): SuffixModelJson {
    const unigrams = [...this.history.keys(), ...this.continuation.keys()]
      .filter((s, i, all) => all.indexOf(s) === i)
      .sort()
      .map((s): [string, number, number] => [s, this.history.get(s) ?? 0, this.continuation.get(s) ?? 0]);
    const bigrams = [...this.pairs]
      .map(([key, count]): [string, string, number] => {
        const [previous, suffix] = key.split('\u0000') as [string, string];
        return [previous, suffix, count];
      })
      .sort((a, b) => (a[0] === b[0] ? (a[1] < b[1] ? -1 : 1) : a[0] < b[0] ? -1 : 1));
    return { version: this.version, discount: this.discount, unigrams, bigrams };
  }
}
