import { cellAt, cellNextTo, type TextCell } from './cellAt.ts';
import { foldText } from './foldText.ts';

/** A role phrase as written next to a name, with its span. */
export interface RolePhrase {
  start: number;
  end: number;
  text: string;
}

// Stems (folded) of the nouns a role phrase opens with: offices, titles of officials, functions.
const ROLE_HEAD =
  /^(?:wice|pod|nad|z-c[ay]\s*)?(?:prezydent|przewodnicz|zastepc|zastepczyni|radn|dyrektor|kierowni|naczelni|sekretarz|skarbni|burmistrz|nadburmistrz|wojt|starost|wojewod|marszal|prezes|czlon|rzeczni|pelnomocni|minister|posel|poslank|senator|komendant|inspektor|koordynator|konsul|ambasador|rektor|prorektor|dziekan|kurator|soltys|architekt|konserwator|specjalist|referent|sedzi|prokurator|biskup|arcybiskup|kardynal|metropolit|proboszcz|dziennikar|ekspert|moderator|prowadzac|opiekun|przedstawiciel|mecenas|radc|sekretar|kierownicz|gospodarz|autor|inicjator|lider|zastepujac|p\.o\.|z-ca|ksiegow|administrator|lekarz|nauczyciel|wychowawc|pedagog|psycholog|redaktor|organizator|komisarz|kanclerz|audytor|zarzadc|starosc|pracownik|asystent|doradc)/u;
// Adjectives that may stand before the head: `Miejski Konserwator`, `Główny Specjalista`.
const ROLE_ADJECTIVE = /^(?:miejsk|glown|starsz|naczeln|pierwsz|honorow|powiatow|wojewodzk|gminn|prasow)/u;
const CONNECTOR = /^(?:ds\.?|do|spraw|i|w|we|z|na|m\.\s?st\.?|m\.|st\.|nr|im\.)$/u;

interface Word {
  start: number;
  end: number;
  text: string;
  folded: string;
}

const WORD = /[\p{L}\d][\p{L}\d.-]*/gu;

function words(text: string, folded: string, from: number, to: number): Word[] {
  const out: Word[] = [];
  for (const m of text.slice(from, to).matchAll(WORD)) {
    const start = from + m.index;
    let raw = m[0];
    // A sentence-closing dot is not part of the word, an abbreviation's is (`ds.`).
    if (raw.endsWith('.') && !CONNECTOR.test(foldText(raw))) raw = raw.slice(0, -1);
    out.push({ start, end: start + raw.length, text: raw, folded: folded.slice(start, start + raw.length) });
  }
  return out;
}

function isContinuation(w: Word): boolean {
  return /^[\p{Lu}\d]/u.test(w.text) || CONNECTOR.test(w.folded) || /^[A-ZŁŚŻ]{2,}$/u.test(w.text);
}

function isHead(w: Word): boolean {
  return ROLE_HEAD.test(w.folded);
}

/**
 * The role written right after a name (`Dominik Jaśkowiec, Przewodniczący Rady Miasta Krakowa`;
 * on the next line in address and signature blocks, in the name's own column when blocks stand
 * side by side), or null. The phrase opens with a role noun and runs over capitalised words and
 * connectors (`ds.`, `w`, `i`) until punctuation or the end of the cell.
 */
export function findRoleAfter(
  text: string,
  folded: string,
  end: number,
  allowNextLine: boolean,
): RolePhrase | null {
  const cell = cellAt(text, Math.max(0, end - 1));
  const rest = text.slice(end, cell.end);
  const inline = /^(?:[ \t]*,[ \t]*|[ \t]+[–-][ \t]+)/u.exec(rest);
  let from: number;
  let lineEnd: number;
  if (inline) {
    from = end + inline[0].length;
    lineEnd = cell.end;
  } else {
    if (!allowNextLine || !/^[\s*_]*$/u.test(rest)) return null;
    const below = cellNextTo(text, cell, 1);
    if (below === null || below === 'blank') return null;
    from = below.start + (/^[*_]*/u.exec(text.slice(below.start, below.end))?.[0].length ?? 0);
    lineEnd = below.end;
  }
  const ws = words(text, folded, from, lineEnd);
  const first = ws[0];
  if (!first || first.start !== from) return null;
  if (!isHead(first) && !(ROLE_ADJECTIVE.test(first.folded) && ws[1] && isHead(ws[1]))) return null;
  let last = first;
  for (let k = 1; k < ws.length; k++) {
    const w = ws[k]!;
    const between = text.slice(last.end, w.start);
    if (!/^[ \t]+$/u.test(between)) break;
    if (!isContinuation(w) && !/^\p{Ll}/u.test(first.text)) break;
    // Lower-case roles (`rzeczniczka prasowa MPO`) run over lower-case words for two more words.
    if (!isContinuation(w) && k > 2) break;
    last = w;
  }
  // Do not end on a connector (`Dyrektor Wydziału ds.`).
  let stop = last.end;
  const tail = ws.filter((w) => w.end <= stop);
  while (tail.length > 1 && CONNECTOR.test(tail[tail.length - 1]!.folded)) {
    tail.pop();
    stop = tail[tail.length - 1]!.end;
  }
  return { start: from, end: stop, text: text.slice(from, stop) };
}

