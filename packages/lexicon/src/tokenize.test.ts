import { describe, expect, it } from 'vitest';
import { tokenize, tokenSpans } from './tokenize.ts';

describe('tokenize', () => {
  it('lowercases words, keeps internal hyphens and apostrophes, marks numbers and sentences', () => {
    expect(tokenize('Biało-Czerwoni wygrali 3:1. Rock’n’roll żyje!')).toEqual([
      '<s>',
      'biało-czerwoni',
      'wygrali',
      '<num>',
      '<s>',
      'rock’n’roll',
      'żyje',
      '<s>',
    ]);
  });

  it('does not split sentences after abbreviations followed by lowercase', () => {
    expect(tokenize('Przy ul. długiej, np. tutaj. Koniec')).toEqual([
      '<s>',
      'przy',
      'ul',
      'długiej',
      'np',
      'tutaj',
      '<s>',
      'koniec',
      '<s>',
    ]);
  });

  it('treats a blank line as a boundary and keeps offsets', () => {
    const text = 'Tytuł\n\nTreść';
    expect(tokenize(text)).toEqual(['<s>', 'tytuł', '<s>', 'treść', '<s>']);
    const spans = tokenSpans(text);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['Tytuł', '\n\n', 'Treść']);
  });
});

describe('tokenize and addresses', () => {
  it('skips URLs and e-mail addresses, which are not prose', () => {
    expect(
      tokenize('Strona www.ngo.krakow.pl i adres ngo@um.krakow.pl, zob. https://bip.krakow.pl/x.'),
    ).toEqual(['<s>', 'strona', 'i', 'adres', 'zob', '<s>']);
  });
});
