/**
 * Polish month names as they follow a day number, folded (see `foldText`): genitive forms
 * (`28 lutego`), nominatives (rare after a day, but seen in headers) and the three-letter
 * abbreviations used on stamps (`11 LUT. 2019`), plus Roman numerals (`11.II.2019`).
 */
const GENITIVE = [
  'stycznia',
  'lutego',
  'marca',
  'kwietnia',
  'maja',
  'czerwca',
  'lipca',
  'sierpnia',
  'wrzesnia',
  'pazdziernika',
  'listopada',
  'grudnia',
];
const NOMINATIVE = [
  'styczen',
  'luty',
  'marzec',
  'kwiecien',
  'maj',
  'czerwiec',
  'lipiec',
  'sierpien',
  'wrzesien',
  'pazdziernik',
  'listopad',
  'grudzien',
];
const ABBREVIATION = ['sty', 'lut', 'mar', 'kwi', 'maj', 'cze', 'lip', 'sie', 'wrz', 'paz', 'lis', 'gru'];
const ROMAN = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii'];

/** Alternation (longest first) matching a folded month word; abbreviations need the dot or a year. */
export const MONTH_WORD_SOURCE = [...GENITIVE, ...NOMINATIVE].sort((a, b) => b.length - a.length).join('|');
export const MONTH_ABBREVIATION_SOURCE = ABBREVIATION.join('|');
export const ROMAN_MONTH_SOURCE = [...ROMAN].sort((a, b) => b.length - a.length).join('|');

/** 1-based month of a folded month word, abbreviation or Roman numeral, or null. */
export function monthNumber(folded: string): number | null {
  const word = folded.replace(/\.$/, '');
  for (const list of [GENITIVE, NOMINATIVE, ABBREVIATION, ROMAN]) {
    const i = list.indexOf(word);
    if (i >= 0) return i + 1;
  }
  return null;
}

/** Folded weekday forms that stand before a date: `od poniedziałku 6 maja`, `w czwartek 11 kwietnia`. */
export const WEEKDAY_SOURCE =
  '(?:poniedzialek|poniedzialku|wtorek|wtorku|sroda|srode|srody|czwartek|czwartku|piatek|piatku|sobota|sobote|soboty|niedziela|niedziele|niedzieli)';

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Whether day/month (and year when known) name a real calendar day. */
export function isValidDay(day: number, month: number, year: number | null): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  if (day > DAYS_IN_MONTH[month - 1]!) return false;
  if (month === 2 && day === 29 && year !== null) {
    return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  }
  return true;
}
