interface Line {
  text: string;
  /** Empty lines between this one and the previous non-empty line. */
  gapBefore: number;
}

const HEADING = /^[ \t]*#{1,6}[ \t]+(.+?)[ \t#]*$/mu;
// The word an act, notice or letter names itself with, in capitals: `UCHWAŁA NR …`, `ZAWIADOMIENIE`.
const DOCUMENT_WORD =
  /^(?:UCHWAŁA|ZARZĄDZENIE|OBWIESZCZENIE|OGŁOSZENIE|POSTANOWIENIE|ROZPORZĄDZENIE|DECYZJA|KOMUNIKAT|INFORMACJA|ZAWIADOMIENIE|ZAPROSZENIE|INTERPELACJA|ZAPYTANIE|APEL|WNIOSEK|PORZĄDEK|REGULAMIN|STATUT|PROTOKÓŁ|STANOWISKO|REZOLUCJA)(?![\p{L}])/u;
const ACT_WORD =
  /^(?:UCHWAŁA|ZARZĄDZENIE|OBWIESZCZENIE|OGŁOSZENIE|POSTANOWIENIE|ROZPORZĄDZENIE|DECYZJA)(?![\p{L}])/u;
// The subject line of an act or notice: `w sprawie …`, `o wyłożeniu …`.
const SUBJECT = /^(?:w\s+sprawie|o\s|dotycząc\p{L}*|dotyczy|ogłasza|zawiadamia|informuje|zaprasza|na\s)/u;
// Lines that end a title block: the act's legal basis, a paragraph sign, a reference number.
const BODY_START = /^(?:na\s+podstawie|§|\d+\.|[A-ZŁŚŻ]{2,}[-.][\p{Lu}\d.-]*\d)/iu;
// A first line that opens a letter or names the issuer is not a title.
const NOT_TITLE =
  /^(?:szanown\p{L}*|sz\.\s*p|pan|pani|państwo|dotyczy|znak|nr|l\.\s*dz|w odpowiedzi|data|opublikowano|aktualizacja)(?![\p{L}])/iu;
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
  }

  for (let i = 0; i < ls.length; i++) {
    const line = ls[i]!.text;
    if (!isCapitals(line)) continue;
    const next = ls[i + 1];
    const continued = next && next.gapBefore === 0 && /^\p{Ll}/u.test(next.text) && SUBJECT.test(next.text);
    if (DOCUMENT_WORD.test(unspaced(line)) || continued) {
      return continued ? `${line} ${block(ls, i + 1)}` : line;
    }
  }

  const first = ls[0];
  if (!first || isCapitals(first.text)) return null;
  const { text: title, next } = blockAt(ls, 0, 3);
  const after = ls[next];
  const standsApart = after !== undefined && (after.gapBefore > 0 || DATE_LINE.test(after.text));
  if (!standsApart || title.length > 220 || title.length < 3) return null;
  if (/[.,;:]$/u.test(title) || NOT_TITLE.test(title) || DATE_LINE.test(title) || isCapitals(title))
    return null;
  if (!/\p{Ll}{3}/u.test(title)) return null;
  return title;
}
