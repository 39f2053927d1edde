/**
 * The walk interface candidate search needs; `Lexicon` (the shipped automaton) and {@link WordTrie}
 * (words learned from an archive) both provide it.
 */
export interface WalkableWords {
  readonly root: number;
  labelOf(char: string): number;
  edgeOf(state: number, label: number): number;
  edgeBegin(state: number): number;
  edgeEnd(state: number): number;
  edgeTarget(edge: number): number;
  edgeOffset(edge: number): number;
  edgeChar(edge: number): string;
  isFinal(state: number): boolean;
  /** The word with the given number (the sum of edge offsets along its path). */
  wordAt(index: number): string;
}

/**
 * A small trie over lowercase words the lexicon lacks but an archive uses (`zabłocie`, a surname,
 * an institution), so repair can propose them. Same walk API as the lexicon's automaton; word
 * numbers are positions in the sorted word list.
 */
export class WordTrie implements WalkableWords {
  readonly root = 0;
  readonly words: readonly string[];
  private readonly labels = new Map<string, number>();
  private readonly chars: string[] = [];
  private readonly finalStates = new Set<number>();
  /** Flattened edges: edge id → [state, label, target, offset]. */
  private readonly edgeTable: number[][] = [];
  private readonly firstEdge: number[] = [];

  constructor(words: Iterable<string>) {
    this.words = [...new Set([...words].map((w) => w.toLowerCase()))].sort();
    const children: Map<number, number>[] = [new Map()];
    for (const word of this.words) {
      let state = 0;
      for (const ch of word) {
        let label = this.labels.get(ch);
        if (label === undefined) {
          label = this.chars.length;
          this.labels.set(ch, label);
          this.chars.push(ch);
        }
        let next = children[state]!.get(label);
        if (next === undefined) {
          next = children.length;
          children.push(new Map());
          children[state]!.set(label, next);
        }
        state = next;
      }
      this.finalStates.add(state);
    }
    // Word numbering: an edge's offset is the number of words below its smaller siblings.
    const below = new Array<number>(children.length).fill(0);
    for (let s = children.length - 1; s >= 0; s--) {
      let count = this.finalStates.has(s) ? 1 : 0;
      for (const target of children[s]!.values()) count += below[target]!;
      below[s] = count;
    }
    for (let s = 0; s < children.length; s++) {
      this.firstEdge.push(this.edgeTable.length);
      let offset = this.finalStates.has(s) ? 1 : 0;
      for (const [label, target] of [...children[s]!].sort((a, b) => a[0] - b[0])) {
        this.edgeTable.push([s, label, target, offset]);
        offset += below[target]!;
      }
    }
    this.firstEdge.push(this.edgeTable.length);
  }

  labelOf(char: string): number {
    return this.labels.get(char) ?? -1;
  }

  edgeOf(state: number, label: number): number {
    if (label < 0 || state < 0) return -1;
    for (let e = this.firstEdge[state]!; e < this.firstEdge[state + 1]!; e++)
      if (this.edgeTable[e]![1] === label) return e;
    return -1;
  }

  edgeBegin(state: number): number {
    return this.firstEdge[state]!;
  }

  edgeEnd(state: number): number {
    return this.firstEdge[state + 1]!;
  }

  edgeTarget(edge: number): number {
    return this.edgeTable[edge]![2]!;
  }

  edgeOffset(edge: number): number {
    return this.edgeTable[edge]![3]!;
  }

  edgeChar(edge: number): string {
    return this.chars[this.edgeTable[edge]![1]!]!;
  }

  isFinal(state: number): boolean {
    return this.finalStates.has(state);
  }

  wordAt(index: number): string {
    return this.words[index]!;
  }
}
