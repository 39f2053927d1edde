import type { EntityFields } from '@skryba/entities';
/**
 * Scores extracted entity fields against a gold annotation (`/work/shared/GOLD_FORMAT.md`).
 * Pure: gold JSON + predicted record fields (+ the text the prediction was made on) → per-field
 * true positives, false positives and false negatives. How the text was obtained (plain text,
 * DOCX, PDF, scan, wrong-model OCR) is the caller's business.
 *
 * Matching rules (each gold item matches at most one predicted item and vice versa; greedy in
 * document order):
 * - `dates`: equal `iso` and equal `time` (null = null). Role is not required; it is scored
 *   separately as `dateRoles` (iso, time and role all equal), and `datesIso` ignores the time.
 * - `venues`: the predicted span overlaps an occurrence of the gold `text` in the document
 *   (whitespace-insensitive search, every occurrence counts), or both have a non-null `address`
 *   and the addresses are equal after collapsing whitespace and ignoring case.
 * - `signatories`, `addressees`, `peopleMentioned`: the gold `name` (collapsed whitespace,
 *   case-insensitive) equals the predicted `name` as written or its `nominative`.
 * - `referenceNumbers`, `emails`, `phones`, `urls`: exact string after trimming (emails and URLs
 *   ignore case; duplicates count once).
 * - `title`: one item per document when either side has a title; equal after collapsing
 *   whitespace and removing Markdown emphasis. A predicted title differing from the gold one is
 *   both a false positive and a false negative.
 */
import type { DateMention, Person, SkrybaRecord, Venue } from '@skryba/schema';
import { contactsSchema, dateMentionSchema, personSchema, recordSchema, venueSchema } from '@skryba/schema';

// Built from the record's own schemas (bench/ has no zod of its own), lenient about extra keys
// such as `doc_type`, `notes` or `city`.
const goldPerson = personSchema.pick({ name: true, role: true });

/** The entity part of a gold file: the record's entity fields in snake_case, without offsets. */
export const goldEntitiesSchema = contactsSchema.extend({
  title: recordSchema.shape.title,
  dates: dateMentionSchema.omit({ start: true, end: true }).array(),
  venues: venueSchema.omit({ start: true, end: true }).array(),
  signatories: goldPerson.array(),
  addressees: goldPerson.array(),
  people_mentioned: goldPerson.array(),
  reference_numbers: recordSchema.shape.referenceNumbers,
});
export type GoldEntities = ReturnType<typeof goldEntitiesSchema.parse>;

/** The record fields an entity extractor fills. */
export type PredictedEntities = EntityFields;

export const ENTITY_FIELDS = [
  'title',
  'dates',
  'datesIso',
  'dateRoles',
  'venues',
  'signatories',
  'addressees',
  'peopleMentioned',
  'referenceNumbers',
  'emails',
  'phones',
  'urls',
] as const;
export type EntityField = (typeof ENTITY_FIELDS)[number];

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
export type EntityScore = Record<EntityField, Counts>;

/** One mismatch, for printing what went wrong. */
export interface Miss {
  field: EntityField;
  kind: 'fp' | 'fn';
  value: string;
}

const collapse = (s: string) =>
  s
    .replace(/\*\*|__/g, '')
    .replace(/\s+/gu, ' ')
    .trim();

/** Greedy one-to-one matching; returns counts and the unmatched items of both sides. */
function match<G, P>(gold: readonly G[], pred: readonly P[], same: (g: G, p: P) => boolean) {
  const used = new Set<number>();
  const missed: G[] = [];
  for (const g of gold) {
    const i = pred.findIndex((p, j) => !used.has(j) && same(g, p));
    if (i >= 0) used.add(i);
    else missed.push(g);
  }
  const extra = pred.filter((_, j) => !used.has(j));
  return { counts: { tp: used.size, fp: extra.length, fn: missed.length }, missed, extra };
}

/** Every [start, end) where `needle` occurs in `text`, whitespace runs matching any whitespace. */
export function occurrences(text: string, needle: string): Array<[number, number]> {
  const parts = needle
    .trim()
    .split(/\s+/u)
    .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (parts.length === 0 || parts[0] === '') return [];
  const re = new RegExp(parts.join('\\s+'), 'gu');
  return [...text.matchAll(re)].map((m) => [m.index, m.index + m[0].length] as [number, number]);
}

const uniq = (xs: readonly string[], fold: boolean) => [
  ...new Set(xs.map((x) => (fold ? x.trim().toLowerCase() : x.trim()))),
];

