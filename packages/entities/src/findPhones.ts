import type { TextSpan } from './TextSpan.ts';

// Digit groups split by single spaces or hyphens, maybe an area code in brackets and +48.
const CANDIDATE =
  /(?<![\p{L}\d/.,-])(?:\+\s?48[\s-]?|\(\+?48\)\s?|0048\s?)?(?:\(\s?0?[\s-]?\d{2}\s?\)[\s-]?)?(?:0[ \t-])?(?:\d{9}|\d{2,4}(?:[ \t\u00a0-]\d{2,7}){0,4})(?![\d\p{L}]|[.,/-]\d)/gu;
const CUE =
  /(?:tel|telefon\p{L}*|fax|faks|kom|komórk\p{L}*|infolini\p{L}*|numer\p{L}*|nr|centrala|sms)\.?\s*(?:\/?\p{L}+\.?\s*){0,3}:?\s*$/iu;
// Registers and accounts whose numbers can have nine digits: `KRS nr 0000876543`, `REGON 190345678`.
const NOT_A_PHONE_BEFORE =
  /(?:KRS|NIP|REGON|PESEL|BDO|IBAN|rachun\p{L}*|kont[oa]|księg\p{L}*\s+wieczyst\p{L}*|KW)\s*(?:nr|numer)?\.?\s*:?\s*$/iu;
// Groupings an unlabelled number must have: 12 616 78 13, 123 456 789, (12) 616 78 13, 12 616-78-13.
const STANDARD =
  /^(?:\+\s?48[\s-]?|\(\+?48\)\s?|0048\s?)?(?:\(\s?0?[\s-]?\d{2}\s?\)[\s-]?\d{3}[\s-]\d{2}[\s-]\d{2}|0?\d{2}[\s-]\d{3}[\s-]\d{2}[\s-]\d{2}|\d{3}[\s-]\d{3}[\s-]\d{3}|\d{2}[\s-]\d{2}[\s-]\d{2}[\s-]\d{3})$/u;

/** Polish phone and fax numbers as written. */
export function findPhones(text: string): TextSpan[] {
  const out: TextSpan[] = [];
  for (const m of text.matchAll(CANDIDATE)) {
    let value = m[0].replace(/[\s-]+$/u, '');
    // An extension is part of the number as written: `12 250 49 00 wew. 145`.
    const extension = /^\s*(?:wew\.|wewn\.|w\.)\s*\d{1,5}(?!\d)/u.exec(
      text.slice(m.index + value.length, m.index + value.length + 16),
    );
    const digitsOnly = value;
    const digits = digitsOnly.replace(/\D/g, '');
    const national = digits.replace(/^(?:0048|48(?=\d{9}$))/, '').replace(/^0(?=\d{9}$)/, '');
    if (national.length !== 9) continue;
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    if (NOT_A_PHONE_BEFORE.test(before)) continue;
    // Numbers in a list after one cue (`tel. 12 616 78 00, 12 616 78 01`) share it.
    const cued =
      CUE.test(before) ||
      (/[,;]\s*(?:lub|i|oraz)?\s*$/u.test(before) && out.some((p) => m.index - p.end < 12));
    if (!cued && !STANDARD.test(digitsOnly)) continue;
    if (extension) value += extension[0];
    out.push({ start: m.index, end: m.index + value.length, text: value });
  }
  return out;
}
