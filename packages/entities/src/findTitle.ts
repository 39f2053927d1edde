interface Line {
  text: string;
  /** Empty lines between this one and the previous non-empty line. */
  gapBefore: number;
}

const HEADING = /^[ \t]*#{1,6}[ \t]+(.+?)[ \t#]*$/mu;
// The word an act, notice or letter names itself with, in capitals: `UCHWAŁA NR …`, `ZAWIADOMIENIE`.
const DOCUMENT_WORD =
  /^(?:UCHWAŁA|ZARZĄDZENIE|OBWIESZCZENIE|OGŁOSZENIE|POSTANOWIENIE|ROZPORZĄDZENIE|DECYZJA|KOMUNIKAT|INFORMACJA|ZAWIADOMIENIE|ZAPROSZENIE|INTERPELACJA|ZAPYTANIE|APEL|WNIOSEK|PORZĄDEK|REGULAMIN|STATUT|PROTOKÓŁ|STANOWISKO|REZOLUCJA|ROZSTRZYGNIĘCIE|KARTA|PRZETARG|KONKURS|NABÓR)(?![\p{L}])/u;
// The same words in sentence case open a title line too: `Komunikat w sprawie …`, `Zaproszenie na …`.
const SENTENCE_DOCUMENT_WORD =
  /^(?:Komunikat|Zawiadomienie|Ogłoszenie|Zaproszenie|Informacja|Obwieszczenie|Apel|Interpelacja|Zapytanie)\s+(?:w\s+sprawie|o|na|dla|dotycząc\p{L}*|do)\s/u;
// Acts whose subject line is their title even without a `z dnia` line (`OBWIESZCZENIE` / `WÓJTA …` / `o …`).
const LEGAL_ACT_WORD =
  /^(?:UCHWAŁA|ZARZĄDZENIE|OBWIESZCZENIE|POSTANOWIENIE|ROZPORZĄDZENIE|DECYZJA)(?![\p{L}])/u;
// An issuer's verb alone on its line (`BURMISTRZ WŁADYSŁAWOWA` / `ogłasza` / `I PRZETARG …`): the title follows.
const VERB_ONLY =
  /^(?:ogłasza|ogłaszają|zaprasza|zapraszają|informuje|zawiadamia|podaje\s+do\s+publicznej\s+wiadomości)[:\s]*$/u;
// A day and month inside a line: such a line reports, it does not name the document.
const HAS_DATE =
  /\d{1,2}\s+(?:stycz|lut|mar|kwie|maj|czerw|lip|sierp|wrze|paźdz|pazdz|listop|grud)\p{L}*|\d{1,2}\.\d{1,2}\.\d{4}/iu;
// Any case: exports from a public-information bulletin write `Uchwała Nr …` in sentence case.
const ACT_WORD =
  /^(?:UCHWAŁA|ZARZĄDZENIE|OBWIESZCZENIE|OGŁOSZENIE|POSTANOWIENIE|ROZPORZĄDZENIE|DECYZJA)(?![\p{L}])/iu;
// The subject line of an act or notice: `w sprawie …`, `o wyłożeniu …`.
const SUBJECT =
  /^(?:w\s+sprawie|o\s|dotycząc\p{L}*|dotyczy|ogłasza|zawiadamia|informuje|zaprasza|na\s|dla\s)/u;
// Lines that end a title block: the act's legal basis, a paragraph sign, a reference number.
const BODY_START = /^(?:na\s+podstawie|§|\d+\.|[A-ZŁŚŻ]{2,}[-.][\p{Lu}\d.-]*\d)/iu;
// A first line that opens a letter or names the issuer is not a title.
const NOT_TITLE =
  /^(?:szanown\p{L}*|sz\.\s*p|pan|pani|państwo|dotyczy|znak|nasz\s+znak|wasz\s+znak|nr|l\.\s*dz|w odpowiedzi|data|opublikowano|aktualizacja|na\s+podstawie)(?![\p{L}])/iu;
