import type { Person } from '@skryba/schema';
import { cellAt, cellNextTo, lineBounds, type TextCell } from './cellAt.ts';
import type { EntityResources } from './createEntityResources.ts';
import { findNameCandidates, type NameCandidate } from './findNameCandidates.ts';
import { findRoleAfter, findRoleBefore, type RolePhrase } from './findRole.ts';
import { foldText } from './foldText.ts';
import { hintFromWord, type NominativeHint, toNominative } from './toNominative.ts';

/** The people of a document by the part they play in it. */
export interface People {
  signatories: Person[];
  addressees: Person[];
  peopleMentioned: Person[];
}

type Category = keyof People;

const HONORIFIC_BEFORE =
  /(?:^|[^\p{L}])(Pan|Pana|Panu|Panem|Panie|Pani|Panią|Sz\.\s?P\.?|Szanown\p{L}+\s+Pan\p{L}*)\s*$/u;
// Academic and clerical titles are left out of the name: `mgr inż. Jarosław Kaczor`.
// Ranks of uniformed services too: `insp. Rafał Kuczera`, `st. bryg. Jan Nowak`.
const TITLES_BEFORE =
  /(?<![\p{L}])(?:(?:prof|dr|hab|mgr|inż|inz|lek|med|ks|o|dn|arch|adw|r\.\s?pr|insp|podinsp|nadinsp|kom|podkom|nadkom|asp|sierż|sierz|st|mł|ml|płk|plk|ppłk|mjr|kpt|por|ppor|bryg|kmdt|mec|lic)\.?\s*)+$/iu;
const SIGNATURE_MARK = /(?:\/-\/|\(-\)|\/\s*-\s*\/|\/podpisano[^/\n]*\/|podpisano:?)\s*$/iu;
const CLOSING =
  /(?:z\s+poważaniem|z\s+wyrazami\s+szacunku|z\s+pozdrowieniami|łączę\s+wyrazy\s+szacunku|z\s+up\.|w\/z|wz\.|p\.o\.)/iu;
// Lines that open a list of people who receive or handled the document, not who signed it.
const DISTRIBUTION =
  /^[\s*_]*(?:do\s+wiadomości|otrzymują|otrzymuje|sprawę\s+prowadzi|sprawe\s+prowadzi|sporządził\p{L}*|opracował\p{L}*|kontakt|osoba\s+do\s+kontaktu|informacji\s+udziela\p{L}*|wykonano|kopia|dw\.?|prowadzący\s+sprawę)\b/imu;
// Labels under which a person signs: who approves a card, who signs, who took the minutes.
const SIGN_LABEL =
  /^[\s*_]*(?:zatwierdził[a]?|zatwierdzam|podpisał[a]?|protokołował[a]?|protokolant(?:ka)?|akceptował[a]?)\s*:?/iu;
// The issuing verb may also stand first: `– zaprasza przewodniczący Rady Dzielnicy Marcin Olszewski`.
const ISSUING_VERB_BEFORE = /(?:^|[^\p{L}])(?:zaprasza|zapraszają)(?:\s+serdecznie)?\s+$/u;
// Verbs by which the named official issues the document: `… Jacek Majchrowski zaprasza`.
const ISSUING_VERB =
  /^\s*(?:serdecznie\s+)?(?:zaprasza(?:ją)?|informuje|informują|ogłasza|ogłaszają|zawiadamia|podaje\s+do|zwołuje|postanawia|zarządza|wzywa|apeluje|przedstawia|składa|uprzejmie\s+informuje)(?![\p{L}])/u;

/** The lines above `offset`, nearest first, at most `count`, stopping at nothing. */
function linesAbove(text: string, offset: number, count: number): string[] {
  const out: string[] = [];
  let end = text.lastIndexOf('\n', offset - 1);
  while (end > 0 && out.length < count) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    out.push(text.slice(start, end));
    end = start - 1;
  }
  return out;
}

/** True when at most `limit` non-empty lines follow `offset` (scans no further than it must). */
function fewLinesAfter(text: string, offset: number, limit: number): boolean {
  let count = 0;
  let start = offset;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    if (text.slice(start, end).trim() !== '' && ++count > limit) return false;
    start = end + 1;
  }
  return true;
}

