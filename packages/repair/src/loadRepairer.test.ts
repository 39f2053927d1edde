import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadRepairer } from './loadRepairer.ts';

// The shipped models end to end: the learned confusion model, the lexicon, the word and ending models.
const repairer = loadRepairer();
const seed = (name: string) =>
  readFileSync(new URL(`../../../fixtures/seeds/${name}`, import.meta.url), 'utf8');
const words = (text: string) => text.split(/\s+/).filter(Boolean);

function wordErrors(truth: string, output: string): number {
  const a = words(truth);
  const b = words(output);
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++)
      next[j] = Math.min(row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1), row[j]! + 1, next[j - 1]! + 1);
    row = next;
  }
  return row[b.length]!;
}

describe('loadRepairer (shipped models)', () => {
  it('repairs seed 002, real wrong-model OCR, to within a few words of its correct text', () => {
    const truth = seed('gold/002_030b25acebc912d6.repaired.txt');
    const input = seed('002_030b25acebc912d6.txt');
    const result = repairer.repair(input);
    expect(wordErrors(truth, input)).toBeGreaterThan(60);
    // The target is ≤ 2; the figure is tracked by `pnpm bench repair`, this guards regressions.
    expect(wordErrors(truth, result.text)).toBeLessThanOrEqual(3);
    for (const edit of result.edits) expect(result.text.slice(edit.start, edit.end)).toBe(edit.after);
  });

  it('leaves correct Polish and other languages untouched', () => {
    for (const name of [
      '000_cd7d5d2b610712f1.txt',
      '001_e8bd44b07124655c.txt',
      '003_b45d6cf69d2708ee.txt',
      '004_10b2ab1836c4a002.txt',
    ]) {
      expect(repairer.repair(seed(name)).edits, name).toEqual([]);
      expect(repairer.needsRepair(seed(name))).toBe(false);
    }
    const foreign = [
      'The city council meeting will be held on Monday in the main hall; residents may submit written questions beforehand.',
      'Die Sitzung des Stadtrates findet am Montag im großen Saal statt; Bürger können vorab schriftliche Fragen einreichen.',
      'Zasedání zastupitelstva města se koná v pondělí ve velkém sále; občané mohou předem podat písemné dotazy.',
    ];
    for (const text of foreign) expect(repairer.repair(text).edits).toEqual([]);
  });

  it('judges text layers for the extraction quality gate', () => {
    expect(repairer.judgeTextLayer(seed('002_030b25acebc912d6.txt')).verdict).toBe('mangled');
    expect(repairer.judgeTextLayer(seed('004_10b2ab1836c4a002.txt'))).toMatchObject({ verdict: 'usable' });
    expect(repairer.judgeTextLayer(seed('004_10b2ab1836c4a002.txt')).score).toBeGreaterThan(0.9);
    expect(repairer.judgeTextLayer('  12  ').verdict).toBe('empty');
  });

  it('learns an archive vocabulary without changing the original repairer', () => {
    const text = 'Dyzury odbedg sie w siedzibie Referatu, ul. Zabtocie 22.';
    expect(repairer.repair(text).text).toContain('Zabtocie');
    const adapted = repairer.withVocabulary([
      'Remont ulicy Zabłocie. Mieszkańcy ulicy Zabłocie i ul. Zabłocie 20 pytają o terminy.',
    ]);
    expect(adapted.repair(text).text).toContain('ul. Zabłocie 22');
    expect(adapted.versions.lexicon).toContain('vocabulary of 1 documents');
    expect(repairer.repair(text).text).toContain('Zabtocie');
  });
});
