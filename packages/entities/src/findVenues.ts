import type { Venue } from '@skryba/schema';
import { findNamedPlaces } from './findNamedPlaces.ts';

// `ul. Sądowej 4`, `pl. Wszystkich Świętych 3-4`, `al. 29 Listopada 10`, `Rynek Główny 1`,
// `ul. Nowe Ogrody 8/12`, `ul. gen. Józefa Bema 5`: a street word, a name, a house number.
const STREET = String.raw`(?:ul\.|ulica|ulicy|ulicę|al\.|Al\.|aleja|Aleja|alei|Alei|al(?=\s)|pl\.|Pl\.|plac|Plac|placu|Placu|os\.|Os\.|osiedle|Osiedle|osiedlu|Osiedlu|Rynek|Rynku|Rynkiem|rondo|Rondo|rondzie|Rondzie|bulwar|Bulwar|skwer|Skwer)`;
const NAME_WORD = String.raw`(?:\p{Lu}[\p{L}'’-]*|\p{Lu}\p{Ll}{0,3}\.|(?:pod|nad|za|przy|na)(?=\s+\p{Lu})|\d{1,2}(?=\s+\p{Lu})|(?:gen|ks|św|bp|kard|marsz|prof|dr|im|płk|hetm|kpt|por|mjr|abp|bł|o)\.)`;
const NUMBER = String.raw`\d{1,4}[a-zA-Z]?(?:\s?[-–/]\s?\d{1,4}[a-zA-Z]?)?(?![\d\p{L}]|[.,]\d|-\d{3}|:\d)`;
// A market square may stand without a name: `Rynek 1`.
const ADDRESS = new RegExp(
  String.raw`(?<![\p{L}])(?:${STREET}\s+(?:${NAME_WORD}\s+){0,4}${NAME_WORD}|Rynek|Rynku)\s+${NUMBER}`,
  'gu',
);

// After the address: postal code and town, rooms, floors, `w Zakopanem`, a closing bracket.
const TAIL_PART =
  /^(?:,?\s*\d{2}-\d{3}\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?|,?\s*(?:w\s+)?pok(?:ój|oju|oj|\.)\s*(?:nr\.?\s*)?\d+[a-z]?|,?\s*(?:w\s+)?sal(?:a|i|ę)(?:\s+\p{Ll}+){0,2}\s*(?:nr\.?\s*)?\d+[a-z]?|,?\s*(?:[IVX]+|\d{1,2})\s+piętr(?:o|ze)|,?\s*parter(?:ze)?|,?\s*lok(?:al|\.)\s*(?:nr\s*)?\d+|\s+w\s+\p{Lu}[\p{L}-]+(?=[\s.,;)]))/u;

// Words that can open a venue phrase in lower case: `siedzibie Referatu`, `salach im.`, `boisku`.
const PLACE_NOUN =
  /^(?:siedzib|sal[aięo]|salach|sal$|budyn|gmach|boisk|podwór|parking|plac|lokal|hal[aię]|aul|pomieszcz|pawilon|świetlic|biur|kancelari|punkt|pok|dziedzi|ogród|ogrod|teren|skwer|park|namiot|scen|korytarz|holu|hol)/iu;
