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
// After `znak:`, `sygn.`, `znak sprawy:`, `L.dz.`: whatever token follows.
const SIGNED =
  /(?<![\p{L}])(?:znak(?:\s+sprawy)?|sygn\.?(?:\s+akt)?|sygnatura(?:\s+akt)?|nasz\s+znak|wasz\s+znak|l\.\s?dz\.?|numer\s+sprawy|nr\s+sprawy)(?![\p{L}])\s*:?\s*([\p{L}\d][\p{L}\d./-]*[\p{L}\d])/giu;
// Court case numbers: division, repertory, number/year (`II SA/Gl 1187/23`, `III OSK 4433/21`, `I C 12/20`).
const COURT_CASE =
  /(?<![\p{L}\d/])[IVX]{1,4}\s+\p{Lu}\p{L}{0,3}(?:\/\p{Lu}\p{Ll}{0,2})?\s+\d{1,6}\/\d{2}(?:\d{2})?(?![\p{L}\d/])/gu;
// Notices in the public procurement bulletin: `2024/BZP 00187654/01`.
const BZP_NOTICE = /(?<![\p{L}\d/])\d{4}\/BZP\s\d{8}\/\d{2}(?![\d/])/gu;
// A dotted number with a year after `Nr`, the register sign of an act: `Nr 0050.145.2024`.
const DOTTED_WITH_YEAR = /^\d{1,5}(?:\.\d{1,5})+\.(?:19|20)\d{2}$/u;
// Numbers after these are plots, land registers, accounts or company registers, not cases.
const NOT_A_CASE_BEFORE =
  /(?:działk\p{L}*|działce|obręb\p{L}*|ewidencyjn\p{L}*|księg\p{L}*\s+wieczyst\p{L}*|KW|rachun\p{L}*|kont[oa]|KRS|NIP|REGON|PESEL|lokal\p{L}*|mieszkani\p{L}*)\s*(?:nr|numer)?\.?\s*$/iu;
// Land-register numbers (`GD2W/00045678/3`) are property records.
const LAND_REGISTER = /^[A-Z]{2}\d[A-Z]\/\d{8}\/\d$/u;
// Not references: journal positions and legal units.
const EXCLUDED_BEFORE = /(?:dz\.\s?u\.?|m\.\s?p\.|poz\.|art\.|ust\.|§|pkt)\s*(?:z\s*)?$/iu;
const ROMAN = /^M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;

/** `0050.145.2024` is a register sign; `12.03.2024` is a date. */
function isRegisterSign(value: string): boolean {
  if (!DOTTED_WITH_YEAR.test(value)) return false;
  const parts = value.split('.').map(Number);
  return !(parts.length === 3 && parts[0]! >= 1 && parts[0]! <= 31 && parts[1]! >= 1 && parts[1]! <= 12);
}

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
  for (const m of text.matchAll(BZP_NOTICE)) add(m.index, m[0]);
  for (const m of text.matchAll(COURT_CASE)) add(m.index, m[0]);
  for (const m of text.matchAll(SIGNED)) add(m.index + m[0].lastIndexOf(m[1]!), m[1]!);
  for (const m of text.matchAll(CASE_SIGN)) add(m.index, m[0]);
  for (const m of text.matchAll(EU_ACT)) add(m.index + m[0].lastIndexOf(m[1]!), m[1]!);
  for (const m of text.matchAll(SESSION_ACT)) if (ROMAN.test(m[1]!)) add(m.index, m[0]);
  for (const m of text.matchAll(NUMBERED)) {
    // A dotted date after `nr` is no number, and neither is a bare `nr 5`.
    if (!/\//.test(m[1]!) && !/^\p{Lu}/u.test(m[1]!) && !isRegisterSign(m[1]!)) continue;
    if (
      LAND_REGISTER.test(m[1]!) ||
      NOT_A_CASE_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index + 3))
    )
      continue;
    add(m.index + m[0].lastIndexOf(m[1]!), m[1]!);
  }
  return found.sort((a, b) => a.start - b.start);
}
