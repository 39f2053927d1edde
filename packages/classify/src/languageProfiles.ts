/**
 * Hand-written per-language evidence that franc's trigram profiles miss on short text: the most
 * frequent function words (diacritic-folded, so `się` and OCR's `sie` both count) and the letters a
 * language's alphabet has. Written for skryba from general knowledge of the languages (no word
 * list was copied), so they carry the project's licence.
 */
export interface LanguageProfile {
  /** Folded lowercase function words. */
  functionWords: readonly string[];
  /** Letters only this language (of the supported set) uses; their presence is strong evidence. */
  distinctive: string;
  /** Every lowercase letter of the alphabet; letters outside it are evidence against. */
  alphabet: string;
}

const words = (list: string): string[] => list.split(' ');

const LATIN = 'abcdefghijklmnopqrstuvwxyz';
const CYRILLIC = 'абвгдежзийклмнопрстуфхцчшщъыьэюя';

export const LANGUAGE_PROFILES: Record<string, LanguageProfile> = {
  pol: {
    functionWords: words(
      'i w z na do sie nie ze to jest oraz dla przez od po o jak a ktory ktora ktore ktorych tym tego przy lub jego ich takze rowniez sa byl bedzie moze pan pani ul roku dnia tej we czy juz tak gdy jako ktorzy wiec tylko aby bardzo jednak',
    ),
    distinctive: 'ąęłńśźżć',
    alphabet: `${LATIN}ąćęłńóśźż`,
  },
  eng: {
    functionWords: words(
      'the of and to in is that for it with as on be by this are from or an at which not will can you your have has was were their they we our all if its been would there when',
    ),
    distinctive: '',
    alphabet: LATIN,
  },
  deu: {
    functionWords: words(
      'der die und in den von zu das mit sich des auf fur ist im dem nicht ein eine einer als auch es an werden aus er hat dass sie nach wird bei oder um wie sind wir ich sie zum zur uber',
    ),
    distinctive: 'ßäöü',
    alphabet: `${LATIN}äöüß`,
  },
  ces: {
    functionWords: words(
      'a v se na je ze s z o do to k i jako pro ktery ktera ktere by jsou byl bylo jeho ale nebo tak jak po pri jsem jste take uz jiz muze lze pokud tedy jen jejich tento tato toto mezi',
    ),
    distinctive: 'ěřů',
    alphabet: `${LATIN}áčďéěíňóřšťúůýž`,
  },
  slk: {
    functionWords: words(
      'a v sa na je ze s z o do to k ako pre ktory ktora ktore by su bol bolo jeho ale alebo tak po pri som aj uz len co ked ani vsak tiez ich medzi tento tato toto nie si',
    ),
    distinctive: 'ľĺŕôä',
    alphabet: `${LATIN}áäčďéíĺľňóôŕšťúýž`,
  },
  fra: {
    functionWords: words(
      'le la les de des et en un une du est que qui dans pour pas par sur au aux avec ce cette il vous sont ou ne se plus',
    ),
    distinctive: 'àâçèêëîïœùûÿ',
    alphabet: `${LATIN}àâæçéèêëîïôœùûüÿ`,
  },
  ita: {
    functionWords: words(
      'il di che e la per un una in del della non sono si con da al le gli dei nel come questo anche alla delle viene essere',
    ),
    distinctive: 'àèìòù',
    alphabet: `${LATIN}àèéìíîòóùú`,
  },
  spa: {
    functionWords: words(
      'el la de que y en los las un una del por para con no es se al lo como mas su sus este esta puede si entre cuando',
    ),
    distinctive: 'ñ¿¡',
    alphabet: `${LATIN}áéíñóúü`,
  },
  rus: {
    functionWords: words(
      'и в не на что с по это как к для из от или при у же то так его быть она он мы вы если только также был все',
    ),
    distinctive: 'ыэъё',
    alphabet: `${CYRILLIC}ё`,
  },
  ukr: {
    functionWords: words(
      'і в у на що з не до це як для та або від при його є він вона ми ви так також якщо лише буде їх які який',
    ),
    distinctive: 'іїєґ',
    alphabet: `${CYRILLIC.replace(/[ыэъ]/g, '')}іїєґ'`,
  },
};

/** The languages franc is restricted to unless the caller chooses others (then recalibrate). */
export const DEFAULT_LANGUAGES = [
  'pol',
  'eng',
  'deu',
  'ces',
  'slk',
  'fra',
  'ita',
  'spa',
  'rus',
  'ukr',
] as const;