// Lower-case words allowed inside a venue name: `Rady i Zarządu`, `Szkoły Podstawowej nr 162`.
const INNER = /^(?:i|im\.|nr|ds\.|w|we|z|m\.st\.|m\.|st\.|pw\.|sp\.|o\.o\.|przy|oraz)$/u;
const WORD_BACK = /([\p{L}\d][\p{L}\d.'’-]*)(\s*)$/u;
const ABBREVIATION = /^(?:ds|im|nr|św|gen|ks|bp|m\.st|m|st|pw|sp|o\.o|prof|dr|al|ul|pl|os|\p{Lu})\.$/u;

/** The addressee's own postal address in a letter's address block is not a venue. */
function inAddressBlock(text: string, start: number): boolean {
  const lines = text
    .slice(Math.max(0, start - 300), start)
    .split('\n')
    .slice(-5);
  const block: string[] = [];
  for (let i = lines.length - 1; i >= 0; i--) {
    if (lines[i]!.trim() === '' && i < lines.length - 1) break;
    block.push(lines[i]!);
  }
  return block.some((l) => /^[\s*_]*(?:pan|pani|sz\.\s?p\.?|szanown\p{L}*\s+pan\p{L}*)[\s*_]*$/iu.test(l));
}

/** The institution or place phrase that ends at `end` (before `, ul.` / `przy ul.` / a new line). */
function institutionBefore(text: string, end: number): number {
  let pos = end;
  let start = end;
  let words = 0;
  while (words < 14) {
    const m = WORD_BACK.exec(text.slice(Math.max(0, pos - 60), pos));
    if (!m) break;
    const word = m[1]!;
    // A blank line, or a word closing the previous sentence (`Krakowie.`), ends the phrase.
    if (/\n\s*\n/u.test(m[2]!)) break;
    if (word.endsWith('.') && !ABBREVIATION.test(word)) break;
    const capital = /^[\p{Lu}\d]/u.test(word);
    const place = !capital && PLACE_NOUN.test(word);
    if (!capital && !place && !INNER.test(word)) break;
    // `Spotkanie w XIII Liceum`: across a `w` only a name continues, not a sentence's first word.
    if (capital && /^(?:w|we)\s/u.test(text.slice(pos, pos + 3))) {
      const lead = text.slice(Math.max(0, pos - m[0].length - 3), pos - m[0].length);
      if (lead === '' || /(?:^|[.!?:]\s*|\n\s*)$/u.test(lead)) break;
    }
    pos -= m[0].length;
    words++;
    if (capital || place) start = pos;
    // A lower-case place noun opens the phrase: nothing before it belongs to the venue.
    if (place) break;
    if (/[,;:!?"„”()–]\s*$/u.test(text.slice(Math.max(0, pos - 3), pos))) break;
  }
  return start;
}

/**
 * Places where things happen and office addresses for contact or submission: every street
 * address with a house number (`ul. Zabłocie 22`), widened to the institution or room named with
 * it (`siedzibie Referatu ds. Partycypacji i Dialogu, ul. Zabłocie 22, pokój 13`). Streets named
 * without a number are the subject of a text, not a place to go, and the addressee's own address
 * in a letter's address block is left out.
 */
export function findVenues(text: string): Venue[] {
  const out: Venue[] = [];
  const seen = new Set<string>();
  for (const m of text.matchAll(ADDRESS)) {
    const address = m[0];
    const aStart = m.index;
    let end = aStart + address.length;
    if (inAddressBlock(text, aStart)) continue;
    for (let k = 0; k < 4; k++) {
      const tail = TAIL_PART.exec(text.slice(end, end + 80));
      if (!tail) break;
      end += tail[0].length;
    }
    let start = aStart;
    const link = /(?:,\s*|\s+przy\s+|\s*\(\s*|\s*\n\s*|\s+[–-]\s+)$/u.exec(
      text.slice(Math.max(0, aStart - 12), aStart),
    );
    if (link) {
      const linkStart = aStart - link[0].length;
      const institution = institutionBefore(text, linkStart);
      if (institution < linkStart) start = institution;
      if (link[0].includes('(') && text[end] === ')') end++;
    }
    // A letterhead line above `ul. …` counts only when it is the institution's name, not a sentence.
    const venueText = text.slice(start, end);
    if (/[.!?]\s*\n/u.test(venueText)) start = aStart;
    const key = text.slice(start, end).replace(/\s+/gu, ' ');
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ text: text.slice(start, end), start, end, address });
  }
  return [...out, ...findNamedPlaces(text, out)].sort((a, b) => a.start - b.start);
}
