import { describe, expect, it } from 'vitest';
import { findTitle } from './findTitle.ts';

describe('findTitle', () => {
  it('takes a Markdown heading', () => {
    expect(findTitle('\n\n## Konwent po raz szósty\n\n2020-02-25\n\nTreść.')).toBe('Konwent po raz szósty');
  });

  it('joins a two-line first block standing above a date', () => {
    expect(
      findTitle(' Skorzystaj z dyżurów: Jak rozwijać\nkonsultacje w Krakowie?\n\n2025-11-07\n\nTreść.'),
    ).toBe('Skorzystaj z dyżurów: Jak rozwijać konsultacje w Krakowie?');
  });

  it('takes the subject line of an act', () => {
    expect(
      findTitle(
        'ZARZĄDZENIE Nr 2113/2022\nPREZYDENTA MIASTA KRAKOWA\nz dnia 08.08.2022\n\nw sprawie powołania Zespołu\n\nNa podstawie art. 31',
      ),
    ).toBe('w sprawie powołania Zespołu');
  });

  it('takes capitalised headings naming the document, letter-spaced ones too', () => {
    expect(
      findTitle('RADA POWIATU\n\nZakopane, 15.IV.2024 r.\n\n   Z A W I A D O M I E N I E\n\nNa podstawie'),
    ).toBe('Z A W I A D O M I E N I E');
    expect(
      findTitle('STAROSTWO POWIATOWE\nul. Dziekania 1\n\nKOMUNIKAT\nw sprawie dni wolnych\n\nTreść.'),
    ).toBe('KOMUNIKAT w sprawie dni wolnych');
  });

  it('gives letters and running text no title', () => {
    expect(
      findTitle('PREZYDENT MIASTA KRAKOWA\n\nOR-03.0003.245.2019\n\nKraków, 11 LUT. 2019\n\nPan\nJan Nowak'),
    ).toBeNull();
    expect(
      findTitle(
        ' Prezydent Miasta zaprasza przedstawicieli organizacji\ndo udziału w konferencji, która odbędzie się 7 marca.\n\nDalej.',
      ),
    ).toBeNull();
  });
});
