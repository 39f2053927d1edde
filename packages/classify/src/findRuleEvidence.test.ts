import { describe, expect, it } from 'vitest';
import { compileRulePattern } from './compileRulePattern.ts';
import { DOCUMENT_TYPE_RULES } from './documentTypeRules.ts';
import { findRuleEvidence } from './findRuleEvidence.ts';

const rulesOf = (text: string) => findRuleEvidence(text).map((e) => e.rule);

describe('findRuleEvidence', () => {
  it('compiles every rule (unicode patterns, unique ids)', () => {
    for (const rule of DOCUMENT_TYPE_RULES) {
      expect(rule.pattern.flags).toContain('u');
      expect(() => compileRulePattern(rule.pattern.source, rule.lineStart)).not.toThrow();
    }
    expect(new Set(DOCUMENT_TYPE_RULES.map((r) => r.id)).size).toBe(DOCUMENT_TYPE_RULES.length);
  });

  it('matches a phrase in any case, without diacritics and as English-model OCR reads it', () => {
    for (const heading of [
      'Zarządzenie Nr 12/2024',
      'ZARZĄDZENIE NR 12/2024',
      'Zarzadzenie nr 12/2024',
      'ZARZGDZENIE NR 12',
    ]) {
      expect(rulesOf(`${heading}\nPrezydenta Miasta`)).toContain('zarzadzenie-nr');
    }
    expect(rulesOf('Szanowny Panie Radny,')).toContain('szanowny-panie');
    expect(rulesOf('Dotacz do konsultacji spotecznych')).toContain('konsultacje-spoleczne');
    expect(rulesOf('Uchwata wchodzi w zycie z dniem podjecia.')).toContain('wchodzi-w-zycie');
  });

  it('counts an act only by its heading, not when a sentence cites one', () => {
    expect(rulesOf('UCHWAŁA NR XC/2357/22\nRADY MIASTA KRAKOWA')).toContain('uchwala-nr');
    expect(rulesOf('zgodnie z załącznikiem do uchwały Nr XC/2357/22 Rady Miasta')).not.toContain(
      'uchwala-nr',
    );
  });

  it('points into the original text and shows whole words', () => {
    const text = '## Konsultacje Społeczne w Dzielnicy\n\nW odpowiedzi na Pana interpelację informuję…';
    const evidence = findRuleEvidence(text);
    for (const e of evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
    expect(evidence.map((e) => e.text)).toEqual(
      expect.arrayContaining(['Konsultacje Społeczne', 'W odpowiedzi na', 'interpelację']),
    );
  });

  it('weighs the title region and heading lines above the body, and repeats less', () => {
    const body = 'x\n'.repeat(20);
    const weightOf = (text: string) => findRuleEvidence(text).find((e) => e.rule === 'komunikat')!.weight;
    const inTitle = weightOf('Treść komunikatu jest krótka.');
    const late = weightOf(`${body}Treść komunikatu jest krótka.`);
    expect(inTitle).toBe(2 * late);
    const heading = findRuleEvidence('KOMUNIKAT\n\nTreść.');
    expect(heading.map((e) => e.rule)).toEqual(['komunikat-naglowek']);
    expect(heading[0]!.weight).toBeGreaterThan(inTitle);
    const twice = findRuleEvidence(`${body}Wstęp wolny. Wstęp wolny.`).filter(
      (e) => e.rule === 'wstep-wolny',
    );
    expect(twice).toHaveLength(2);
    expect(twice[1]!.weight).toBeLessThan(twice[0]!.weight);
  });

  it('counts words two rules of one label share once, with the heavier weight', () => {
    const evidence = findRuleEvidence('ZAPROSZENIE\n\nNa spotkanie.');
    expect(evidence.map((e) => e.rule)).toEqual(['zaproszenie-naglowek']);
  });

  it('finds nothing in text without any marker', () => {
    expect(findRuleEvidence('Ala ma kota, a kot ma Alę.')).toEqual([]);
  });
});
