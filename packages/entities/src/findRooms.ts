import type { Venue } from '@skryba/schema';
import { institutionBefore } from './institutionBefore.ts';

// A room or floor written after an office's name: `Biuro Rady Powiatu, pokój nr 104`,
// `Urzędzie Stanu Cywilnego (pokój nr 2, parter)`, `Kancelarii Ogólnej (parter)`.
const ROOM =
  /(?:,[ \t]*|[ \t]*\([ \t]*)(?:pok(?:ój|oju|\.)[ \t]*(?:nr\.?[ \t]*)?\d+[a-z]?|parter(?:ze)?|[IVX]+[ \t]+piętr(?:o|ze))(?![\p{L}\d])/gu;
// A village address has no street: `remiza OSP, Łubiana-Kolonia 15`, `świetlicy wiejskiej w Stulnie, Stulno 48`.
const VILLAGE_ADDRESS =
  /,[ \t]*(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?[ \t]+\d{1,3}[a-z]?)(?![\p{L}\d]|[.,:/-]\d)/gu;
const FLOOR_AFTER = /^[ \t]*\((?:parter|[IVX]+[ \t]+piętro)\)/u;

/**
 * Offices and rooms named with a room number or floor but without a street address: places of
 * contact or submission whose address, if any, is the letterhead's. Only where no other venue
 * covers the spot, and only after a named institution or a place noun.
 */
export function findRooms(text: string, known: readonly Venue[]): Venue[] {
  const out: Venue[] = [];
  // Each place once: a table repeating `sala 204, Sukiennice 9` names one venue.
  const seen = new Set(known.map((v) => v.text.replace(/\s+/gu, ' ')));
  const add = (start: number, end: number, address: string | null) => {
    const key = text.slice(start, end).replace(/\s+/gu, ' ');
    if (seen.has(key) || [...known, ...out].some((v) => start < v.end && v.start < end)) return;
    seen.add(key);
    out.push({ text: text.slice(start, end), start, end, address });
  };
  for (const m of text.matchAll(ROOM)) {
    const linkStart = m.index;
    const start = institutionBefore(text, linkStart);
    if (start >= linkStart || !/^\p{L}/u.test(text.slice(start, start + 1))) continue;
    let end = m.index + m[0].length;
    if (m[0].includes('(')) {
      const close = text.indexOf(')', end);
      if (close >= 0 && close - end < 30 && !text.slice(end, close).includes('\n')) end = close + 1;
    } else {
      end += FLOOR_AFTER.exec(text.slice(end))?.[0].length ?? 0;
    }
    add(start, end, null);
  }
  for (const m of text.matchAll(VILLAGE_ADDRESS)) {
    const start = institutionBefore(text, m.index);
    // Only after a place written as such (`remiza`, `świetlicy`), not after any capitalised word.
    if (start >= m.index || !/^\p{Ll}/u.test(text.slice(start, start + 1))) continue;
    const end = m.index + m[0].length;
    add(start, end, m[1]!);
  }
  return out.sort((a, b) => a.start - b.start);
}