interface Found {
  candidate: NameCandidate;
  category: Category;
  role: RolePhrase | null;
  hint: NominativeHint;
}

/** Up to `count` cells above `cell` in its column, nearest first, stopping at a blank line. */
function cellsAbove(text: string, cell: TextCell, count: number): string[] {
  const out: string[] = [];
  let current = cell;
  while (out.length < count) {
    const up = cellNextTo(text, current, -1);
    if (up === null || up === 'blank') break;
    out.push(text.slice(up.start, up.end));
    current = up;
  }
  return out;
}

function classify(text: string, c: NameCandidate, role: RolePhrase | null, inflected: boolean): Category {
  const line = lineBounds(text, c.start);
  // Blocks set side by side are read column by column: the name's cell is its line.
  const cell = cellAt(text, c.start);
  const before = text.slice(cell.start, c.start);
  const afterText = text.slice(c.end, cell.end);
  const restOfLine = text.slice(cell.end, line.end).trim();
  const above = linesAbove(text, line.start, 8);
  const nonEmptyAbove = above.filter((l) => l.trim() !== '');
  const columnAbove = cellsAbove(text, cell, 3);
  if (SIGN_LABEL.test(before) || (before.trim() === '' && SIGN_LABEL.test(columnAbove[0] ?? ''))) {
    return 'signatories';
  }
  // After `Do wiadomości:` or `Sprawę prowadzi:` (same line or a few lines up, no blank line between).
  const sameBlock: string[] = [];
  for (const l of above) {
    if (l.trim() === '') break;
    sameBlock.push(l);
  }
  if (DISTRIBUTION.test(before) || sameBlock.some((l) => DISTRIBUTION.test(l))) return 'peopleMentioned';

  const prefix = before.replace(TITLES_BEFORE, '');
  // The role written after the name on its line (`Anna Hryciuk, Dyrektor PUP`) keeps it alone.
  const roleFillsRest =
    role !== null && role.start >= c.end && role.start - c.end <= 3 && role.end <= cell.end
      ? text.slice(role.end, cell.end)
      : null;
  const aloneOnLine =
    /^[\s*_]*$/u.test(prefix.replace(SIGNATURE_MARK, '').replace(/^\s*\d{1,2}\.\s*/u, '')) &&
    (/^[\s*_.,]*$/u.test(afterText.replace(/^,?\s*/u, '')) ||
      (roleFillsRest !== null && /^[\s*_.,]*$/u.test(roleFillsRest)));
  const roleOnLineAbove = role !== null && role.end <= cell.start;
  const roleOnLineBelow = role !== null && role.start >= line.end;
  if (SIGNATURE_MARK.test(prefix)) return 'signatories';
  // A board's signature list: `1. Leszek Fedorowicz – Starosta   ……………` (an absent member has none).
  if (aloneOnLine && /^[.…_\s]{5,}$/u.test(restOfLine)) return 'signatories';

  // The header is what comes before the body: the first long line or the salutation.
  // (a long line of running text, not a letterhead padded with spaces)
  const body = /^(?![^\n]*\S[ \t]{3,}\S)[^\n]{90,}$|^[ \t*_]*szanown\p{L}*[^\n]*,[ \t]*$/imu.exec(text);
  const inHeader = body ? c.start < body.index : c.start < text.length * 0.35;
  // Address block: `Pan` / `Pani` / `Sz. P.` on the line above or opening the name's line, maybe
  // with the addressee's function between (`Szanowny Pan` / `Radny Rady Miejskiej` / name).
  const honorificLine =
    /^[\s*_]*(?:pan|pani|sz\.\s?p\.?|szanown\p{L}+\s+pan\p{L}*|wielce\s+szanown\p{L}+\s+pan\p{L}*)[\s*_]*$/iu;
  const honorificOpening = /^[\s*_]*(?:pan|pani|sz\.\s?p\.?|szanown\p{L}+\s+pan\p{L}*)\s+$/iu;
  const honorificAbove =
    honorificLine.test(columnAbove[0] ?? nonEmptyAbove[0] ?? '') ||
    (roleOnLineAbove && honorificLine.test(columnAbove[1] ?? ''));
  // An address block names its addressee in the nominative; `Pani Ewy Dudziak` is someone else's.
  if (!inflected && inHeader && (honorificOpening.test(before) || (aloneOnLine && honorificAbove))) {
    return 'addressees';
  }
  if (aloneOnLine && nonEmptyAbove.slice(0, 4).some((l) => CLOSING.test(l))) return 'signatories';
  if (aloneOnLine && !inHeader && (roleOnLineAbove || roleOnLineBelow)) return 'signatories';
  // `Jan Kowalski, Wójt Gminy` alone on one of the last lines: the signature written on one line.
  if (
    aloneOnLine &&
    roleFillsRest !== null &&
    restOfLine === '' &&
    !inHeader &&
    fewLinesAfter(text, line.end, 6)
  ) {
    return 'signatories';
  }
  // The official who issues or invites: `Prezydent Miasta Krakowa Jacek Majchrowski zaprasza`.
  const afterFrom = role && role.start >= c.end && role.start - c.end < 4 ? role.end : c.end;
  if (role && role.end <= c.start && ISSUING_VERB.test(text.slice(afterFrom, afterFrom + 60)))
    return 'signatories';
  if (
    role &&
    role.end <= c.start &&
    ISSUING_VERB_BEFORE.test(text.slice(Math.max(0, role.start - 30), role.start))
  ) {
    return 'signatories';
  }
  return 'peopleMentioned';
}