/** Scores one document. `text` is the text the prediction's offsets point into. */
export function scoreEntities(
  goldInput: unknown,
  pred: PredictedEntities,
  text: string,
): { score: EntityScore; misses: Miss[] } {
  const gold = goldEntitiesSchema.parse(goldInput);
  const misses: Miss[] = [];
  const score = {} as EntityScore;
  const record = <G, P>(
    field: EntityField,
    r: { counts: Counts; missed: G[]; extra: P[] },
    showG: (g: G) => string,
    showP: (p: P) => string,
  ) => {
    score[field] = r.counts;
    for (const g of r.missed) misses.push({ field, kind: 'fn', value: showG(g) });
    for (const p of r.extra) misses.push({ field, kind: 'fp', value: showP(p) });
  };

  const goldTitle = gold.title === null ? [] : [collapse(gold.title)];
  const predTitle = pred.title === null ? [] : [collapse(pred.title)];
  record(
    'title',
    match(goldTitle, predTitle, (g, p) => g === p),
    String,
    String,
  );

  type GoldDate = GoldEntities['dates'][number];
  const showGD = (g: GoldDate) => `${g.text} ${g.iso} ${g.time ?? '-'} ${g.role}`;
  const showPD = (p: DateMention) => `${p.text} ${p.iso} ${p.time ?? '-'} ${p.role}`;
  record(
    'dates',
    match(gold.dates, pred.dates, (g, p) => g.iso === p.iso && g.time === p.time),
    showGD,
    showPD,
  );
  record(
    'datesIso',
    match(gold.dates, pred.dates, (g, p) => g.iso === p.iso),
    showGD,
    showPD,
  );
  record(
    'dateRoles',
    match(gold.dates, pred.dates, (g, p) => g.iso === p.iso && g.time === p.time && g.role === p.role),
    showGD,
    showPD,
  );

  const sameAddress = (a: string | null, b: string | null) =>
    a !== null && b !== null && collapse(a).toLowerCase() === collapse(b).toLowerCase();
  const goldVenueSpans = gold.venues.map((v) => occurrences(text, v.text));
  record(
    'venues',
    match(
      gold.venues.map((v, i) => ({ v, spans: goldVenueSpans[i]! })),
      pred.venues,
      (g, p: Venue) =>
        sameAddress(g.v.address, p.address) || g.spans.some(([s, e]) => p.start < e && s < p.end),
    ),
    (g) => collapse(g.v.text),
    (p) => collapse(p.text),
  );

  const samePerson = (g: { name: string }, p: Person) => {
    const name = collapse(g.name).toLowerCase();
    return name === collapse(p.name).toLowerCase() || name === collapse(p.nominative).toLowerCase();
  };
  const showGP = (g: { name: string; role: string | null }) => `${g.name} (${g.role ?? '-'})`;
  const showPP = (p: Person) => `${p.name} (${p.role ?? '-'})`;
  record('signatories', match(gold.signatories, pred.signatories, samePerson), showGP, showPP);
  record('addressees', match(gold.addressees, pred.addressees, samePerson), showGP, showPP);
  record('peopleMentioned', match(gold.people_mentioned, pred.peopleMentioned, samePerson), showGP, showPP);

  const strings = (field: EntityField, g: readonly string[], p: readonly string[], fold: boolean) =>
    record(
      field,
      match(uniq(g, fold), uniq(p, fold), (a, b) => a === b),
      String,
      String,
    );
  strings('referenceNumbers', gold.reference_numbers, pred.referenceNumbers, false);
  strings('emails', gold.emails, pred.contacts.emails, true);
  strings('phones', gold.phones, pred.contacts.phones, false);
  strings('urls', gold.urls, pred.contacts.urls, true);
  return { score, misses };
}

export function emptyScore(): EntityScore {
  return Object.fromEntries(ENTITY_FIELDS.map((f) => [f, { tp: 0, fp: 0, fn: 0 }])) as EntityScore;
}

/** Adds `b` into `a`. */
export function addScores(a: EntityScore, b: EntityScore): EntityScore {
  for (const f of ENTITY_FIELDS) {
    a[f].tp += b[f].tp;
    a[f].fp += b[f].fp;
    a[f].fn += b[f].fn;
  }
  return a;
}

/** Precision, recall and F1; an empty side counts as perfect (nothing to find, nothing wrong). */
export function prf(c: Counts): { precision: number; recall: number; f1: number } {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}
