import { describe, expect, it } from 'vitest';
import { findReferenceNumbers } from './findReferenceNumbers.ts';

function refs(text: string) {
  return findReferenceNumbers(text).map((r) => {
    expect(text.slice(r.start, r.end)).toBe(r.text);
    return r.text;
  });
}

describe('findReferenceNumbers', () => {
  it('finds case signs, session acts and numbers after Nr, without the prefix', () => {
    expect(refs('OR-03.0003.245.2019')).toEqual(['OR-03.0003.245.2019']);
    expect(refs('znak: BPL-WL.7141.312.2022.AKO')).toEqual(['BPL-WL.7141.312.2022.AKO']);
    expect(refs('uchwała Nr CXI/2904/18 Rady Miasta')).toEqual(['CXI/2904/18']);
    expect(refs('Zarządzenie Nr 2113/2022 Prezydenta')).toEqual(['2113/2022']);
    expect(refs('uchwały Nr XLII/1234/21 z dnia')).toEqual(['XLII/1234/21']);
    expect(refs('uchwały nr LXV/1189/VIII/2022')).toEqual(['LXV/1189/VIII/2022']);
    expect(refs('rozporządzenia (UE) 2016/679')).toEqual(['2016/679']);
  });

  it('skips journal positions, articles, paragraphs and dates', () => {
    expect(
      refs('(Dz. U. z 2023 r. poz. 40 z późn. zm.), art. 5 ust. 2, § 3 pkt 4, dnia 25.02.2020 r.'),
    ).toEqual([]);
    expect(refs('Dz.U.2019.1234')).toEqual([]);
  });

  it('reads court case numbers, register signs after Nr, procurement notices and L.dz.', () => {
    expect(refs('wyrok z dnia 12 marca 2024 r., sygn. akt II SA/Gl 1187/23, oraz III OSK 4433/21')).toEqual([
      'II SA/Gl 1187/23',
      'III OSK 4433/21',
    ]);
    expect(refs('ZARZĄDZENIE Nr 0050.145.2024 BURMISTRZA, pismo nr 12.03.2024')).toEqual(['0050.145.2024']);
    expect(refs('ogłoszenie nr 2024/BZP 00187654/01 z dnia')).toEqual(['2024/BZP 00187654/01']);
    expect(refs('L.dz. 145/2024')).toEqual(['145/2024']);
  });

  it('skips plots, land registers and company registers', () => {
    expect(
      refs(
        'działki nr 417/3 i 417/5, na działce nr 112/4, księgę wieczystą nr GD2W/00045678/3, umowy nr 12/ZGK/2023',
      ),
    ).toEqual(['12/ZGK/2023']);
  });
});
