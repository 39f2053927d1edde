import type { Lexicon } from '@skryba/lexicon';
import { franc } from 'franc';
import type { RepairToken } from './splitRepairTokens.ts';

/** What a block of text says about itself: is it Polish, and was it OCR'd with the wrong model? */
export interface BlockEvidence {
  /** Word tokens of two or more letters. */
  words: number;
  /** Words the Polish lexicon holds as written. */
  known: number;
  /** Unknown words containing a character no Polish word has (`é`, `¢`, `$`, a digit): OCR glyphs. */
  glyphWords: number;
  /** Other unknown words that become lexicon words under the confusion model (`spoteczne`). */
  repairableWords: number;
  /** Letters in the block. */
  letters: number;
  /** Polish diacritic letters (ąćęłńóśźż) among all letters. */
  diacriticShare: number;
  /** Letters no Polish word has but other languages' words do (`č ř ě š ů ä ö ü ß í á ý`). */
  foreignLetters: number;
  /**
   * franc's language for the block: consulted only when the lexicon cannot tell (a block without
   * Polish diacritics whose words are neither clearly Polish nor clearly not); otherwise `pol` for a
   * block that reads as Polish, `und` for one too short or too foreign to tell.
   */
  francCode: string;
}

const POLISH_DIACRITICS = /[ąćęłńóśźżĄĆĘŁŃÓŚŹŻ]/gu;
const LETTERS = /\p{L}/gu;
const FOREIGN_LETTERS = /[čřěšůäöüßíáýúňťďČŘĚŠŮÄÖÜÍÁÝÚŇŤĎàèùâêîôûçñ]/gu;
const LANGUAGES = ['pol', 'eng', 'deu', 'ces', 'slk', 'fra', 'ita', 'spa', 'nld', 'hun', 'ukr', 'rus'];

/**
 * Gathers the evidence from a block's tokens (`text` is the block, for franc). `isRepairable` tells
 * whether an unknown word turns into a lexicon word under the confusion model; without it that
 * evidence is not counted.
 */
export function blockEvidence(
  text: string,
  tokens: readonly RepairToken[],
  lexicon: Lexicon,
  isRepairable?: (word: string) => boolean,
): BlockEvidence {
  let words = 0;
  let known = 0;
  let glyphWords = 0;
  let repairableWords = 0;
  for (const token of tokens) {
    if (token.kind !== 'word' || token.text.length < 2) continue;
    words++;
    if (lexicon.has(token.text)) known++;
    else if (/[^\p{L}]|[^a-zA-ZąćęłńóśźżĄĆĘŁŃÓŚŹŻ]/u.test(token.text)) glyphWords++;
    else if (isRepairable?.(token.text)) repairableWords++;
  }
  const letters = text.match(LETTERS)?.length ?? 0;
  const diacritics = text.match(POLISH_DIACRITICS)?.length ?? 0;
  const foreignLetters = text.match(FOREIGN_LETTERS)?.length ?? 0;
  // franc is slow next to the lexicon; ask it only when the words leave the question open. Only
  // words the lexicon knows as written count here: English words too can turn into Polish ones under
  // the OCR channel (`take` → `łąkę`), so repairable words prove nothing about the language.
  const knownShare = words === 0 ? 0 : known / words;
  // A longer block whose words nearly all read as Polish once OCR confusions are undone needs no
  // franc either: English or German prose never gets there.
  const readsPolish = words >= 8 && (known + repairableWords + glyphWords) / words >= 0.9;
  const clear =
    letters > 0 &&
    foreignLetters === 0 &&
    (diacritics / letters >= 0.02 || knownShare >= 0.75 || readsPolish);
  let francCode = 'und';
  if (clear) francCode = 'pol';
  else if (text.length >= 40) francCode = franc(text, { only: LANGUAGES, minLength: 40 });
  return {
    words,
    known,
    glyphWords,
    repairableWords,
    letters,
    diacriticShare: letters === 0 ? 0 : diacritics / letters,
    foreignLetters,
    francCode,
  };
}

/**
 * Polish prose has about one diacritic letter (ąćęłńóśźż) in fifteen; text OCR'd with an English
 * model has next to none. Below this share a long Polish block has lost its diacritics.
 */
export const MANGLED_DIACRITIC_SHARE = 0.012;
const CLEAN_RATE = 0.065;
const MANGLED_RATE = 0.002;
/** Log-likelihood ratio (nats) beyond which a block decides on its own. */
const DECISIVE = 6;

/**
 * Evidence for "wrong-model OCR" against "correct Polish", in nats: the number of diacritic letters
 * under each hypothesis (binomial: about 6.5 % of letters in correct Polish, 0.2 % in mangled text)
 * plus the OCR glyphs found inside words (`é`, `¢`, `$`, digits), rare in correct Polish, and the
 * unknown words that read as Polish words once OCR confusions are undone.
 */
export function mangledLogLikelihoodRatio(b: BlockEvidence): number {
  const d = Math.round(b.diacriticShare * b.letters);
  return (
    d * Math.log(MANGLED_RATE / CLEAN_RATE) +
    (b.letters - d) * Math.log((1 - MANGLED_RATE) / (1 - CLEAN_RATE)) +
    3 * b.glyphWords +
    2 * b.repairableWords
  );
}

/**
 * Decides, for every block of a document, whether it is Polish that wrong-model OCR stripped of its
 * diacritics (`true`: repair it) or text to leave alone (correct Polish, another language). A block
 * with decisive evidence decides alone; a short one (a heading, a signature) follows the document:
 * a heading in a mangled letter is mangled, a diacritic-free line in a clean one is not.
 */
export function judgeBlocks(blocks: readonly BlockEvidence[]): boolean[] {
  const polishLooking = blocks.map(
    (b) =>
      b.words > 0 &&
      (b.francCode === 'pol' ||
        (b.francCode === 'und' && ((b.known + b.repairableWords) / b.words >= 0.3 || b.glyphWords > 0))),
  );
  const ratios = blocks.map(mangledLogLikelihoodRatio);
  const documentRatio = ratios.reduce((sum, r, i) => sum + (polishLooking[i] ? r : 0), 0);
  return blocks.map((b, i) => {
    if (!polishLooking[i] || b.foreignLetters > 0.01 * b.letters) return false;
    if (b.diacriticShare >= MANGLED_DIACRITIC_SHARE && ratios[i]! < 0) return false;
    if (ratios[i]! >= DECISIVE) return true;
    if (ratios[i]! <= -DECISIVE) return false;
    return documentRatio >= DECISIVE;
  });
}
