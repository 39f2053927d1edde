import type { TextSpan } from './TextSpan.ts';

// Case signs (`znak`): office code, optional department, then dotted numbers ending in a year:
// `OR-03.0003.245.2019`, `BRM-I.0012.5.2020`, `WS-03.0003.5.2020.AB`.
const CASE_SIGN =
  /(?<![\p{L}\d.])\p{Lu}{1,6}(?:[-–][\p{Lu}\d]{1,6})*\.\d{1,5}(?:\.\d{1,6})*\.(?:19|20)\d{2}(?:\.\p{Lu}{1,4})?(?![\p{L}\d])/gu;
// Acts of a council numbered by session: `CXI/2904/18`, `XLII/1234/21`.
const SESSION_ACT = /(?<![\p{L}\d/])([IVXLCDM]{1,8})\/\d{1,5}\/\d{2,4}(?![\p{L}\d/])/gu;
// After `Nr`: `Nr 2113/2022`, `nr 145/2019/P`, `Nr XLII/1234/21`.
const NUMBERED = /(?<![\p{L}])(?:nr|numer|numerem|numeru)\.?\s*((?:[\p{L}\d]+[/.-])+[\p{L}\d]+)/giu;
// EU acts: `rozporządzenia (UE) 2016/679`.
const EU_ACT = /\((?:UE|WE|EWG|Euratom)\)\s*(?:nr\s*)?(\d{2,4}\/\d{1,5})(?![\d/])/gu;
// After `znak:`, `sygn.`, `znak sprawy:`: whatever token follows.
const SIGNED =
  /(?<![\p{L}])(?:znak(?:\s+sprawy)?|sygn\.?(?:\s+akt)?|nasz\s+znak|wasz\s+znak)(?![\p{L}])\s*:?\s*([\p{L}\d][\p{L}\d./-]*[\p{L}\d])/giu;
// Not references: journal positions and legal units.
const EXCLUDED_BEFORE = /(?:dz\.\s?u\.?|m\.\s?p\.|poz\.|art\.|ust\.|§|pkt)\s*(?:z\s*)?$/iu;
const ROMAN = /^M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;

/** Case signs and numbers of the document or of cited acts, as written, without the `Nr` prefix. */
export function findReferenceNumbers(text: string): TextSpan[] {
  const found: TextSpan[] = [];
  const add = (start: number, value: string) => {
    const clean = value.replace(/[.,;:-]+$/u, '');
    if (!/\d/.test(clean) || clean.length < 4) return;
    if (EXCLUDED_BEFORE.test(text.slice(Math.max(0, start - 16), start))) return;
    const end = start + clean.length;
    if (found.some((f) => start < f.end && f.start < end)) return;
    found.push({ start, end, text: clean });
  };
  for (const m of text.matchAll(SIGNED)) add(m.index + m[0].lastIndexOf(m[1]!), m[1]!);
  for (const m of text.matchAll(CASE_SIGN)) add(m.index, m[0]);
  for (const m of text.matchAll(EU_ACT)) add(m.index + m[0].lastIndexOf(m[1]!), m[1]!);
  for (const m of text.matchAll(SESSION_ACT)) if (ROMAN.test(m[1]!)) add(m.index, m[0]);
  for (const m of text.matchAll(NUMBERED)) {
    // A dotted date after `nr` is no number, and neither is a bare `nr 5`.
    if (!/\//.test(m[1]!) && !/^\p{Lu}/u.test(m[1]!)) continue;
    add(m.index + m[0].lastIndexOf(m[1]!), m[1]!);
  }
  return found.sort((a, b) => a.start - b.start);
}
