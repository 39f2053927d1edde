/**
 * Checks gold annotation files of the municipal corpus (`/work/shared/GOLD_FORMAT.md`, summarised in
 * `corpora/municipal/README.md`) against the texts they describe.
 *
 * Usage: `pnpm exec tsx corpora/municipal/validateGold.ts <goldDir> [textDir]`
 * The text of `X.json` is `X.repaired.txt` (in goldDir, then textDir) when present, else `textDir/X.txt`;
 * textDir defaults to goldDir. Exit code 1 when any error was found; warnings do not fail the run.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
// Relative import on purpose: corpora/ is not a workspace package, so neither `zod` nor `@skryba/schema`
// resolves from here. Deriving the gold schema from the record schema also keeps the label sets in step.
import {
  contactsSchema,
  dateMentionSchema,
  documentTypeLabelSchema,
  personSchema,
  recordSchema,
  venueSchema,
} from '../../packages/schema/src/index.ts';

const ISO_DAY = /^(\d{4}|-)-(\d{2})-(\d{2})$/;
const TIME = /^(\d{2}):(\d{2})$/;

const isoSchema = dateMentionSchema.shape.iso.regex(
  /^(\d{4}|-)-\d{2}-\d{2}(\/(\d{4}|-)-\d{2}-\d{2})?$/,
  'iso must be YYYY-MM-DD, --MM-DD or a range a/b of those',
);
const timeSchema = dateMentionSchema.shape.time
  .unwrap()
  .regex(/^\d{2}:\d{2}(\/\d{2}:\d{2})?$/, 'time must be HH:MM or HH:MM/HH:MM')
  .nullable();
const nullableString = recordSchema.shape.title;
const stringList = recordSchema.shape.referenceNumbers;

const goldDateSchema = dateMentionSchema
  .omit({ start: true, end: true })
  .extend({ iso: isoSchema, time: timeSchema })
  .strict();
const goldVenueSchema = venueSchema.omit({ start: true, end: true }).strict();
const goldPersonSchema = personSchema.pick({ name: true, role: true }).strict();

/** One gold file: the record's extracted fields in snake_case, without offsets or nominatives. */
export const goldSchema = contactsSchema
  .extend({
    source_url: nullableString,
    doc_type: documentTypeLabelSchema,
    title: nullableString,
    dates: goldDateSchema.array(),
    venues: goldVenueSchema.array(),
    signatories: goldPersonSchema.array(),
    addressees: goldPersonSchema.array(),
    people_mentioned: goldPersonSchema.array(),
    reference_numbers: stringList,
    /** Free-text labelling remark; not a substring of the text. */
    notes: recordSchema.shape.text.optional(),
    /** City or municipality seat in the nominative; metadata, not a substring of the text. */
    city: recordSchema.shape.text.optional(),
  })
  .strict();
export type Gold = ReturnType<typeof goldSchema.parse>;

type Report = { errors: string[]; warnings: string[] };

const MONTH_STEMS: ReadonlyArray<readonly [RegExp, number]> = [
  [/stycz|\bsty\b/i, 1],
  [/lut/i, 2],
  [/\bmar(?:zec|ca|cu|\b)/i, 3],
  [/kwie|\bkwi\b/i, 4],
  [/\bmaj|\bmaja\b/i, 5],
  [/czerw|\bcze\b/i, 6],
  [/lip/i, 7],
  [/sierp|\bsie\b/i, 8],
  [/wrze|\bwrz\b/i, 9],
  [/październik|\bpaź/i, 10],
  [/listopad|\blis\b/i, 11],
  [/grud|\bgru\b/i, 12],
];
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

/** Months a date mention names (words, abbreviations, Roman or Arabic numerals); empty for a bare day. */
function monthsIn(text: string): Set<number> {
  const months = new Set<number>();
  for (const [stem, month] of MONTH_STEMS) if (stem.test(text)) months.add(month);
  for (const m of text.matchAll(/(?<![\p{L}\d])([IVX]{1,4})(?![\p{L}\d])/gu)) {
    const index = ROMAN.indexOf(m[1] ?? '');
    if (index >= 0) months.add(index + 1);
  }
  for (const m of text.matchAll(/\d{4}-(\d{2})-\d{2}|\d{1,2}[./](\d{1,2})[./]\d{4}/g)) {
    months.add(Number(m[1] ?? m[2]));
  }
  return months;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Checks one side of an iso value; returns a sortable key (`MM-DD` prefixed by the year or `--`). */
function checkIsoDay(value: string, where: string, r: Report): string | null {
  const m = ISO_DAY.exec(value);
  if (!m) {
    r.errors.push(`${where}: malformed iso side "${value}"`);
    return null;
  }
  const year = m[1] === '-' ? 2000 : Number(m[1]); // 2000 is a leap year, so --02-29 stays valid
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    r.errors.push(`${where}: "${value}" is not a calendar date`);
    return null;
  }
  return value;
}

