import { dictionary } from '@zxcvbn-ts/language-pl';
import type { NameLists } from './createEntityResources.ts';

/**
 * Polish first names and surnames from `@zxcvbn-ts/language-pl` (MIT; frequency-ranked lists
 * compiled for password strength estimation). Only Polish-looking first names are kept: the lists
 * also hold foreign names (`van`, `tom`, `ali`) that would turn capitalised words into people.
 * @param commonWordCount how many of the most frequent ordinary words to keep
 * @defaultValue commonWordCount 15000
 */
export function loadPolishNameLists(commonWordCount = 15000): NameLists {
  const polish = (names: string[]) =>
    names.filter((n) => n.length >= 3 && /^[a-ząćęłńóśźż]+$/u.test(n) && !/(?:q|x|v|th|ck|ph|sh)/u.test(n));
  return {
    maleFirstNames: polish(dictionary.maleFirstnames),
    femaleFirstNames: polish(dictionary.femaleFirstnames),
    maleSurnames: dictionary.maleLastnames,
    femaleSurnames: dictionary.femaleLastnames,
    commonWords: dictionary.commonWords.slice(0, commonWordCount),
  };
}
