import type { DawgArrays } from './buildDawg.ts';

/** One outgoing transition of an automaton state. */
export interface Transition {
  /** The character consumed. */
  char: string;
  /** Its label (index into {@link Lexicon.alphabet}); {@link Lexicon.stepLabel} takes it. */
  label: number;
  /** The state reached. */
  target: number;
  /** Word-number offset contributed by this edge (sum along a path = the word number at a final state). */
  offset: number;
}

/** Word priors: one quantised log-probability per word number. */
export interface LexiconPriors {
  /** Per word number: −ln p / step, rounded, clamped to 0..255. */
  quantised: Uint8Array;
  /** Natural-log units per quantisation step. */
  step: number;
  /** ln p for a word the lexicon does not hold. */
  oovLogPrior: number;
}

/**
 * A minimal acyclic automaton over lowercase Polish forms, with word numbering (perfect hash) and
 * per-word arrays (case flags, priors) indexed by word number.
 *
 * The walk API (`root`, `step`, `isFinal`, `transitions`, `edgeBegin`/`edgeEnd`/...) lets a repair
 * engine run its own breadth-limited search, trying alternatives per input character.
 */
export class Lexicon {
  readonly alphabet: string;
  readonly root: number;
  /** Number of words; word numbers are 0..size-1 in code-unit order of the lowercase forms. */
  readonly size: number;
  readonly stateCount: number;
  private readonly final: Uint8Array;
  private readonly edgeStart: Uint32Array;
  private readonly labels: Uint8Array;
  private readonly targets: Uint32Array;
  private readonly offsets: Uint32Array;
  private readonly below: Uint32Array;
  private readonly labelByCode: Int16Array;
  private readonly wordFlags: Uint8Array;
  private readonly priors: LexiconPriors | null;

  constructor(dawg: DawgArrays, wordFlags: Uint8Array, priors: LexiconPriors | null) {
    this.alphabet = dawg.alphabet;
    this.root = dawg.root;
    this.size = dawg.wordCount;
    this.final = dawg.final;
    this.labels = dawg.edgeLabel;
    this.targets = dawg.edgeTarget;
    const states = dawg.final.length;
    this.stateCount = states;
    if (wordFlags.length !== this.size) throw new Error('flags length does not match word count');
    if (priors && priors.quantised.length !== this.size)
      throw new Error('priors length does not match word count');
    this.wordFlags = wordFlags;
    this.priors = priors;

    const edgeStart = new Uint32Array(states + 1);
    for (let s = 0; s < states; s++) edgeStart[s + 1] = edgeStart[s]! + dawg.edgeCount[s]!;
    this.edgeStart = edgeStart;
    // States were frozen children-first, so targets always have smaller numbers: one ascending pass.
    const below = new Uint32Array(states);
    const offsets = new Uint32Array(dawg.edgeTarget.length);
    for (let s = 0; s < states; s++) {
      let count = dawg.final[s]!;
      for (let e = edgeStart[s]!; e < edgeStart[s + 1]!; e++) {
        offsets[e] = count;
        count += below[dawg.edgeTarget[e]!]!;
      }
      below[s] = count;
    }
    this.below = below;
    this.offsets = offsets;
    if (below[this.root] !== this.size) throw new Error('automaton word count mismatch');

    this.labelByCode = new Int16Array(65536).fill(-1);
    for (let i = 0; i < this.alphabet.length; i++) this.labelByCode[this.alphabet.charCodeAt(i)] = i;
  }

  /** The label of a character, or −1 when the alphabet has no such character. */
  labelOf(char: string): number {
    return char.length === 1 ? this.labelByCode[char.charCodeAt(0)]! : -1;
  }

  /** The state reached from `state` by `char` (lowercase), or −1. */
  step(state: number, char: string): number {
    if (char.length !== 1) return -1;
    return this.stepLabel(state, this.labelByCode[char.charCodeAt(0)]!);
  }

  /** Like {@link step} with a label from {@link labelOf} (no string handling in hot loops). */
  stepLabel(state: number, label: number): number {
    const e = this.edgeOf(state, label);
    return e < 0 ? -1 : this.targets[e]!;
  }

  /** The edge from `state` with `label`, or −1; see {@link edgeTarget} and {@link edgeOffset}. */
  edgeOf(state: number, label: number): number {
    if (label < 0 || state < 0) return -1;
    const end = this.edgeStart[state + 1]!;
    for (let e = this.edgeStart[state]!; e < end; e++) {
      const l = this.labels[e]!;
      if (l === label) return e;
      if (l > label) return -1;
    }
    return -1;
  }