function minutes(value: string): number | null {
  const m = TIME.exec(value);
  if (!m) return null;
  const h = Number(m[1]);
  const min = Number(m[2]);
  return h <= 24 && min < 60 && h * 60 + min <= 24 * 60 ? h * 60 + min : null;
}

/** Reports a string that is not a verbatim substring; tolerates whitespace differences as a warning. */
function checkSubstring(text: string, value: string, where: string, r: Report): void {
  if (value.length === 0) r.errors.push(`${where}: empty string`);
  else if (text.includes(value)) return;
  else {
    const collapse = (s: string) => s.replace(/\s+/g, ' ');
    if (collapse(text).includes(collapse(value))) {
      r.warnings.push(`${where}: "${value}" matches only after collapsing whitespace`);
    } else r.errors.push(`${where}: "${value}" is not a substring of the text`);
  }
}

function checkDates(gold: Gold, text: string, r: Report): void {
  const seen = new Set<string>();
  gold.dates.forEach((d, i) => {
    const where = `dates[${i}] "${d.text}"`;
    checkSubstring(text, d.text, where, r);
    if (seen.has(d.iso)) r.errors.push(`${where}: iso ${d.iso} listed twice (each distinct date once)`);
    seen.add(d.iso);
    const sides = d.iso.split('/');
    const keys = sides.map((s) => checkIsoDay(s, where, r));
    const [a, b] = keys;
    if (a && b) {
      if (a.startsWith('--') !== b.startsWith('--')) r.errors.push(`${where}: range mixes year and no year`);
      else if (a >= b) r.errors.push(`${where}: range ${d.iso} does not run forwards`);
    }
    if (d.time) {
      const [t0, t1] = d.time.split('/').map(minutes);
      if (t0 === null || t1 === null) r.errors.push(`${where}: time ${d.time} out of range`);
      else if (t0 !== undefined && t1 !== undefined && t0 >= t1) {
        r.errors.push(`${where}: time range ${d.time} does not run forwards`);
      }
    }
    // Consistency of the label with its own text: catches slips such as a wrong month or year.
    const numbers = new Set([...d.text.matchAll(/\d+/g)].map((m) => Number(m[0])));
    for (const side of sides) {
      const day = Number(side.slice(-2));
      if (!numbers.has(day)) r.errors.push(`${where}: day ${day} of ${side} does not occur in the text`);
    }
    const months = monthsIn(d.text);
    if (months.size > 0) {
      for (const side of sides) {
        const month = Number(side.slice(-5, -3));
        if (!months.has(month)) r.errors.push(`${where}: month ${month} of ${side} is not named in the text`);
      }
    }
    const years = [...d.text.matchAll(/(?<!\d)(1\d{3}|20\d{2})(?!\d)/g)].map((m) => m[1]);
    if (years.length > 0) {
      for (const side of sides) {
        if (side.startsWith('--')) r.errors.push(`${where}: text fixes the year but iso is ${side}`);
        else if (!years.includes(side.slice(0, 4))) {
          r.errors.push(`${where}: year of ${side} differs from the text`);
        }
      }
    }
  });
}

function checkPeople(list: Gold['signatories'], field: string, text: string, r: Report): void {
  const names = new Set<string>();
  list.forEach((p, i) => {
    const where = `${field}[${i}]`;
    checkSubstring(text, p.name, `${where}.name`, r);
    if (p.role !== null) checkSubstring(text, p.role, `${where}.role`, r);
    if (/^(Pan|Pani|Sz\.\s*P\.)\s/.test(p.name)) r.errors.push(`${where}: name keeps the honorific`);
    if (names.has(p.name)) r.warnings.push(`${where}: ${p.name} listed twice`);
    names.add(p.name);
  });
}

function checkGold(gold: Gold, text: string, r: Report): void {
  if (gold.title !== null) checkSubstring(text, gold.title, 'title', r);
  checkDates(gold, text, r);
  gold.venues.forEach((v, i) => {
    checkSubstring(text, v.text, `venues[${i}].text`, r);
    if (v.address !== null && !v.text.includes(v.address)) {
      r.errors.push(`venues[${i}]: address "${v.address}" is not inside the venue text`);
    }
  });
  checkPeople(gold.signatories, 'signatories', text, r);
  checkPeople(gold.addressees, 'addressees', text, r);
  checkPeople(gold.people_mentioned, 'people_mentioned', text, r);
  const signers = new Set(gold.signatories.map((p) => p.name));
  for (const p of gold.people_mentioned) {
    if (signers.has(p.name)) r.errors.push(`people_mentioned: ${p.name} is already a signatory`);
  }
  gold.reference_numbers.forEach((n, i) => {
    checkSubstring(text, n, `reference_numbers[${i}]`, r);
    if (/^nr\b/i.test(n)) r.errors.push(`reference_numbers[${i}]: "${n}" keeps the Nr prefix`);
    if (/Dz\.\s*U|poz\.|^art\.|^§/.test(n))
      r.errors.push(`reference_numbers[${i}]: "${n}" is not a reference`);
  });
  gold.emails.forEach((e, i) => {
    checkSubstring(text, e, `emails[${i}]`, r);
    if (!/^[^\s@]+@[^\s@]+\.[^\s@.]+$/.test(e)) r.errors.push(`emails[${i}]: "${e}" is not an email`);
  });
  gold.phones.forEach((p, i) => {
    checkSubstring(text, p, `phones[${i}]`, r);
    const digits = p.replace(/\D/g, '').length;
    if (digits < 9 || !/^[+(\d]/.test(p)) r.errors.push(`phones[${i}]: "${p}" does not look like a phone`);
  });
  gold.urls.forEach((u, i) => {
    checkSubstring(text, u, `urls[${i}]`, r);
    if (/\s|[.,;:)]$/.test(u) || !u.includes('.')) r.errors.push(`urls[${i}]: "${u}" is not a clean URL`);
  });
}

