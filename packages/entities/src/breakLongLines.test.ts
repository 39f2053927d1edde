import { describe, expect, it } from 'vitest';
import { breakLongLines, MAX_ANALYSED_LINE } from './breakLongLines.ts';
import { createEntityResources } from './createEntityResources.ts';
import { extractEntities } from './extractEntities.ts';
import { loadPolishNameLists } from './loadPolishNameLists.ts';

const sentence =
  'Spotkanie odbędzie się 14 listopada 2025 r. o godz. 16:30 przy ul. Długiej 5, tel. 12 616 78 00. ';

describe('breakLongLines', () => {
  it('leaves ordinary text alone', () => {
    const text = `${sentence}\n${sentence}`;
    expect(breakLongLines(text)).toBe(text);
  });

  it('breaks an overlong line at sentence ends, keeping length and every other character', () => {
    const text = sentence.repeat(60);
    const broken = breakLongLines(text);
    expect(broken.length).toBe(text.length);
    for (let i = 0; i < text.length; i++) {
      if (broken[i] !== text[i]) expect([text[i], broken[i]]).toEqual([' ', '\n']);
    }
    for (const line of broken.split('\n')) expect(line.length).toBeLessThanOrEqual(MAX_ANALYSED_LINE);
    expect(broken.split('\n').every((line, i, all) => i === all.length - 1 || line.endsWith('.'))).toBe(true);
  });

  it('lets entity extraction read a one-line document, with offsets into the original', () => {
    const resources = createEntityResources(loadPolishNameLists());
    const text = sentence.repeat(300);
    const fields = extractEntities(text, resources);
    expect(fields.dates.map((d) => d.iso)).toEqual(['2025-11-14']);
    for (const date of fields.dates) expect(text.slice(date.start, date.end)).toBe(date.text);
    for (const venue of fields.venues) expect(text.slice(venue.start, venue.end)).toBe(venue.text);
    expect(fields.contacts.phones).toEqual(['12 616 78 00']);
  });
});
