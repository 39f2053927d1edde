/**
 * Makes Polish text look like English-model OCR of it, with the confusion rates measured on this
 * machine (shared/DEPENDENCY_NOTES.md: ł→t 68 %, ó→é 66 %, ć→¢ 74 %, …). Training-time augmentation
 * only: the language calibration and the type classifier see mangled Polish labelled as what it is.
 */

/** Deterministic PRNG (mulberry32) so every build draws the same corruptions. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A string's 32-bit FNV-1a hash, to seed per-document randomness from its id. */
export function hashSeed(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

type Choices = ReadonlyArray<readonly [string, number]>;

const CONFUSIONS: Record<string, Choices> = {
  ą: [
    ['a', 0.86],
    ['g', 0.14],
  ],
  ć: [
    ['¢', 0.74],
    ['c', 0.16],
    ['é', 0.1],
  ],
  ę: [['e', 1]],
  ł: [
    ['t', 0.68],
    ['l', 0.3],
    ['i', 0.01],
    ['f', 0.01],
  ],
  ń: [
    ['n', 0.85],
    ['i', 0.05],
    ['ri', 0.05],
    ['nh', 0.05],
  ],
  ó: [
    ['é', 0.66],
    ['o', 0.26],
    ['d', 0.04],
    ['6', 0.04],
  ],
  ś: [
    ['s', 0.8],
    ['$', 0.15],
    ['S', 0.05],
  ],
  ź: [['z', 1]],
  ż: [['z', 1]],
  '„': [['"', 1]],
  '•': [['e', 1]],
};

function pick(choices: Choices, r: number): string {
  let acc = 0;
  for (const [out, p] of choices) {
    acc += p;
    if (r < acc) return out;
  }
  return choices[choices.length - 1]![0];
}

/** Replaces every Polish letter by what English-model OCR reads; the result is not Polish-spelled. */
export function simulateWrongModelOcr(text: string, seed: number): string {
  const random = seededRandom(seed);
  let out = '';
  for (const c of text) {
    const lower = c.toLowerCase();
    const choices = CONFUSIONS[lower];
    if (!choices) {
      out += c;
      continue;
    }
    const read = pick(choices, random());
    out += c !== lower ? read.toUpperCase() : read;
  }
  // A word-final ć can vanish altogether (`rozwija¢` is common, `rozwija` happens).
  return out.replace(/¢(?=\s)/g, () => (random() < 0.1 ? '' : '¢'));
}
