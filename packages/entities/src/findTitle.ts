const HEADING = /^[ \t]*#{1,6}[ \t]+(.+?)[ \t#]*$/mu;
// A block that opens a letter or names the issuer is not a title.
const NOT_TITLE =
  /^(?:szanown\p{L}*|sz\.\s*p|pan|pani|państwo|dotyczy|znak|nr|l\.\s*dz|w odpowiedzi|prezydent miasta|urząd miasta|rada miasta|przewodnicząc\p{L}* rady|zastępca prezydenta)\b/iu;

function clean(line: string): string {
  return line
    .replace(/\*\*|__/g, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

/**
 * The document's title: its first Markdown heading, else a short first block (at most three lines,
 * no closing full stop) standing apart from the body, as news items and notices have. Letters and
 * documents that open with running text have none.
 */
export function findTitle(text: string): string | null {
  const heading = HEADING.exec(text.slice(0, 2000));
  if (heading) return clean(heading[1]!) || null;
  const blocks = text.split(/\n[ \t\u00a0]*\n/u).filter((b) => b.trim() !== '');
  const first = blocks[0];
  if (!first || blocks.length < 2) return null;
  const lines = first.split('\n').filter((l) => l.trim() !== '');
  const title = clean(first);
  if (lines.length > 3 || title.length > 220 || title.length < 3) return null;
  if (/[.,;:]$/u.test(title) && !/\.\.\.$/.test(title)) return null;
  if (NOT_TITLE.test(title)) return null;
  // An all-capitals block is an issuer's letterhead, a date or number line is a header.
  if (title === title.toUpperCase() && /\p{Lu}{4}/u.test(title)) return null;
  if (!/\p{Ll}{3}/u.test(title)) return null;
  return title;
}