/** Whether other text stands on the cell's line. */
function sharesLine(text: string, cell: TextCell): boolean {
  return text.slice(cell.lineStart, cell.lineEnd).trim() !== text.slice(cell.start, cell.end);
}

/**
 * The cell above `cell` in its column, or null. A signature block may leave up to three blank
 * lines between the function and the name, room for the handwritten signature.
 */
function cellAbove(text: string, cell: TextCell): TextCell | null {
  let current = cell;
  for (let blanks = 0; blanks <= 3; blanks++) {
    const up = cellNextTo(text, current, -1);
    if (up !== 'blank') return up;
    const blankEnd = current.lineStart - 1;
    const blankStart = text.lastIndexOf('\n', blankEnd - 1) + 1;
    current = { ...current, lineStart: blankStart, lineEnd: blankEnd };
  }
  return null;
}

/**
 * The role written right before a name (`Prezydent Miasta Krakowa Jacek Majchrowski`,
 * `wiceprezydent Andrzej Kulig`; the line above in a signature block), or null.
 */
export function findRoleBefore(text: string, folded: string, start: number): RolePhrase | null {
  const cell = cellAt(text, start);
  const lineStart = cell.start;
  const own = text.slice(cell.start, start);
  // The name opens its cell (after `/-/`, a number, a title or markup): the role is the cell above,
  // or up to three cells above when the role is broken (`Przewodnicząca` / `Rady m.st. Warszawy`).
  if (/^[\s*_/()\-–.]*(?:podpisano)?[\s*_/]*$/iu.test(own) || /^\d{1,2}\.\s*$/u.test(own)) {
    let lowest: TextCell | null = null;
    let current: TextCell = cell;
    for (let up = 0; up < 3; up++) {
      const above = up === 0 ? cellAbove(text, current) : cellNextTo(text, current, -1);
      if (above === null || above === 'blank') return null;
      lowest ??= above;
      const ws = words(text, folded, above.start, above.end);
      const first = ws[0];
      if (!first) return null;
      const opensWithHead = isHead(first) || (ROLE_ADJECTIVE.test(first.folded) && ws[1] && isHead(ws[1]));
      // A function line in a signature block is the role as a whole, lower-case words included
      // (`Przewodniczący zebrania:`); a line that continues a role above must look like one.
      const allRoleWords = ws.every((w) => isContinuation(w) || isHead(w) || ROLE_ADJECTIVE.test(w.folded));
      if (opensWithHead && (allRoleWords || (up === 0 && ws.length <= 6))) {
        // A role broken over lines is kept whole only in a single-column block.
        const sideBySide = lowest !== above && (sharesLine(text, above) || sharesLine(text, lowest));
        const bottom = sideBySide ? above : lowest;
        const stop = words(text, folded, bottom.start, bottom.end);
        const e = stop[stop.length - 1]!.end;
        return { start: first.start, end: e, text: text.slice(first.start, e) };
      }
      if (!allRoleWords) return null;
      current = above;
    }
    return null;
  }
  const ws = words(text, folded, Math.max(lineStart, start - 120), start);
  // Walk back over words that can belong to a role phrase, remember the leftmost head.
  let headIndex = -1;
  for (let k = ws.length - 1; k >= 0; k--) {
    const w = ws[k]!;
    const next = ws[k + 1];
    const between = text.slice(w.end, next ? next.start : start);
    if (!/^[ \t]+$/u.test(between)) break;
    if (isHead(w)) {
      headIndex = k;
      if (k > 0 && ROLE_ADJECTIVE.test(ws[k - 1]!.folded)) headIndex = k - 1;
      continue;
    }
    if (!isContinuation(w)) break;
  }
  if (headIndex < 0) return null;
  const s = ws[headIndex]!.start;
  const e = ws[ws.length - 1]!.end;
  // The last word before the name must not be a connector (`dla`, `i`).
  if (CONNECTOR.test(ws[ws.length - 1]!.folded)) return null;
  return { start: s, end: e, text: text.slice(s, e) };
}
