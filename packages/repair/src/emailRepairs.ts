import type { Replacement } from './punctuationRepairs.ts';

/** A domain: labels joined by dots, ending in a letters-only top-level domain. */
const DOMAIN = String.raw`[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\b`;
/** `@` read as an opening parenthesis, with or without the `d`/`a` OCR makes of its tail. */
const PARENTHESIS_AT = new RegExp(String.raw`(?<=[a-z0-9._-])\((?:[Dda]\)?)?(?=${DOMAIN})`, 'g');
/** `@` read as `©`, or as a capital D/O or a zero inside a lowercase address. */
const LETTER_AT = new RegExp(String.raw`(?<=[a-z0-9._-]{2})(?:©|[DO0])(?=${DOMAIN})`, 'g');
/** Words that announce an e-mail address on the same line. */
const MAIL_CUE = /e-?mail|mailem|adres|poczt|kontakt/i;

/**
 * The at sign of e-mail addresses, which OCR models (the Polish one included) read as `(`, `(D`,
 * `(d`, `©`, a capital `D`/`O` or `0`: `gok(jelesnia.pl`, `odczyty(Dzgk-sierakowice.pl`,
 * `sekretariatDum.wlodawa.eu`. A parenthesis before a domain is the sign anywhere; a letter or zero
 * is, only inside an otherwise lowercase word that ends in a domain, on a line that speaks of mail.
 */
export function emailRepairs(block: string): Replacement[] {
  const out: Replacement[] = [];
  for (const m of block.matchAll(PARENTHESIS_AT)) {
    out.push({ start: m.index, end: m.index + m[0].length, after: '@', confidence: 0.9 });
  }
  let lineStart = 0;
  for (const line of block.split('\n')) {
    if (MAIL_CUE.test(line) && !line.includes('@')) {
      for (const word of line.matchAll(/\S+/g)) {
        if (/[A-Z]/.test(word[0].replace(/[DO]/, '')) || (word[0].match(/[DO0©]/g)?.length ?? 0) !== 1)
          continue;
        const m = new RegExp(LETTER_AT.source).exec(word[0]);
        if (m) {
          const start = lineStart + word.index + m.index;
          out.push({ start, end: start + 1, after: '@', confidence: 0.75 });
        }
      }
    }
    lineStart += line.length + 1;
  }
  return out;
}
