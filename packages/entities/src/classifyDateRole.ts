import type { DateRole } from '@skryba/schema';

/** What the role decision looks at, all folded (see `foldText`). */
export interface DateRoleContext {
  /** Sentence text before the date. */
  before: string;
  /** Sentence text after the date. */
  after: string;
  isRange: boolean;
  hasTime: boolean;
  /** Whether the date lies after the document date (null when either is unknown). */
  afterDocumentDate: boolean | null;
}

// Something is due by this date: `do 3 marca`, `do dnia`, `nie później niż`, `termin składania …:`.
const DEADLINE_BEFORE =
  /(?:^|[^\p{L}])(?:do|przed|najpozniej(?:\s+do)?|nie\s+pozniej\s+niz|uplywa|uplywa\s+z\s+dniem|terminie|termin(?:ie)?\s+(?:do|uplywa)|(?:termin|terminy?)\s+(?:skladania|zglaszania|nadsylania|przyjmowania|zgloszen|wnoszenia|przesylania)[\p{L}\s]*:?)\s*(?:dnia\s+|dn\.\s*)?$/u;
// An act or letter cited by its date: `ustawy z dnia 8 marca 1990 r.`, `pismem z 5 marca`.
const CITATION_BEFORE = /(?:^|[^\p{L}])z\s+(?:dnia\s+|dn\.\s*)?$/u;
const FROM_BEFORE = /(?:^|[^\p{L}])od\s+(?:dnia\s+|dn\.\s*)?$/u;
const PAST =
  /(?:^|[^\p{L}])(?:odbyl[aoy]?|odbyl[iy]|mial[aoy]?\s+miejsce|rozpoczel[aoy]?|rozpoczely|przekazan\p{L}*|podjal[aoy]?|podjet[aoy]|podjeto|zlozon\p{L}*|zlozyl\p{L}*|wplyn\p{L}*|uchwalon\p{L}*|wydan[aey]|przyjet[aey]|przyjal[aoy]?|zostal[aoy]?|zostaly|zostali|ogloszon\p{L}*|oglosil\p{L}*|obowiazywal\p{L}*|ubieglym|ubieglego|zeszlym|poprzedni\p{L}*|dotychczas|wczesniej|zorganizowal\p{L}*|gosci\p{L}*l|zakonczyl\p{L}*|wybran[aiy]|powolan\p{L}*|otrzymal\p{L}*|skierowal\p{L}*|informowal\p{L}*|urodzil\p{L}*|zmarl\p{L}*)(?![\p{L}])/gu;
const EVENT =
  /(?:^|[^\p{L}])(?:odbedzie|odbeda|odbywac\s+sie\s+bed\p{L}*|odbywa\s+sie|zaprasza\p{L}*|zapraszamy|spotkani\p{L}*|sesj\p{L}*|posiedzeni\p{L}*|konferencj\p{L}*|dyzur\p{L}*|zebrani\p{L}*|uroczyst\p{L}*|rozpocznie|rozpoczna|wydarzeni\p{L}*|koncert\p{L}*|festyn\p{L}*|piknik\p{L}*|warsztat\p{L}*|debat\p{L}*|godz\.?|godzinie|poczatek|start|poniedzialek|wtorek|srode|sroda|czwartek|piatek|sobote|sobota|niedziele|niedziela|obrady|obradowac|zbierze|planowan\p{L}*|przewidzian\p{L}*|zostanie|zostana|bedzie|beda)(?![\p{L}])/gu;

function nearest(re: RegExp, before: string, after: string): number {
  let best = Number.POSITIVE_INFINITY;
  for (const m of before.matchAll(re)) best = Math.min(best, before.length - (m.index + m[0].length));
  for (const m of after.matchAll(re)) best = Math.min(best, m.index + 20);
  return best;
}

/**
 * The role of a date that is not the document's own date, from the words around it: a deadline
 * (`do …`), a citation (`z dnia …`), a period (ranges, `od …`), a past mention or an event,
 * whichever cue stands closest; without cues, dates after the document date are events.
 */
export function classifyDateRole(ctx: DateRoleContext): DateRole {
  const { before, after } = ctx;
  if (!ctx.isRange && DEADLINE_BEFORE.test(before)) return 'deadline';
  if (CITATION_BEFORE.test(before)) return 'mentioned';
  const past = nearest(PAST, before, after);
  const event = nearest(EVENT, before, after);
  if (ctx.isRange || FROM_BEFORE.test(before)) {
    return past < event ? 'mentioned' : 'period';
  }
  if (past < event) return 'mentioned';
  if (event < Number.POSITIVE_INFINITY || ctx.hasTime) return 'event';
  if (ctx.afterDocumentDate === true) return 'event';
  return 'mentioned';
}
