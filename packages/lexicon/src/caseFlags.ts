/**
 * Per-word flags, one byte per word number. Forms are stored lowercase; these bits remember how the
 * sources wrote them, so `Kraków` (only ever capitalised) is known as a proper noun.
 */
export const WordFlag = {
  /** Written all-lowercase in a source (`kraków` never is; `dom` is). */
  lower: 1,
  /** Written with an initial capital and the rest lowercase (`Kraków`, also `A`). */
  capitalized: 2,
  /** Written in capitals (`PKP`, `NATO`, also single letters like `A`). */
  upper: 4,
  /** Written with some other mix of cases (`McDonald`). */
  mixed: 8,
  /** A first name in the @zxcvbn-ts/language-pl lists. */
  firstName: 16,
  /** A surname in the @zxcvbn-ts/language-pl lists. */
  surname: 32,
  /** One of the @zxcvbn-ts/language-pl common words (frequency-ranked subtitles). */
  common: 64,
} as const;

/** How a written word uses case. */
export type CaseShape = 'lower' | 'capitalized' | 'upper' | 'mixed' | 'none';

/** Classifies the case of a word as written (`none` when it has no cased letter). */
export function caseShapeOf(word: string): CaseShape {
  const lower = word.toLowerCase();
  const upper = word.toUpperCase();
  if (lower === upper) return 'none';
  if (word === lower) return 'lower';
  if (word === upper) return [...word].length === 1 ? 'capitalized' : 'upper';
  const first = word.slice(0, 1);
  if (first === first.toUpperCase() && word.slice(1) === word.slice(1).toLowerCase()) return 'capitalized';
  return 'mixed';
}

/** The flag bits a written form contributes. */
export function flagsOfShape(shape: CaseShape): number {
  switch (shape) {
    case 'lower':
    case 'none':
      return WordFlag.lower;
    case 'capitalized':
      return WordFlag.capitalized;
    case 'upper':
      return WordFlag.upper;
    case 'mixed':
      return WordFlag.mixed;
  }
}

/** Writes a lowercase form in the given shape (`mixed` cannot be restored and stays lowercase). */
export function applyCaseShape(lowercase: string, shape: CaseShape): string {
  switch (shape) {
    case 'capitalized':
      return lowercase.slice(0, 1).toUpperCase() + lowercase.slice(1);
    case 'upper':
      return lowercase.toUpperCase();
    default:
      return lowercase;
  }
}

/** True when the sources only ever write the word with a capital: a proper noun such as `Krakowie`. */
export function isProperNoun(flags: number): boolean {
  return (
    (flags & WordFlag.lower) === 0 &&
    (flags & (WordFlag.capitalized | WordFlag.firstName | WordFlag.surname)) !== 0
  );
}

/** The shape to write a word in when nothing else is known: capitalised for proper nouns, else lowercase. */
export function preferredShape(flags: number): CaseShape {
  if (flags & WordFlag.lower) return 'lower';
  if (flags & WordFlag.capitalized || flags & (WordFlag.firstName | WordFlag.surname)) return 'capitalized';
  if (flags & WordFlag.upper) return 'upper';
  return 'lower';
}
