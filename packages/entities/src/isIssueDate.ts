// The whole line is the date, maybe after a place name, `dnia`, or a publication label:
// `2020-02-25`, `Kraków, 11 LUT. 2019`, `Kraków, dnia 12.03.2020 r.`, `Data publikacji: 2020-02-25`.
const PLACE_PREFIX =
  /^(?:[*_#>\s]*)(?:\p{Lu}[\p{L}.-]*(?:[ -]\p{L}[\p{L}.-]*){0,3}\s*,\s*)?(?:(?:dnia|dn\.|z dnia|data(?:\s+\p{L}+){0,2}:?|opublikowano:?|dodano:?|aktualizacja:?|zaktualizowano:?)\s*)?$/iu;
// A publishing system may put the date's line together with its section: `6 maja 2024 | Biuro Rady`.
const SUFFIX = /^\s*(?:r\.?|roku)?[\s*_.]*(?:\|[^\n]*)?$/u;
// Header of an act: the `z dnia …` line right under `UCHWAŁA NR …` / `ZARZĄDZENIE NR …`.
const ACT_HEADER =
  /(?:uchwała|uchwala|zarządzenie|zarzadzenie|obwieszczenie|postanowienie|rozporządzenie|rozporzadzenie|decyzja|komunikat|ogłoszenie|ogloszenie|porządek obrad|porzadek obrad)/iu;

function lineAround(
  text: string,
  start: number,
  end: number,
): { before: string; after: string; lineStart: number } {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  let lineEnd = text.indexOf('\n', end);
  if (lineEnd < 0) lineEnd = text.length;
  return { before: text.slice(lineStart, start), after: text.slice(end, lineEnd), lineStart };
}

/**
 * Whether the date at `start..end` is the document's own issue or publication date, judged from
 * the layout: alone on its line (after a place name or label) near the top or the bottom of the
 * document, or the `z dnia …` line under an act's title.
 */
export function isIssueDate(text: string, start: number, end: number): boolean {
  const around = lineAround(text, start, end);
  const { after, lineStart } = around;
  // `ZZM-IV.0003.18.2023      Kraków, 12 IX 2023`: the date column after a wide gap on a shared line.
  const before = around.before.split(/\s{3,}|\t|\s\|\s/u).pop() ?? '';
  if (!SUFFIX.test(after)) return false;
  if (/^\s*z\s+dnia\s*$/iu.test(before)) {
    const head = text.slice(Math.max(0, lineStart - 300), lineStart);
    const lines = head.split('\n').filter((l) => l.trim() !== '');
    return lines.slice(-4).some((l) => ACT_HEADER.test(l));
  }
  if (!PLACE_PREFIX.test(before)) return false;
  const linesBefore = text
    .slice(0, lineStart)
    .split('\n')
    .filter((l) => l.trim() !== '').length;
  const linesAfter = text
    .slice(end)
    .split('\n')
    .filter((l) => l.trim() !== '').length;
  return linesBefore <= 12 || linesAfter <= 12;
}
