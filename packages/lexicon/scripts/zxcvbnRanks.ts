import { dictionary } from '@zxcvbn-ts/language-pl';
import type { Lexicon } from '../src/Lexicon.ts';

/** Per word number: the 1-based rank among zxcvbn's common words and among its names (0 = absent). */
export function zxcvbnRanks(lexicon: Lexicon): { commonRank: Uint32Array; nameRank: Uint32Array } {
  const commonRank = new Uint32Array(lexicon.size);
  const nameRank = new Uint32Array(lexicon.size);
  dictionary.commonWords.forEach((word, i) => {
    const index = lexicon.indexOf(word);
    if (index >= 0 && commonRank[index] === 0) commonRank[index] = i + 1;
  });
  const lists = [
    dictionary.maleFirstnames,
    dictionary.femaleFirstnames,
    dictionary.maleLastnames,
    dictionary.femaleLastnames,
  ];
  for (const list of lists) {
    list.forEach((word, i) => {
      const index = lexicon.indexOf(word);
      if (index >= 0 && (nameRank[index] === 0 || nameRank[index]! > i + 1)) nameRank[index] = i + 1;
    });
  }
  return { commonRank, nameRank };
}
