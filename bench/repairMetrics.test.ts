import { describe, expect, it } from 'vitest';
import { combineRepairMetrics, repairMetrics } from './repairMetrics.ts';

describe('repairMetrics', () => {
  // Hand-checked: 5 truth words, 41 characters; diacritic words: Urząd, mieszkańców.
  const truth = 'Urząd Miasta Krakowa zaprasza mieszkańców';
  const input = 'Urzad Miasta Krakowa zaprasza mieszkaricow'; // ą→a; ń→ri (2 edits); ó→o
  const output = 'Urząd Miasta krakowa zaprasza mieszkańców'; // both fixed, Krakowa damaged

  it('computes WER, CER and diacritic-word accuracy of input and output', () => {
    const m = repairMetrics({ truth, input, output });
    expect(m.counts.truthWords).toBe(5);
    expect(m.counts.truthChars).toBe(41);
    expect(m.counts.diacriticWords).toBe(2);
    expect(m.counts.input).toEqual({
      wordErrors: 2,
      charErrors: 4,
      correctWords: 3,
      correctDiacriticWords: 0,
    });
    expect(m.counts.output).toEqual({
      wordErrors: 1,
      charErrors: 1,
      correctWords: 4,
      correctDiacriticWords: 2,
    });
    expect(m.input.wer).toBeCloseTo(2 / 5);
    expect(m.input.cer).toBeCloseTo(4 / 41);
    expect(m.input.diacriticWordAccuracy).toBe(0);
    expect(m.output.wer).toBeCloseTo(1 / 5);
    expect(m.output.cer).toBeCloseTo(1 / 41);
    expect(m.output.diacriticWordAccuracy).toBe(1);
  });

  it('counts damage (correct before, wrong after) and fixes', () => {
    const m = repairMetrics({ truth, input, output });
    expect(m.counts.damaged).toBe(1);
    expect(m.counts.fixed).toBe(2);
    expect(m.damageRate).toBeCloseTo(1 / 3);
    expect(m.fixRate).toBe(1);
    // Output = input: nothing damaged, nothing fixed, output rates equal input rates.
    const none = repairMetrics({ truth, input, output: input });
    expect(none.damageRate).toBe(0);
    expect(none.fixRate).toBe(0);
    expect(none.output).toEqual(none.input);
  });

  it('scores a lost space as one substitution plus one deletion and a dropped word as damage', () => {
    const m = repairMetrics({ truth: 'w domu jest kot', input: 'wdomu jest kot', output: 'w domu kot' });
    expect(m.counts.input.wordErrors).toBe(2);
    expect(m.counts.input.charErrors).toBe(1);
    expect(m.counts.input.correctWords).toBe(2); // jest, kot
    expect(m.input.cer).toBeCloseTo(1 / 15);
    expect(m.counts.output.wordErrors).toBe(1);
    expect(m.counts.output.charErrors).toBe(5); // "jest " deleted
    expect(m.counts.damaged).toBe(1); // jest
    expect(m.counts.fixed).toBe(2); // w, domu
  });

  it('ignores layout whitespace, keeps case and punctuation, counts code points', () => {
    const m = repairMetrics({
      truth: 'Łódź,\n\nul.  Piotrkowska',
      input: 'Lodz, ul. Piotrkowska',
      output: ' Łódź, ul.\nPiotrkowska ',
    });
    expect(m.counts.truthChars).toBe(21);
    expect(m.counts.input.charErrors).toBe(3);
    expect(m.counts.output).toEqual({
      wordErrors: 0,
      charErrors: 0,
      correctWords: 3,
      correctDiacriticWords: 1,
    });
    const cased = repairMetrics({ truth: 'Kraków.', input: 'kraków', output: 'Kraków.' });
    expect(cased.counts.input.wordErrors).toBe(1);
    expect(cased.counts.input.charErrors).toBe(2);
  });

  it('returns 0 for rates with an empty denominator', () => {
    const m = repairMetrics({ truth: '', input: 'abc', output: '' });
    expect(m.counts.input.wordErrors).toBe(1);
    expect(m.input.wer).toBe(0);
    expect(m.output.diacriticWordAccuracy).toBe(0);
  });

  it('combines pages by adding counts (micro-average)', () => {
    const a = repairMetrics({ truth, input, output }); // 2 of 5 words wrong in input
    const b = repairMetrics({ truth: 'jest kot', input: 'jest kot', output: 'jest kot' });
    const all = combineRepairMetrics([a, b]);
    expect(all.counts.truthWords).toBe(7);
    expect(all.input.wer).toBeCloseTo(2 / 7);
    expect(all.damageRate).toBeCloseTo(1 / 5);
    expect(all.counts.truthChars).toBe(41 + 8);
  });

  it('agrees with a plain O(n·m) character distance on long, very different texts', () => {
    const long = 'Prezydent Miasta Krakowa ogłasza konsultacje społeczne '.repeat(40);
    const mangled = long.replace(/[aeiouyąęó]/g, '').slice(0, 900);
    const plain = (x: string, y: string) => {
      const a = [...x.trim().split(/\s+/).join(' ')];
      const b = [...y.trim().split(/\s+/).join(' ')];
      let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
      for (let i = 1; i <= a.length; i++) {
        const cur = [i];
        for (let j = 1; j <= b.length; j++) {
          cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
        }
        prev = cur;
      }
      return prev[b.length]!;
    };
    const m = repairMetrics({ truth: long, input: mangled, output: long });
    expect(m.counts.input.charErrors).toBe(plain(long, mangled));
    expect(m.counts.output.charErrors).toBe(0);
  });
});
