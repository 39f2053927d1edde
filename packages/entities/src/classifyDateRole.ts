import type { DateRole } from '@skryba/schema';
import { WEEKDAY_SOURCE } from './months.ts';

/** What the role decision looks at, all folded (see `foldText`). */
export interface DateRoleContext {
  /** Sentence text before the date. */
  before: string;
  /** Sentence text after the date. */
  after: string;
  /** The same two pieces lower-cased but not folded, where `ł` still tells a past tense. */
  rawBefore: string;
  rawAfter: string;
  isRange: boolean;
  hasTime: boolean;
  /**
   * Where the date (a range by its last day) lies against the document date: `before`, `after`,
   * or null when either is unknown or they coincide.
   */
  relation: 'before' | 'after' | null;
}

// Something is due by this date: `do 3 marca`, `do dnia`, `nie później niż`, `termin składania …:`.
const DEADLINE_BEFORE =
  /(?:^|[^\p{L}])(?:do\s+godz(?:\.|iny)?\s*\d{1,2}(?:[:.]\d{2})?\s+(?:w\s+)?(?:dniu|dnia)|do|przed|najpozniej(?:\s+do)?|nie\s+pozniej\s+niz|uplywa|uplywa\s+z\s+dniem|terminie|termin(?:ie)?\s+(?:do|uplywa)|(?:termin|terminy?)\s+(?:skladania|zglaszania|nadsylania|przyjmowania|zgloszen|wnoszenia|przesylania|zlozenia|wniesienia|zgloszenia|nadeslania|przeslania|oddania|zwrotu|platnosci|zapisow|rejestracji)[\p{L}\s]*:?)\s*(?:dnia\s+|dn\.\s*)?$/u;
// An act or letter cited by its date: `ustawy z dnia 8 marca 1990 r.`, `pismem z 5 marca`.
const CITATION_BEFORE = /(?:^|[^\p{L}])z\s+(?:dnia\s+|dniem\s+|dn\.\s*)?$/u;
const FROM_BEFORE = /(?:^|[^\p{L}])od\s+(?:dnia\s+|dn\.\s*)?$/u;
// A weekday between the cue and the date changes nothing: `do poniedziałku, 25 listopada`.
const TRAILING_WEEKDAY = new RegExp(String.raw`(?<![\p{L}])(?:we?\s+)?${WEEKDAY_SOURCE}\s*,?\s*$`, 'u');
// Ranges that are one happening rather than a span something runs in: a meeting of several days,
// days an office is closed, a supply interrupted, an exam.
const RANGE_EVENT =
  /(?:^|[^\p{L}])(?:odbedzie|odbeda|nieczynn\p{L}*|zamkniet\p{L}*|przerw[aey]\s+w|wylaczeni\p{L}*|egzamin\p{L}*|w\s+nocy)(?![\p{L}])/gu;
const CLOSURE = /(?:^|[^\p{L}])(?:nieczynn|zamkniet|przerw[aey]\s+w|wylaczeni|w\s+nocy)/u;
// What takes place over a span is a period however it is announced: consultations, a call, files
// laid out, duty hours, a series of meetings (`odbędą się posiedzenia komisji`).
const SPAN_NOUN =
  /(?:^|[^\p{L}])(?:konsultacj|nabor|wylozeni|dyzur|posiedzenia|sesje|zapis|rekrutacj|ankiet|glosowani)/u;
const PAST =
  /(?:^|[^\p{L}])(?:odbyl[aoy]?|odbyt\p{L}*|odbyl[iy]|mial[aoy]?\s+miejsce|rozpoczel[aoy]?|rozpoczely|przekazan\p{L}*|podjal[aoy]?|podjet[aoy]|podjeto|zlozon\p{L}*|zlozyl\p{L}*|wplyn\p{L}*|uchwalon\p{L}*|wydan[aey]|przyjet[aey]|przyjal[aoy]?|zostal[aoy]?|zostaly|zostali|ogloszon\p{L}*|oglosil\p{L}*|obowiazywal\p{L}*|ubieglym|ubieglego|zeszlym|poprzedni\p{L}*|dotychczas|wczesniej|zorganizowal\p{L}*|gosci\p{L}*l|zakonczyl\p{L}*|wybran[aiy]|powolan\p{L}*|otrzymal\p{L}*|skierowal\p{L}*|informowal\p{L}*|urodzil\p{L}*|zmarl\p{L}*|przypada\p{L}*|obchodzi\p{L}*|wchodzi|wejdzie|wchodza)(?![\p{L}])/gu;
