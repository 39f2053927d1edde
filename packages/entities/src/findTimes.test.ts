import { describe, expect, it } from 'vitest';
import { findTimes } from './findTimes.ts';
import { foldText } from './foldText.ts';

const times = (text: string) =>
  findTimes(foldText(text)).map((t) => {
    expect(t.end).toBeGreaterThan(t.start);
    return t.value;
  });

describe('findTimes', () => {
  it('normalises cued, colon and od…do times to HH:MM', () => {
    expect(times('o godz. 16:30')).toEqual(['16:30']);
    expect(times('o godz. 15.00')).toEqual(['15:00']);
    expect(times('o godzinie 17.00')).toEqual(['17:00']);
    expect(times('w godzinach 8:00-15:00')).toEqual(['08:00/15:00']);
    expect(times('od 10:00 do 14:00')).toEqual(['10:00/14:00']);
    expect(times('w godz. 10.00–14.30')).toEqual(['10:00/14:30']);
    expect(times('start 9:00')).toEqual(['09:00']);
  });

  it('needs a cue for a dotted time and rejects impossible clocks', () => {
    expect(times('wzrost o 16.30 procent')).toEqual([]);
    expect(times('godz. 25:70')).toEqual([]);
  });

  it('marks limits written with do', () => {
    expect(findTimes(foldText('do godz. 15:00'))[0]!.until).toBe(true);
    expect(findTimes(foldText('o godz. 15:00'))[0]!.until).toBe(false);
  });
});
