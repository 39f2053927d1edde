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

  it('reads titles of other layouts', () => {
    expect(
      findTitle(
        'Urząd Dzielnicy\nWydział Ochrony Środowiska\n\nBytom, 29.09.2023\n\nKomunikat w sprawie kontroli palenisk\n\nTreść.',
      ),
    ).toBe('Komunikat w sprawie kontroli palenisk');
    expect(
      findTitle(
        'BURMISTRZ WŁADYSŁAWOWA\nogłasza\nI PRZETARG USTNY\nna sprzedaż nieruchomości\n\nGN.6840.4.2024',
      ),
    ).toBe('I PRZETARG USTNY na sprzedaż nieruchomości');
    expect(
      findTitle(
        'Starostwo\n\nOGŁOSZENIE\nZarządu Powiatu Bielskiego\no konsultacjach projektu\n\nNa podstawie art. 39',
      ),
    ).toBe('OGŁOSZENIE Zarządu Powiatu Bielskiego o konsultacjach projektu');
    expect(findTitle('URZĄD MIASTA\n\nKARTA USŁUGI\nWymeldowanie z miejsca pobytu\n\nPodstawa prawna')).toBe(
      'KARTA USŁUGI Wymeldowanie z miejsca pobytu',
    );
    expect(
      findTitle(
        'PROTOKÓŁ NR 1/2024\nz Zebrania Wiejskiego\nodbytego w dniu 16 lutego 2024 r. w świetlicy\n\nTreść.',
      ),
    ).toBe('PROTOKÓŁ NR 1/2024 z Zebrania Wiejskiego');
    expect(
      findTitle(
        'Krokowa, dnia 12.07.2023 r.\n\nOBWIESZCZENIE\nWÓJTA GMINY KROKOWA\no wydaniu decyzji\n\nNa podstawie art. 49',
      ),
    ).toBe('o wydaniu decyzji');
    expect(
      findTitle(
        'POWIATOWY URZĄD PRACY\nul. Pokoju 21\n\nBiała Podlaska, 25 marca 2024 r.\n\nZAPRASZAMY NA TARGI PRACY 2024\n\nTreść.',
      ),
    ).toBe('ZAPRASZAMY NA TARGI PRACY 2024');
  });

  it('takes no reference line, address block or legal basis after the date for a title', () => {
    expect(
      findTitle(
        'BIURO\n\nWarszawa, dnia 4 kwietnia 2022 r.\n\nBPL-WL.7141.312.2022.AKO\n\nPan\nMarian Kowalczuk',
      ),
    ).toBe(null);
    expect(findTitle('RADA\n\nHajnówka, 3 IV 2024 r.\n\nNa podstawie art. 20 ustawy,\n\nzwołuję')).toBe(null);
  });

  it('takes the subject line of an act written in sentence case', () => {
    expect(
      findTitle(
        'Uchwała Nr XII/123/2024\nRady Gminy Stężyca\nz dnia 5 maja 2024 r.\nw sprawie nadania nazwy ulicy\n\nNa podstawie',
      ),
    ).toBe('w sprawie nadania nazwy ulicy');
  });
});