// Third-person past tense (`przeprowadzili`, `podpisała`, `zakończył`), read in unfolded text so
// that `uchwałą` is no `uchwała`; nouns that look alike are listed.
const PAST_FORM = /(?:^|[^\p{L}])(\p{Ll}{3,}(?:[aiyeę]ł[aoy]?|ął|[aiye]li))(?![\p{L}])/gu;
const NOT_PAST = new Set(
  (
    'udział udziały materiał materiały kanał kanały kapitał zapał upał dział działy wydział wydziały ' +
    'cały cała cało mały mała mało stały stała stało biały biała miły miła siła siły skala szkoła szkoły ' +
    'fala sali hali auli woli roli magistrali dali oddali tymczasem osiedli zespół kościół ' +
    'ogół dół pół anieli wedle'
  ).split(' '),
);

function pastDistance(before: string, after: string): number {
  let best = Number.POSITIVE_INFINITY;
  for (const m of before.matchAll(PAST_FORM)) {
    if (!NOT_PAST.has(m[1]!)) best = Math.min(best, before.length - (m.index + m[0].length));
  }
  for (const m of after.matchAll(PAST_FORM)) {
    if (!NOT_PAST.has(m[1]!)) best = Math.min(best, m.index + 20);
  }
  return best;
}

const EVENT =
  /(?:^|[^\p{L}])(?:odbedzie|odbeda|odbywac\s+sie\s+bed\p{L}*|odbywa\s+sie|nastapi|nastapia|zaprasza\p{L}*|zapraszamy|spotkani\p{L}*|sesj\p{L}*|posiedzeni\p{L}*|konferencj\p{L}*|dyzur\p{L}*|zebrani\p{L}*|uroczyst\p{L}*|rozpocznie|rozpoczna|wydarzeni\p{L}*|koncert\p{L}*|festyn\p{L}*|piknik\p{L}*|warsztat\p{L}*|debat\p{L}*|godz\.?|godzinie|poczatek|start|obrady|obradowac|zbierze|planowan\p{L}*|przewidzian\p{L}*|zostanie|zostana|bedzie|beda)(?![\p{L}])/gu;

/** Whether the words right before a date make it a deadline (`do`, `nie później niż`, `termin …:`). */
export function isDeadlineCue(before: string): boolean {
  return DEADLINE_BEFORE.test(before.replace(TRAILING_WEEKDAY, ''));
}

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
  const before = ctx.before.replace(TRAILING_WEEKDAY, '');
  const { after } = ctx;
  if (!ctx.isRange && DEADLINE_BEFORE.test(before)) return 'deadline';
  if (CITATION_BEFORE.test(before)) return 'mentioned';
  // What is over by the document's own date is reported, whatever it was.
  if (ctx.relation === 'before') return 'mentioned';
  // A date after the document's own date is not reported in the past tense; only explicit cues count.
  const generic =
    ctx.relation === 'after' ? Number.POSITIVE_INFINITY : pastDistance(ctx.rawBefore, ctx.rawAfter);
  const past = Math.min(nearest(PAST, before, after), generic);
  const event = nearest(EVENT, before, after);
  if (ctx.isRange) {
    if (past < event) return 'mentioned';
    if (nearest(RANGE_EVENT, before, after) === Number.POSITIVE_INFINITY) return 'period';
    const sentence = `${before} ${after}`;
    return SPAN_NOUN.test(sentence) && !CLOSURE.test(sentence) ? 'period' : 'event';
  }
  // `od 1 września` alone marks when something starts to apply, like an entry into force.
  if (FROM_BEFORE.test(before)) return 'mentioned';
  if (past < event) return 'mentioned';
  if (event < Number.POSITIVE_INFINITY || ctx.hasTime) return 'event';
  if (ctx.relation === 'after') return 'event';
  return 'mentioned';
}