  /** True when a word ends at `state`. */
  isFinal(state: number): boolean {
    return state >= 0 && this.final[state] === 1;
  }

  /** First edge of `state`; edges `edgeBegin(s)..edgeEnd(s)-1` are sorted by label. */
  edgeBegin(state: number): number {
    return this.edgeStart[state]!;
  }

  /** One past the last edge of `state`. */
  edgeEnd(state: number): number {
    return this.edgeStart[state + 1]!;
  }

  edgeLabel(edge: number): number {
    return this.labels[edge]!;
  }

  edgeChar(edge: number): string {
    return this.alphabet[this.labels[edge]!]!;
  }

  edgeTarget(edge: number): number {
    return this.targets[edge]!;
  }

  /** Word-number contribution of an edge: the number of a word is the sum over the edges of its path. */
  edgeOffset(edge: number): number {
    return this.offsets[edge]!;
  }

  /** How many words start with the prefix that led to `state` (a cheap bound for search pruning). */
  wordsBelow(state: number): number {
    return this.below[state]!;
  }

  /** The outgoing transitions of a state (allocates; use the edge accessors in hot loops). */
  transitions(state: number): Transition[] {
    const out: Transition[] = [];
    for (let e = this.edgeStart[state]!; e < this.edgeStart[state + 1]!; e++) {
      const label = this.labels[e]!;
      out.push({ char: this.alphabet[label]!, label, target: this.targets[e]!, offset: this.offsets[e]! });
    }
    return out;
  }

  /** The state after reading a lowercase prefix from `state`, or −1. */
  walk(prefix: string, state: number = this.root): number {
    let s = state;
    for (let i = 0; i < prefix.length && s >= 0; i++) {
      s = this.stepLabel(s, this.labelByCode[prefix.charCodeAt(i)]!);
    }
    return s;
  }

  /** Word number of an already lowercase form, or −1. */
  indexOfLowercase(form: string): number {
    let s = this.root;
    let index = 0;
    for (let i = 0; i < form.length; i++) {
      const e = this.edgeOf(s, this.labelByCode[form.charCodeAt(i)]!);
      if (e < 0) return -1;
      index += this.offsets[e]!;
      s = this.targets[e]!;
    }
    return this.final[s] === 1 ? index : -1;
  }

  /** Word number of a form in any case, or −1 when absent. */
  indexOf(word: string): number {
    return this.indexOfLowercase(word.toLowerCase());
  }

  /** True when the lexicon holds the form (case-insensitive). */
  has(word: string): boolean {
    return this.indexOf(word) >= 0;
  }

  /** The lowercase form with the given word number (inverse of {@link indexOf}). */
  wordAt(index: number): string {
    if (!Number.isInteger(index) || index < 0 || index >= this.size) throw new RangeError(`no word ${index}`);
    let s = this.root;
    let rest = index;
    let word = '';
    for (;;) {
      if (rest === 0 && this.final[s] === 1) return word;
      const begin = this.edgeStart[s]!;
      let e = this.edgeStart[s + 1]! - 1;
      while (e > begin && this.offsets[e]! > rest) e--;
      rest -= this.offsets[e]!;
      word += this.alphabet[this.labels[e]!];
      s = this.targets[e]!;
    }
  }

  /** Case and source flags of a word number ({@link WordFlag} bits). */
  flags(index: number): number {
    return this.wordFlags[index] ?? 0;
  }

  /** Natural-log prior of a word number; {@link oovLogPrior} for −1. */
  logPrior(index: number): number {
    if (!this.priors) return index >= 0 ? 0 : -Infinity;
    if (index < 0) return this.priors.oovLogPrior;
    return -this.priors.quantised[index]! * this.priors.step;
  }

  /** Natural-log prior of a word in any case (the OOV prior when absent). */
  logPriorOf(word: string): number {
    return this.logPrior(this.indexOf(word));
  }

  /** Prior probability of a word in any case (absent words get the OOV prior). */
  frequency(word: string): number {
    return Math.exp(this.logPriorOf(word));
  }

  /** ln p given to words the lexicon does not hold. */
  get oovLogPrior(): number {
    return this.priors ? this.priors.oovLogPrior : -Infinity;
  }

  /** Whether priors are loaded (they are when loaded through `loadLexicon`). */
  get hasPriors(): boolean {
    return this.priors !== null;
  }
}
