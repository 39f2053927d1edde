import { francAll } from 'franc';
import { foldText } from './foldText.ts';
import { LANGUAGE_PROFILES } from './languageProfiles.ts';

/** Names of the per-language features, in the order of `LanguageFeatures.perLanguage[i]`. */
export const LANGUAGE_FEATURE_NAMES = [
  'francTop',
  'franc',
  'francGapXlogLetters',
  'francGapXletters',
  'functionWordShare',
  'logFunctionWordHits',
  'logDistinctiveLetters',
  'logForeignLetters',
] as const;

export interface LanguageFeatures {
  /** Letters (`\p{L}`) in the text: the evidence there is to go on. */
  letters: number;
  /** One feature vector per candidate language, in the order of the `languages` argument. */
  perLanguage: number[][];
}

const LETTER = /\p{L}/u;
const TOKEN = /[^\p{L}\p{N}]+/u;
const foldedWordSets = new Map<string, Set<string>>();

function functionWordsOf(code: string): Set<string> {
  let set = foldedWordSets.get(code);
  if (!set) {
    set = new Set((LANGUAGE_PROFILES[code]?.functionWords ?? []).map(foldText));
    foldedWordSets.set(code, set);
  }
  return set;
}

/**
 * The evidence for each candidate language in one span of text: whether franc ranks it first, its
 * relative trigram score (1 for the best guess; franc reads only the first 2,048 characters, so
 * callers pass windows shorter than that), the gap to the best scaled by the log of the length and
 * by the length (franc normalises distances by length, so the same gap means more on longer text), the share and count of the language's function words among the tokens (they survive OCR
 * mangling and carry short text), and the count of letters only that language uses or that its
 * alphabet lacks.
 */
export function languageFeatures(text: string, languages: readonly string[]): LanguageFeatures {
  const lower = text.toLowerCase();
  let letters = 0;
  const letterCounts = new Map<string, number>();
  for (const c of lower) {
    if (!LETTER.test(c)) continue;
    letters++;
    letterCounts.set(c, (letterCounts.get(c) ?? 0) + 1);
  }
  const tokens = foldText(lower)
    .split(TOKEN)
    .filter((t) => t.length > 0 && !/^\d+$/.test(t));
  const franc = new Map<string, number>();
  if (letters > 0) {
    for (const [code, score] of francAll(text, { only: [...languages], minLength: 1 }))
      franc.set(code, score);
  }
  const logLetters = Math.log1p(letters);
  const francTop = franc.keys().next().value;
  const perLanguage = languages.map((code) => {
    const profile = LANGUAGE_PROFILES[code];
    const words = functionWordsOf(code);
    let hits = 0;
    for (const t of tokens) if (words.has(t)) hits++;
    let distinctive = 0;
    let foreign = 0;
    for (const [c, n] of letterCounts) {
      if (profile?.distinctive.includes(c)) distinctive += n;
      if (profile && !profile.alphabet.includes(c)) foreign += n;
    }
    const score = franc.get(code) ?? 0;
    return [
      code === francTop ? 1 : 0,
      score,
      (score - 1) * logLetters,
      ((score - 1) * Math.min(letters, 2000)) / 100,
      tokens.length > 0 ? hits / tokens.length : 0,
      Math.log1p(hits),
      Math.log1p(distinctive),
      Math.log1p(foreign),
    ];
  });
  return { letters, perLanguage };
}
