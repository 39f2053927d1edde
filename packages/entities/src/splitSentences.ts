/** A sentence (or heading, or list item) as a span of the text, with the paragraph it belongs to. */
export interface Sentence {
  start: number;
  end: number;
  paragraph: number;
}

// A dot after these does not end a sentence (folded, lower case).
const ABBREVIATIONS = new Set(
  (
    'ul al pl os godz g im ds nr tel fax faks św sw prof dr hab mgr inż inz ks sp o m in np tj tzw ok pok lok ' +
    'poz art ust pkt dz u zm st woj gm pow wew jw p pp zob ww wg ul. ur zam dot red oprac tys mln mld zł zl gr ' +
    'sz ob b.r b ub nast godz. lit par rozdz zał zal kpt płk plk gen hr min im. dn dnia'
  ).split(/\s+/),
);
const ROMAN = /^[ivxlcdm]+$/i;

/**
 * Splits text into sentences: at `.`, `!`, `?` before an upper-case letter, digit, bullet or
 * quote (unless the dot closes an abbreviation, an initial or a Roman numeral), at blank lines,
 * and before lines that start a list item. Used to scope context windows, not for grammar.
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  let start = 0;
  const close = (end: number, next: number) => {
    if (text.slice(start, end).trim() !== '') out.push({ start, end, paragraph });
    start = next;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n') {
      const rest = text.slice(i + 1, i + 40);
      if (/^[ \t]*\n/.test(rest)) {
        close(i, i + 1);
        paragraph++;
        continue;
      }
      // A new line that starts a list item, or follows a line without closing punctuation that
      // looks like a heading or a block line (short), starts a new sentence.
      if (/^[ \t]*(?:[•\-–*▪·]|\d{1,2}[.)]\s|[a-z]\)\s)/u.test(rest)) {
        close(i, i + 1);
        continue;
      }
      const lineStart = text.lastIndexOf('\n', i - 1) + 1;
      const line = text.slice(lineStart, i).trim();
      if (line.length > 0 && line.length < 45 && !/[,;\p{Ll}-]$/u.test(line)) {
        close(i, i + 1);
        continue;
      }
      if (/[:;]$/.test(line)) {
        close(i, i + 1);
      }
      continue;
    }
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    const after = text.slice(i + 1, i + 4);
    // `11.II.2019`, `www.krakow.pl`, `Dz.U.`: a stop glued to what follows ends nothing.
    if (!/^(?:[\s"„”»)]|$)/u.test(after)) continue;
    if (!/^[\s"„”»)]*[\p{Lu}\d•"„]/u.test(after) && !/^\s*$/.test(after) && !/^\s*\n/.test(after)) continue;
    // A hard-wrapped line may end on an abbreviation (`10 maja br.` / `pracownicy …`): a
    // lower-case word on the next line of the paragraph continues the sentence.
    if (/^[ \t]*\n[ \t]*\p{Ll}/u.test(text.slice(i + 1, i + 40))) continue;
    if (ch === '.') {
      const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, i - 12), i))?.[1] ?? '';
      const lower = word.toLowerCase();
      // `r.` and `br.` end a sentence only after a year or a date (`2019 r. Zarząd`, `3 marca br. W`).
      const yearAbbreviation = lower === 'r' || lower === 'br';
      if (yearAbbreviation) {
        if (!/(?:\d\s?r|\p{L}\s+br)$/u.test(text.slice(Math.max(0, i - 5), i))) continue;
      } else {
        if (ABBREVIATIONS.has(lower) || ABBREVIATIONS.has(lower.replace(/^.*\./, ''))) continue;
        if (word.length === 1 || (ROMAN.test(word) && word === word.toUpperCase())) continue;
      }
      if (/\d$/.test(text.slice(Math.max(0, i - 1), i)) && /^\s*\d/.test(after)) continue;
    }
    close(i + 1, i + 1);
  }
  close(text.length, text.length);
  return out;
}

/** Index of the sentence containing `offset` (binary search), or -1. */
export function sentenceIndexAt(sentences: readonly Sentence[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  // Between sentences (whitespace): the next one.
  return lo < sentences.length ? lo : -1;
}
