/**
 * The raw arrays of a minimal acyclic automaton (DAWG) over a sorted word list. States are numbered
 * in the order they were frozen, so every edge points from a higher to a lower state number: one
 * ascending pass over the states is enough to count the words below each state (word numbering).
 */
export interface DawgArrays {
  /** The characters the automaton uses; an edge label is an index into this string. */
  alphabet: string;
  /** The start state. */
  root: number;
  /** Per state: 1 when a word ends here. */
  final: Uint8Array;
  /** Per state: how many outgoing edges it has (its edges are contiguous and sorted by label). */
  edgeCount: Uint8Array;
  /** Per edge: its label (index into `alphabet`). */
  edgeLabel: Uint8Array;
  /** Per edge: the state it leads to. */
  edgeTarget: Uint32Array;
  /** How many words the automaton accepts. */
  wordCount: number;
}

interface PathNode {
  final: boolean;
  labels: number[];
  targets: number[];
}

class GrowableU32 {
  data = new Uint32Array(1 << 16);
  length = 0;
  push(value: number): void {
    if (this.length === this.data.length) {
      const next = new Uint32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = value;
  }
  toArray(): Uint32Array {
    return this.data.slice(0, this.length);
  }
}

/**
 * Builds the minimal automaton with Daciuk's incremental algorithm for sorted input: only the path
 * of the previous word is kept unminimised, everything else is already in the register, so memory
 * stays proportional to the minimal automaton rather than to the trie.
 *
 * @param words lowercase forms, sorted by UTF-16 code units (JavaScript's default sort), no duplicates
 */
export function buildDawg(words: readonly string[]): DawgArrays {
  const alphabetSet = new Set<string>();
  for (const word of words) for (const ch of word) alphabetSet.add(ch);
  const alphabet = [...alphabetSet].sort().join('');
  if (alphabet.length > 255) throw new Error(`alphabet too large: ${alphabet.length}`);
  const labelOf = new Map<string, number>();
  for (let i = 0; i < alphabet.length; i++) labelOf.set(alphabet[i]!, i);

  const final: number[] = [];
  const edgeCount: number[] = [];
  const edgeLabel: number[] = [];
  const edgeTarget = new GrowableU32();
  const register = new Map<string, number>();

  const freeze = (node: PathNode): number => {
    let key = node.final ? '1' : '0';
    for (let i = 0; i < node.labels.length; i++) key += `${node.labels[i]}:${node.targets[i]},`;
    const existing = register.get(key);
    if (existing !== undefined) return existing;
    const id = final.length;
    final.push(node.final ? 1 : 0);
    edgeCount.push(node.labels.length);
    for (let i = 0; i < node.labels.length; i++) {
      edgeLabel.push(node.labels[i]!);
      edgeTarget.push(node.targets[i]!);
    }
    register.set(key, id);
    return id;
  };

  const path: PathNode[] = [{ final: false, labels: [], targets: [] }];
  // The last edge of path[d] (d < depth) points at the unfrozen path[d + 1]; its target is filled in on freezing.
  const freezeDownTo = (depth: number): void => {
    for (let d = path.length - 1; d > depth; d--) {
      const id = freeze(path[d]!);
      const parent = path[d - 1]!;
      parent.targets[parent.targets.length - 1] = id;
      path.pop();
    }
  };

  let previous = '';
  let wordCount = 0;
  for (const word of words) {
    if (word.length === 0) continue;
    if (word <= previous) {
      if (word === previous) continue;
      throw new Error(`words not sorted: ${previous} before ${word}`);
    }
    const chars = [...word];
    const prevChars = [...previous];
    let common = 0;
    while (common < chars.length && common < prevChars.length && chars[common] === prevChars[common])
      common++;
    freezeDownTo(common);
    for (let i = common; i < chars.length; i++) {
      const parent = path[i]!;
      parent.labels.push(labelOf.get(chars[i]!)!);
      parent.targets.push(-1);
      path.push({ final: false, labels: [], targets: [] });
    }
    path[chars.length]!.final = true;
    previous = word;
    wordCount++;
  }
  freezeDownTo(0);
  const root = freeze(path[0]!);
  return {
    alphabet,
    root,
    final: Uint8Array.from(final),
    edgeCount: Uint8Array.from(edgeCount),
    edgeLabel: Uint8Array.from(edgeLabel),
    edgeTarget: edgeTarget.toArray(),
    wordCount,
  };
}
