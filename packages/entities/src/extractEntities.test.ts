import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractEntities } from './extractEntities.ts';
import { testResources } from './testResources.ts';

// The five seed documents and their gold records (GOLD_FORMAT.md), copied into the repository.
const seeds = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../fixtures/seeds');
const gold = path.join(seeds, 'gold');
const ids = existsSync(gold)
  ? readdirSync(gold)
      .filter((f) => f.endsWith('.json'))
      .map((f) => f.slice(0, -'.json'.length))
  : [];

interface GoldPerson {
  name: string;
  role: string | null;
}
interface Gold {
  title: string | null;
  dates: Array<{ text: string; iso: string; time: string | null; role: string }>;
  venues: Array<{ text: string; address: string | null }>;
  signatories: GoldPerson[];
  addressees: GoldPerson[];
  people_mentioned: GoldPerson[];
  reference_numbers: string[];
  emails: string[];
  phones: string[];
  urls: string[];
}

const collapse = (s: string) => s.replace(/\s+/gu, ' ').trim();

describe('extractEntities on the seed documents', () => {
  it('finds the five seeds', () => {
    expect(ids).toHaveLength(5);
  });

  for (const id of ids) {
    it(`${id} matches its gold record`, () => {
      const repaired = path.join(gold, `${id}.repaired.txt`);
      const text = readFileSync(existsSync(repaired) ? repaired : path.join(seeds, `${id}.txt`), 'utf8');
      const g = JSON.parse(readFileSync(path.join(gold, `${id}.json`), 'utf8')) as Gold;
      const e = extractEntities(text, testResources());

      for (const list of [e.dates, e.venues, e.signatories, e.addressees, e.peopleMentioned]) {
        for (const item of list)
          expect(text.slice(item.start, item.end)).toBe('text' in item ? item.text : item.name);
      }
      expect(e.title === null ? null : collapse(e.title)).toBe(g.title === null ? null : collapse(g.title));
      expect(e.dates.map((d) => `${d.text}|${d.iso}|${d.time}|${d.role}`)).toEqual(
        g.dates.map((d) => `${d.text}|${d.iso}|${d.time}|${d.role}`),
      );
      expect(e.venues.map((v) => [collapse(v.text), v.address])).toEqual(
        g.venues.map((v) => [collapse(v.text), v.address]),
      );
      const names = (ps: GoldPerson[]) => ps.map((p) => `${p.name} (${p.role ?? '-'})`);
      expect(names(e.signatories)).toEqual(names(g.signatories));
      expect(names(e.addressees)).toEqual(names(g.addressees));
      expect(names(e.peopleMentioned)).toEqual(names(g.people_mentioned));
      expect(e.referenceNumbers).toEqual(g.reference_numbers);
      expect(e.contacts).toEqual({ emails: g.emails, phones: g.phones, urls: g.urls });
    });
  }
});
