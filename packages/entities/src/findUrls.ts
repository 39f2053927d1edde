import type { TextSpan } from './TextSpan.ts';

// With a scheme, with `www.`, or a bare host under a common top-level domain (`bip.krakow.pl`).
const URL =
  /(?<![\p{L}\d@.\-/])(?:(?:https?|ftp):\/\/[^\s<>"“”„]+|www\.[^\s<>"“”„]+|(?:[a-z\d][a-z\d-]*\.)+(?:pl|eu|com|org|net|info|gov|edu|int)(?![\p{L}\d@-])(?:\/[^\s<>"“”„]*)?)/giu;
const TRAILING = /[.,;:!?'"”’»]+$/u;

function trimUrl(raw: string): string {
  let url = raw.replace(TRAILING, '');
  // A closing bracket belongs to the URL only when the URL opened one.
  while (/[)\]]$/.test(url)) {
    const open = url.endsWith(')') ? '(' : '[';
    const close = url.endsWith(')') ? ')' : ']';
    if (url.split(open).length >= url.split(close).length) break;
    url = url.slice(0, -1).replace(TRAILING, '');
  }
  return url;
}

/** URLs as written, scheme-less ones included, without trailing punctuation; e-mail hosts excluded. */
export function findUrls(text: string): TextSpan[] {
  const out: TextSpan[] = [];
  for (const m of text.matchAll(URL)) {
    const value = trimUrl(m[0]);
    // `um.krakow.pl` inside `ngo@um.krakow.pl` is the lookbehind's job; a bare `m.in` is no URL.
    if (!/[\p{L}]/u.test(value) || value.length < 4) continue;
    // `KT.5410.88.2023.PL` is a case sign ending in initials: a host has no all-digit label.
    if (!/^(?:https?|ftp):|^www\./iu.test(value) && /(?:^|\.)\d+\./u.test(value.split('/')[0]!)) continue;
    out.push({ start: m.index, end: m.index + value.length, text: value });
  }
  return out;
}
