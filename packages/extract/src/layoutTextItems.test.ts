import { describe, expect, it } from 'vitest';
import { layoutTextItems, looksFragmented } from './layoutTextItems.ts';

const word = (str: string, x: number, y: number, size = 10) => ({ str, x, y, width: str.length * 5, size });

describe('layoutTextItems', () => {
  it('joins words that share a baseline, in x order, and breaks lines and paragraphs by y', () => {
    const text = layoutTextItems([
      word('Miasta', 50, 700.6),
      word('Prezydent', 0, 700),
      word('Krakowa', 85 + 5, 699.5),
      word('zaprasza', 0, 688),
      word('Nowy', 0, 640),
      word('akapit', 25, 640),
    ]);
    expect(text).toBe('Prezydent Miasta Krakowa\nzaprasza\n\nNowy akapit');
  });

  it('keeps columns apart: a wide gap stays several spaces', () => {
    const text = layoutTextItems([
      word('Wójt', 0, 100),
      word('Dyrektor', 300, 100),
      word('Jan', 0, 88),
      word('Ewa', 300, 88),
    ]);
    expect(text.split('\n').map((line) => line.split(/ {3,}/))).toEqual([
      ['Wójt', 'Dyrektor'],
      ['Jan', 'Ewa'],
    ]);
  });

  it('does not insert spaces inside a word split into runs', () => {
    expect(layoutTextItems([word('Kra', 0, 100), { str: 'ków', x: 15, y: 100, width: 15, size: 10 }])).toBe(
      'Kraków',
    );
  });
});

describe('looksFragmented', () => {
  it('spots a one-word-per-line layer and leaves prose alone', () => {
    expect(looksFragmented(Array.from({ length: 30 }, (_, i) => `słowo${i}`).join('\n'))).toBe(true);
    expect(looksFragmented(Array.from({ length: 30 }, () => 'Ala ma kota, a kot ma Alę.').join('\n'))).toBe(
      false,
    );
  });
});