const DATE_LINE =
  /^(?:(?:data(?:\s+\p{L}+)?|opublikowano|aktualizacja|dodano)\s*:\s*|[\p{L} .-]+,\s*)?(?:dnia\s+)?\d{1,4}[.\-/ ]/iu;

function clean(line: string): string {
  return line
    .replace(/\*\*|__/g, '')
    .replace(/^[ \t]*#{1,6}[ \t]+/u, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

function isCapitals(line: string): boolean {
  return (line.match(/\p{Lu}/gu)?.length ?? 0) >= 4 && line === line.toUpperCase();
}

/** `Z A W I A D O M I E N I E` → `ZAWIADOMIENIE`, for recognising letter-spaced headings. */
function unspaced(line: string): string {
  return /^(?:\p{Lu} ){3,}\p{Lu}$/u.test(line) ? line.replace(/ /g, '') : line;
}

function lines(text: string): Line[] {
  const out: Line[] = [];
  let gap = 0;
  for (const raw of text.split('\n')) {
    const t = clean(raw);
    if (t === '') {
      gap++;
      continue;
    }
    out.push({ text: t, gapBefore: gap });
    gap = 0;
  }
  return out;
}

/** The line at `i` and the lines that continue it without a blank line, up to the body. */
function blockAt(ls: readonly Line[], i: number, max = 4): { text: string; next: number } {
  const parts = [ls[i]!.text];
  let k = i + 1;
  for (; k < ls.length && parts.length < max; k++) {
    const l = ls[k]!;
    if (l.gapBefore > 0 || BODY_START.test(l.text) || isCapitals(l.text) || DATE_LINE.test(l.text)) break;
    if (/^\p{Lu}/u.test(l.text) && /[.:]$/u.test(parts[parts.length - 1]!)) break;
    parts.push(l.text);
  }
  return { text: parts.join(' '), next: k };
}

function block(ls: readonly Line[], i: number): string {
  return blockAt(ls, i).text;
}

/**
 * A capitalised heading with the lines that complete it in the same block (`OGŁOSZENIE` /
 * `Zarządu Powiatu Bielskiego` / `o konsultacjach …`, `KARTA USŁUGI` / `Wymeldowanie …`),
 * stopping at running text: a long line, a line closing with punctuation, a date, the body.
 */
function headingBlock(ls: readonly Line[], i: number): string {
  const parts = [ls[i]!.text];
  for (let k = i + 1; k < ls.length && parts.length < 4; k++) {
    const l = ls[k]!.text;
    // A line may close on a year's `r.` (`w listopadzie i grudniu 2025 r.`), not on a sentence's stop.
    const closes = /[,;]$/u.test(l) || (/\.$/u.test(l) && !/\d{4}\s?r\.$/u.test(l));
    if (ls[k]!.gapBefore > 0 || l.length > 160 || closes || HAS_DATE.test(l)) break;
    if (BODY_START.test(l) || DATE_LINE.test(l) || NOT_TITLE.test(l) || isCapitals(l)) break;
    parts.push(l);
  }
  return parts.join(' ');
}

/** Whether the line is a place-and-date or labelled date line (maybe after a reference in a column). */
function isDateLine(raw: string): boolean {
  const last = raw.split(/\s{3,}|\t/u).pop() ?? raw;
  return DATE_LINE.test(raw) || (last !== raw && DATE_LINE.test(last.trim()));
}

/**
 * The document's title, by the conventions of municipal texts:
 * 1. its first Markdown heading (`## Konwent po raz szósty`);
 * 2. for an act (`UCHWAŁA NR … / RADY … / z dnia …`), its subject line (`w sprawie …`, `o …`);
 * 3. a capitalised heading naming the document (`ZAWIADOMIENIE`, `Z A W I A D O M I E N I E`,
 *    `KOMUNIKAT W SPRAWIE …`), or any capitalised line directly followed by its lower-case subject
 *    (`KOMUNIKAT` / `w sprawie …`, `PREZYDENT MIASTA KRAKOWA` / `ogłasza nabór …`);
 * 4. a short first block standing apart from the body (news items, notices).
 * Letters that open with a letterhead and running text have none.
 */
export function findTitle(text: string): string | null {
  const heading = HEADING.exec(text.slice(0, 3000));
  if (heading) return clean(heading[1]!) || null;
  const ls = lines(text).slice(0, 30);

  for (let i = 0; i < ls.length; i++) {
    if (!ACT_WORD.test(ls[i]!.text)) continue;
    for (let k = i + 1; k < Math.min(ls.length, i + 4); k++) {
      if (!/^z\s+dnia\s/iu.test(ls[k]!.text)) continue;
      const subject = ls[k + 1];
      if (subject && SUBJECT.test(subject.text)) return block(ls, k + 1);
    }
    // An act without a date line: its issuer in capitals, then the subject.
    if (!LEGAL_ACT_WORD.test(ls[i]!.text)) continue;
    for (let k = i + 1; k < Math.min(ls.length, i + 4) && ls[k]!.gapBefore === 0; k++) {
      if (SUBJECT.test(ls[k]!.text) && /^\p{Ll}/u.test(ls[k]!.text)) return block(ls, k);
      if (!isCapitals(ls[k]!.text)) break;
    }
  }

  for (let i = 0; i < ls.length; i++) {
    const line = ls[i]!.text;
    if (!isCapitals(line)) continue;
    const next = ls[i + 1];
    if (next && next.gapBefore === 0 && VERB_ONLY.test(next.text)) {
      const after = ls[i + 2];
      if (after && after.gapBefore === 0) return headingBlock(ls, i + 2);
    }
    const continued = next && next.gapBefore === 0 && /^\p{Ll}/u.test(next.text) && SUBJECT.test(next.text);
    if (DOCUMENT_WORD.test(unspaced(line))) return headingBlock(ls, i);
    if (continued) return `${line} ${block(ls, i + 1)}`;
  }

  // `Komunikat w sprawie …` standing apart near the top.
  for (let i = 0; i < Math.min(ls.length, 12); i++) {
    const l = ls[i]!;
    const after = ls[i + 1];
    if (!SENTENCE_DOCUMENT_WORD.test(l.text) || (i > 0 && l.gapBefore === 0)) continue;
    const { text: title, next } = blockAt(ls, i, 3);
    if ((ls[next] === undefined || ls[next]!.gapBefore > 0) && !/[.,;:]$/u.test(title)) return title;
    if (after === undefined) return title;
  }

  const first = ls[0];
  if (!first) return null;
  // Under a letterhead, the first block after the place-and-date line is the title when it stands
  // apart and does not open a letter (`Bytom, 29.09.2023` / `ZAPRASZAMY NA TARGI …`).
  const dateIndex = ls.slice(0, 10).findIndex((l) => isDateLine(l.text));
  const candidate = dateIndex >= 0 && ls[dateIndex + 1]?.gapBefore ? dateIndex + 1 : -1;
  if (candidate > 0) {
    const { text: title, next } = blockAt(ls, candidate, 3);
    const standsApart = ls[next] === undefined || ls[next]!.gapBefore > 0;
    if (
      standsApart &&
      title.length <= 220 &&
      title.length >= 3 &&
      !/[.,;:]$/u.test(title) &&
      !NOT_TITLE.test(title) &&
      !HAS_DATE.test(title) &&
      !BODY_START.test(title) &&
      /\p{L}{3,}[^\S\n]+\p{L}{2,}/u.test(title)
    ) {
      return title;
    }
  }
  if (isCapitals(first.text)) return null;
  const { text: title, next } = blockAt(ls, 0, 3);
  const after = ls[next];
  const standsApart = after !== undefined && (after.gapBefore > 0 || DATE_LINE.test(after.text));
  if (!standsApart || title.length > 220 || title.length < 3) return null;
  if (/[.,;:]$/u.test(title) || NOT_TITLE.test(title) || DATE_LINE.test(title) || isCapitals(title))
    return null;
  if (!/\p{Ll}{3}/u.test(title)) return null;
  return title;
}
