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

describe('findTimes: other writers', () => {
  it('reads superscript minutes and whole hours framed by od … do', () => {
    expect(times('godz. 18⁰⁰ – koncert, godz. 12³⁰ – msza')).toEqual(['18:00', '12:30']);
    expect(times('prowadzone w godzinach od 8 do 18, a w sobotę – od 9 do 13.')).toEqual([
      '08:00/18:00',
      '09:00/13:00',
    ]);
    expect(times('od 8 do 19 kwietnia, od 5 do 10 osób')).toEqual([]);
  });

  it('marks recurring hours', () => {
    const weekly = (text: string) => findTimes(foldText(text)).map((t) => t.weekly);
    expect(weekly('we wtorki w godz. 10.00–12.00')).toEqual([true]);
    expect(weekly('czynny od poniedziałku do piątku od 8 do 16.')).toEqual([true]);
    expect(weekly('(czynne pn.–pt. w godz. 7:30 – 15:30)')).toEqual([true]);
    expect(weekly('od wtorku do soboty w godz. 12–20.')).toEqual([true]);
    expect(weekly('w sobotę 11 maja w godz. 9:00–13:00')).toEqual([false]);
  });
});