function checkText(text: string, r: Report): void {
  if (text.includes('\r')) r.errors.push('text has \\r line breaks');
  if (text.normalize('NFC') !== text) r.warnings.push('text is not NFC-normalised');
  const words = text.split(/\s+/).filter((w) => /[\p{L}\d]/u.test(w)).length;
  if (words < 150 || words > 700) r.warnings.push(`text has ${words} words (corpus target 150-700)`);
}

function textPathFor(base: string, goldDir: string, textDir: string): string | null {
  const candidates = [
    path.join(goldDir, `${base}.repaired.txt`),
    path.join(textDir, `${base}.repaired.txt`),
    path.join(textDir, `${base}.txt`),
  ];
  return candidates.find((p) => existsSync(p)) ?? null;
}

function main(argv: string[]): number {
  const [goldDir, textDirArg] = argv;
  if (!goldDir) {
    console.error('usage: validateGold.ts <goldDir> [textDir]');
    return 2;
  }
  const textDir = textDirArg ?? goldDir;
  const golds = readdirSync(goldDir)
    .filter((f) => f.endsWith('.json'))
    .sort();
  const perType = new Map<string, number>();
  const totals = { dates: 0, venues: 0, signatories: 0, addressees: 0, people: 0, refs: 0, contacts: 0 };
  let errorCount = 0;
  let warningCount = 0;
  const print = (name: string, r: Report) => {
    for (const e of r.errors) console.log(`ERROR ${name}: ${e}`);
    for (const w of r.warnings) console.log(`warn  ${name}: ${w}`);
    errorCount += r.errors.length;
    warningCount += r.warnings.length;
  };

  for (const file of golds) {
    const base = file.slice(0, -'.json'.length);
    const r: Report = { errors: [], warnings: [] };
    const textPath = textPathFor(base, goldDir, textDir);
    if (!textPath) {
      print(file, { errors: ['no text file found'], warnings: [] });
      continue;
    }
    const text = readFileSync(textPath, 'utf8');
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(path.join(goldDir, file), 'utf8'));
    } catch (error) {
      print(file, { errors: [`invalid JSON: ${String(error)}`], warnings: [] });
      continue;
    }
    const parsed = goldSchema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        r.errors.push(`schema: ${issue.path.join('.')}: ${issue.message}`);
      print(file, r);
      continue;
    }
    const gold = parsed.data;
    checkText(text, r);
    checkGold(gold, text, r);
    print(file, r);
    perType.set(gold.doc_type, (perType.get(gold.doc_type) ?? 0) + 1);
    totals.dates += gold.dates.length;
    totals.venues += gold.venues.length;
    totals.signatories += gold.signatories.length;
    totals.addressees += gold.addressees.length;
    totals.people += gold.people_mentioned.length;
    totals.refs += gold.reference_numbers.length;
    totals.contacts += gold.emails.length + gold.phones.length + gold.urls.length;
  }
  const texts = existsSync(textDir) ? readdirSync(textDir).filter((f) => /^[^.]+\.txt$/.test(f)) : [];
  for (const t of texts) {
    if (!golds.includes(t.replace(/\.txt$/, '.json'))) print(t, { errors: ['no gold file'], warnings: [] });
  }

  console.log(`\n${golds.length} gold files in ${goldDir}`);
  for (const label of documentTypeLabelSchema.options) {
    console.log(`  ${label.padEnd(15)} ${perType.get(label) ?? 0}`);
  }
  console.log(
    `  fields: ${totals.dates} dates, ${totals.venues} venues, ${totals.signatories} signatories, ` +
      `${totals.addressees} addressees, ${totals.people} people mentioned, ${totals.refs} reference numbers, ` +
      `${totals.contacts} contacts`,
  );
  console.log(`${errorCount} errors, ${warningCount} warnings`);
  return errorCount > 0 ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
