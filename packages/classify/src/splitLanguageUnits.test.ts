import { describe, expect, it } from 'vitest';
import { splitLanguageUnits } from './splitLanguageUnits.ts';

describe('splitLanguageUnits', () => {
  it('merges short lines into the next and trims every unit', () => {
    const text =
      '  Cel konsultacji\n\nPo siedmiu latach obowiązywania dotychczasowej uchwały Kraków przygotowuje jej aktualizację.  \n';
    const units = splitLanguageUnits(text);
    expect(units).toHaveLength(1);
    expect(text.slice(units[0]!.start, units[0]!.end)).toBe(text.trim());
  });

  it('cuts a long line at sentence ends, covering all of it', () => {
    const sentence = 'To jest zdanie, które ma dokładnie kilkadziesiąt znaków długości. ';
    const text = sentence.repeat(20).trim();
    const units = splitLanguageUnits(text, { maxChars: 200 });
    expect(units.length).toBeGreaterThan(5);
    for (const u of units) {
      expect(u.end - u.start).toBeLessThanOrEqual(200);
      expect(text.slice(u.start, u.end)).toMatch(/\.$/);
    }
    expect(units.map((u) => text.slice(u.start, u.end)).join(' ')).toBe(text);
  });

  it('returns nothing for blank text and one unit for a lone short line', () => {
    expect(splitLanguageUnits(' \n\n ')).toEqual([]);
    expect(splitLanguageUnits('Tak.')).toEqual([{ start: 0, end: 4 }]);
  });
});
