/**
 * The institution or place phrase that ends at a given offset, read backwards: capitalised words
 * and the connectors inside names (`Referatu ds. Partycypacji i Dialogu`), or a lower-case place
 * noun that opens it (`siedzibie Spółdzielni`, `sekretariatu szkoły`).
 */
// Words that can open a venue phrase in lower case: `siedzibie Referatu`, `salach im.`, `boisku`.
const PLACE_NOUN =
  /^(?:siedzib|sal[aięo]|salach|sal$|budyn|gmach|boisk|podwór|parking|plac|lokal|hal[aię]|aul|pomieszcz|pawilon|świetlic|biur|kancelari|sekretariat|remiz|stołówk|stolowk|punkt|pok|dziedzi|ogród|ogrod|teren|skwer|park|namiot|scen|korytarz|holu|hol)/iu;
// Lower-case words allowed inside a venue name: `Rady i Zarządu`, `Szkoły Podstawowej nr 162`.
const INNER = /^(?:i|im\.|nr|ds\.|w|we|z|m\.st\.|m\.|st\.|pw\.|sp\.|o\.o\.|przy|oraz)$/u;
const WORD_BACK = /([\p{L}\d][\p{L}\d.'’-]*)(\s*)$/u;
const ABBREVIATION = /^(?:ds|im|nr|św|gen|ks|bp|m\.st|m|st|pw|sp|o\.o|prof|dr|al|ul|pl|os|\p{Lu})\.$/u;

/** The institution or place phrase that ends at `end` (before `, ul.` / `przy ul.` / a new line). */
export function institutionBefore(text: string, end: number): number {
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
    if (!capital && !place && !INNER.test(word)) {
      // A place noun with a lower-case word after it: `sekretariatu szkoły`, `świetlicy wiejskiej`.
      const previous = WORD_BACK.exec(text.slice(Math.max(0, pos - m[0].length - 40), pos - m[0].length));
      if (
        previous &&
        PLACE_NOUN.test(previous[1]!) &&
        /^\p{Ll}/u.test(previous[1]!) &&
        !/\n/u.test(previous[2]!)
      ) {
        start = pos - m[0].length - previous[0].length;
      }
      break;
    }
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
