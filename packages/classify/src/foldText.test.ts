import { describe, expect, it } from 'vitest';
import { foldText } from './foldText.ts';

describe('foldText', () => {
  it('lowercases and strips Polish, Czech and German diacritics one code unit at a time', () => {
    expect(foldText('Zarządzenie Nr 12 Prezydenta Miasta Kraków, ŁÓDŹ')).toBe(
      'zarzadzenie nr 12 prezydenta miasta krakow, lodz',
    );
    expect(foldText('Příliš žluťoučký kůň, Größe')).toBe('prilis zlutoucky kun, grose');
  });

  it('folds wrong-model OCR glyphs to the letters they replaced', () => {
    expect(foldText('rozwija¢ $wiat Krakéw')).toBe('rozwijac swiat krakew');
  });

  it('keeps the length, so offsets carry over', () => {
    const text = 'Uchwała „Nr” — § 1. İstanbul 😀 ŻÓŁĆ';
    expect(foldText(text)).toHaveLength(text.length);
  });
});
