import type { Venue } from '@skryba/schema';
import { findNamedPlaces } from './findNamedPlaces.ts';
import { findRooms } from './findRooms.ts';
import { institutionBefore } from './institutionBefore.ts';

// `ul. Sądowej 4`, `pl. Wszystkich Świętych 3-4`, `al. 29 Listopada 10`, `Rynek Główny 1`,
// `ul. Nowe Ogrody 8/12`, `ul. gen. Józefa Bema 5`: a street word, a name, a house number.
const STREET = String.raw`(?:ul\.|ulica|ulicy|ulicę|al\.|Al\.|aleja|Aleja|alei|Alei|al(?=\s)|pl\.|Pl\.|plac|Plac|placu|Placu|os\.|Os\.|osiedle|Osiedle|osiedlu|Osiedlu|Rynek|Rynku|Rynkiem|rondo|Rondo|rondzie|Rondzie|bulwar|Bulwar|skwer|Skwer)`;
const NAME_WORD = String.raw`(?:\p{Lu}[\p{L}'’-]*|\p{Lu}\p{Ll}{0,3}\.|(?:pod|nad|za|przy|na|i)(?=\s+\p{Lu})|\d{1,2}(?=\s+\p{Lu})|(?:gen|ks|św|bp|kard|marsz|prof|dr|im|płk|hetm|kpt|por|mjr|abp|bł|o)\.)`;
const NUMBER = String.raw`\d{1,4}[a-zA-Z]?(?:\s?[-–/]\s?\d{1,4}[a-zA-Z]?)?(?![\d\p{L}]|[.,]\d|-\d{3}|:\d)`;
// A market square may stand without a name: `Rynek 1`.
const ADDRESS = new RegExp(
  String.raw`(?<![\p{L}])(?:${STREET}\s+(?:${NAME_WORD}\s+){0,4}${NAME_WORD}|Rynek|Rynku)\s+${NUMBER}`,
  'gu',
);

// After the address: postal code and town, rooms, floors, `w Zakopanem`, a closing bracket.
const TAIL_PART =
  /^(?:,?\s*\d{2}-\d{3}[ \t]+\p{Lu}[\p{L}-]*(?:[ \t]+\p{Lu}[\p{L}-]*)?|,?\s*(?:w\s+)?pok(?:ój|oju|oj|\.)\s*(?:nr\.?\s*)?\d+[a-z]?|,?\s*(?:w\s+)?sal(?:a|i|ę)(?:\s+\p{Ll}+){0,2}\s*(?:nr\.?\s*)?\d+[a-z]?|,?\s*(?:[IVX]+|\d{1,2})\s+piętr(?:o|ze)|,?\s*parter(?:ze)?|,?\s*lok(?:al|\.)\s*(?:nr\s*)?\d+|\s+w\s+\p{Lu}[\p{L}-]+(?=[\s.,;)])|[ \t]*\((?!ul\.|al\.|pl\.)[^()\n]{1,80}\))/u;

// A house number that is a stretch of a street (`20–34`) or a list (`20, 22, 24 i 26`) names the
// street as the subject (buildings affected), not a place to go.
const STRETCH = /^(\d{1,4})[a-zA-Z]?[-–](\d{1,4})$/u;
const MORE_NUMBERS =
  /^(?:,[ \t]*\d{1,4}[a-zA-Z]?)+(?:[ \t]*(?:i|oraz)[ \t]*\d{1,4}[a-zA-Z]?)?(?![\d\p{L}-]|[ \t]+\p{L})/u;

function isStreetStretch(text: string, address: string, end: number): boolean {
  const number = /\S+$/u.exec(address)?.[0] ?? '';
  const stretch = STRETCH.exec(number);
  if (stretch && Number(stretch[2]) - Number(stretch[1]) >= 4) return true;
  return MORE_NUMBERS.test(text.slice(end, end + 30));
}

const ROOM_BEFORE =
  /(?<![\p{L}])(?:sal[iaę]|pokoju|pokój|pok\.)[ \t]+(?:nr\.?[ \t]*)?\d+[a-z]?(?:[ \t]*\([^()\n]{1,20}\))?[ \t]+$/u;

/**
 * An address block set far to the right in a letter's header (before the first line of running
 * text or the salutation) is the addressee's, person or institution: not a venue.
 */
function inIndentedHeader(text: string, start: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  if (!/^[ \t]{10,}$/u.test(text.slice(lineStart, start))) return false;
  const body = /^(?![^\n]*\S[ \t]{3,}\S)[^\n]{90,}$|^[ \t*_]*(?:szanown\p{L}*|dotyczy:)/imu.exec(text);
  return body !== null && start < body.index;
}

/** The addressee's own postal address in a letter's address block is not a venue. */
function inAddressBlock(text: string, start: number): boolean {
  if (inIndentedHeader(text, start)) return true;
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
    if (inAddressBlock(text, aStart) || isStreetStretch(text, address, aStart + address.length)) continue;
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
  // A room written right before an office's address belongs to that venue: `sali nr 105 (I piętro)
  // Starostwa Powiatowego w Kartuzach przy ul. Dworcowej 1`.
  for (const v of out) {
    const m = ROOM_BEFORE.exec(text.slice(Math.max(0, v.start - 60), v.start));
    if (!m) continue;
    v.start -= m[0].length - (m[0].length - m[0].trimStart().length);
    v.text = text.slice(v.start, v.end);
  }
  const rooms = findRooms(text, out);
  return [...out, ...rooms, ...findNamedPlaces(text, [...out, ...rooms])].sort((a, b) => a.start - b.start);
}
