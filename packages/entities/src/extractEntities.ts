import type { DateMention, SkrybaRecord } from '@skryba/schema';
import { breakLongLines } from './breakLongLines.ts';
import type { EntityResources } from './createEntityResources.ts';
import { findContacts } from './findContacts.ts';
import { findDates } from './findDates.ts';
import { findPeople } from './findPeople.ts';
import { findReferenceNumbers } from './findReferenceNumbers.ts';
import { findTitle } from './findTitle.ts';
import { findVenues } from './findVenues.ts';

/** The record fields this stage fills. */
export type EntityFields = Pick<
  SkrybaRecord,
  | 'title'
  | 'dates'
  | 'venues'
  | 'signatories'
  | 'addressees'
  | 'peopleMentioned'
  | 'referenceNumbers'
  | 'contacts'
>;

/** What earlier stages may already know about the document. */
export interface EntityHints {
  /**
   * The document's own date, `YYYY-MM-DD`, when known from outside the text (file metadata).
   * @defaultValue the issue date found in the text
   */
  documentDate?: string | null;
}

/**
 * Dates, venues, people, reference numbers, contacts and the title of one document's final text.
 * Every entity's `start`/`end` are UTF-16 offsets into `text` (`text.slice(start, end) === entity.text`,
 * for people the name as written). Pure: the same text, resources and hints give the same fields.
 */
export function extractEntities(
  text: string,
  resources: EntityResources,
  hints: EntityHints = {},
): EntityFields {
  // Finders read a copy whose overlong lines are broken (same length, same offsets); everything
  // they return is re-read from the original text by offset.
  const analysed = breakLongLines(text);
  if (analysed !== text) return fromOriginal(extractEntities(analysed, resources, hints), text);
  const dates: DateMention[] = findDates(text, { documentDate: hints.documentDate ?? null });
  const people = findPeople(text, resources);
  const referenceNumbers = [...new Set(findReferenceNumbers(text).map((r) => r.text))];
  return {
    title: findTitle(text),
    dates,
    venues: findVenues(text),
    signatories: people.signatories,
    addressees: people.addressees,
    peopleMentioned: people.peopleMentioned,
    referenceNumbers,
    contacts: findContacts(text),
  };
}

/** Entities found in the line-broken copy, with their strings taken from the original text. */
function fromOriginal(fields: EntityFields, text: string): EntityFields {
  const person = <T extends { name: string; start: number; end: number }>(p: T): T => ({
    ...p,
    name: text.slice(p.start, p.end),
  });
  return {
    // A title never spans one of the inserted breaks' lines but may have been joined across them.
    title: fields.title === null ? null : fields.title.replace(/\n/g, ' '),
    dates: fields.dates.map((d) => ({ ...d, text: text.slice(d.start, d.end) })),
    venues: fields.venues.map((v) => ({ ...v, text: text.slice(v.start, v.end) })),
    signatories: fields.signatories.map(person),
    addressees: fields.addressees.map(person),
    peopleMentioned: fields.peopleMentioned.map(person),
    referenceNumbers: fields.referenceNumbers,
    contacts: fields.contacts,
  };
}
