/**
 * Open-addressing hash table keyed by a pair of non-zero 32-bit ids (a unigram uses b = 0), with a
 * fixed number of float columns per key. Grows by doubling at a load factor of 0.5.
 */
export class PairTable {
  private keysA: Uint32Array;
  private keysB: Uint32Array;
  private cols: Float64Array[];
  private mask: number;
  /** Number of keys held. */
  size = 0;

  constructor(
    readonly columns: number,
    expected = 16,
  ) {
    let capacity = 16;
    while (capacity < expected * 2) capacity *= 2;
    this.keysA = new Uint32Array(capacity);
    this.keysB = new Uint32Array(capacity);
    this.cols = Array.from({ length: columns }, () => new Float64Array(capacity));
    this.mask = capacity - 1;
  }

  get capacity(): number {
    return this.keysA.length;
  }

  private home(a: number, b: number): number {
    let h = Math.imul(a, 0x9e3779b1) ^ Math.imul(b ^ 0x7f4a7c15, 0x85ebca77);
    h ^= h >>> 15;
    return h & this.mask;
  }

  /** The slot holding (a, b), or −1. */
  find(a: number, b: number): number {
    let s = this.home(a, b);
    for (;;) {
      const k = this.keysA[s]!;
      if (k === 0) return -1;
      if (k === a && this.keysB[s] === b) return s;
      s = (s + 1) & this.mask;
    }
  }

  /** The slot of (a, b), created with zero values when absent. `a` must not be 0. */
  insert(a: number, b: number): number {
    if ((this.size + 1) * 2 > this.keysA.length) this.grow();
    let s = this.home(a, b);
    for (;;) {
      const k = this.keysA[s]!;
      if (k === 0) {
        this.keysA[s] = a;
        this.keysB[s] = b;
        this.size++;
        return s;
      }
      if (k === a && this.keysB[s] === b) return s;
      s = (s + 1) & this.mask;
    }
  }

  get(a: number, b: number, column = 0): number {
    const s = this.find(a, b);
    return s < 0 ? 0 : this.cols[column]![s]!;
  }

  /** Adds `delta` to a column of (a, b) and returns the new value. */
  add(a: number, b: number, delta: number, column = 0): number {
    const s = this.insert(a, b);
    const col = this.cols[column]!;
    col[s] = col[s]! + delta;
    return col[s]!;
  }

  value(slot: number, column = 0): number {
    return this.cols[column]![slot]!;
  }

  setValue(slot: number, column: number, value: number): void {
    this.cols[column]![slot] = value;
  }

  keyA(slot: number): number {
    return this.keysA[slot]!;
  }

  keyB(slot: number): number {
    return this.keysB[slot]!;
  }

  /** Calls `fn` for every occupied slot (in table order). */
  forEachSlot(fn: (slot: number) => void): void {
    for (let s = 0; s < this.keysA.length; s++) if (this.keysA[s] !== 0) fn(s);
  }

  private grow(): void {
    const oldA = this.keysA;
    const oldB = this.keysB;
    const oldCols = this.cols;
    const capacity = oldA.length * 2;
    this.keysA = new Uint32Array(capacity);
    this.keysB = new Uint32Array(capacity);
    this.cols = Array.from({ length: this.columns }, () => new Float64Array(capacity));
    this.mask = capacity - 1;
    this.size = 0;
    for (let s = 0; s < oldA.length; s++) {
      if (oldA[s] === 0) continue;
      const t = this.insert(oldA[s]!, oldB[s]!);
      for (let c = 0; c < this.columns; c++) this.cols[c]![t] = oldCols[c]![s]!;
    }
  }
}