/**
 * Named people with their roles as written, split into signatories (signature blocks, `/-/ Name`,
 * the official who invites), addressees (the `Pan`/`Pani` address block) and people mentioned.
 * Each person appears once, in the strongest category they qualify for, with the mention that
 * qualified them; `nominative` undoes the case the sentence put the name in.
 */
export function findPeople(text: string, resources: EntityResources): People {
  const folded = foldText(text);
  const found: Found[] = [];
  for (const c of findNameCandidates(text, resources)) {
    const line = lineBounds(text, c.start);
    const lineBefore = text.slice(line.start, c.start);
    const honorific = HONORIFIC_BEFORE.exec(lineBefore);
    const titles = TITLES_BEFORE.exec(lineBefore);
    let roleAnchor = c.start;
    if (titles && titles[0].trim() !== '') roleAnchor = c.start - titles[0].length;
    if (honorific)
      roleAnchor = line.start + honorific.index + (honorific[0].length - honorific[0].trimStart().length);
    const alone = /^[\s*_]*$/u.test(text.slice(c.end, line.end));
    const role =
      (honorific ? null : findRoleBefore(text, folded, roleAnchor)) ??
      findRoleAfter(text, folded, c.end, alone);
    const hintWord = honorific?.[1] ?? (role && role.end <= c.start ? role.text.split(/\s+/u)[0] : undefined);
    const hint = hintWord ? hintFromWord(hintWord) : {};
    const written = c.text.replace(/\s+/gu, ' ');
    const inflected = toNominative(written, resources, hint).toLowerCase() !== written.toLowerCase();
    found.push({ candidate: c, category: classify(text, c, role, inflected), role, hint });
  }
  const rank: Record<Category, number> = { signatories: 0, addressees: 1, peopleMentioned: 2 };
  const best = new Map<string, { f: Found; nominative: string; order: number }>();
  found.forEach((f, order) => {
    const nominative = toNominative(f.candidate.text.replace(/\s+/gu, ' '), resources, f.hint);
    const key = nominative.toLowerCase();
    const known = best.get(key);
    if (!known || rank[f.category] < rank[known.f.category]) {
      best.set(key, { f, nominative, order: known ? known.order : order });
    } else if (known.f.role === null && f.role !== null && known.f.category === f.category) {
      known.f = { ...known.f, role: f.role };
    }
  });
  const people: People = { signatories: [], addressees: [], peopleMentioned: [] };
  for (const { f, nominative } of [...best.values()].sort((a, b) => a.order - b.order)) {
    people[f.category].push({
      name: f.candidate.text,
      nominative,
      role: f.role?.text ?? null,
      start: f.candidate.start,
      end: f.candidate.end,
    });
  }
  return people;
}
