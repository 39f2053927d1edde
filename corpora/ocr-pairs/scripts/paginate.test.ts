import { describe, expect, it } from 'vitest';
import { DEFAULT_PAGINATION, paginate } from './paginate.ts';

const roomy = () => ({ charsPerLine: 80, maxLines: 60 });
const words = (s: string) => s.split(/\s+/).filter(Boolean);

/** Deterministic Polish-looking prose: paragraphs of varied length. */
function prose(paragraphs: number, seed: number): string {
  const vocabulary =
    'Rada Miasta Krakowa zawiadamia mieszkańców że konsultacje społeczne odbędą się w dniu'.split(' ');
  const out: string[] = [];
  let s = seed;
  for (let p = 0; p < paragraphs; p++) {
    const n = 5 + (s % 90);
    s = (s * 1103515245 + 12345) % 2147483648;
    out.push(Array.from({ length: n }, (_, k) => vocabulary[(k * 7 + p) % vocabulary.length]).join(' '));
  }
  return out.join('\n\n');
}

describe('paginate', () => {
  it('packs documents into pages within the size limits without cutting a word', () => {
    const docs = Array.from({ length: 12 }, (_, k) => ({ id: `d${k}`, text: prose(4 + k, k + 1) }));
    const pages = paginate(docs, true, roomy);
    expect(pages.length).toBeGreaterThan(2);
    for (const page of pages.slice(0, -1)) {
      expect(page.text.length).toBeLessThanOrEqual(DEFAULT_PAGINATION.maxChars);
      expect(page.text.length).toBeGreaterThanOrEqual(DEFAULT_PAGINATION.minChars);
    }
    // Every word survives, in order: pages are cut between words only.
    expect(words(pages.map((p) => p.text).join(' '))).toEqual(words(docs.map((d) => d.text).join(' ')));
    expect(pages[0]!.documentIds[0]).toBe('d0');
  });

  it('cuts an over-long paragraph between words', () => {
    const long = Array.from({ length: 900 }, (_, k) => `słowo${k}`).join(' ');
    const pages = paginate([{ id: 'x', text: long }], true, roomy);
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) expect(page.text).toMatch(/^słowo\d+( słowo\d+)*$/);
    expect(words(pages.map((p) => p.text).join(' '))).toEqual(words(long));
  });

  it('respects the line capacity of each page', () => {
    const shortLines = Array.from({ length: 120 }, (_, k) => `linia ${k}`).join('\n');
    const pages = paginate([{ id: 'x', text: shortLines }], true, (k) => ({
      charsPerLine: 80,
      maxLines: k === 0 ? 30 : 50,
    }));
    expect(pages[0]!.text.split('\n')).toHaveLength(30);
    expect(pages[1]!.text.split('\n')).toHaveLength(50);
  });

  it('spreads a document of its own evenly over its pages', () => {
    const text = prose(30, 3);
    const pages = paginate([{ id: 'letter', text }], false, roomy);
    expect(pages.length).toBeGreaterThanOrEqual(2);
    const sizes = pages.map((p) => p.text.length);
    expect(Math.min(...sizes)).toBeGreaterThan(DEFAULT_PAGINATION.minChars / 3);
    expect(pages.every((p) => p.documentIds.join() === 'letter')).toBe(true);
  });
});
