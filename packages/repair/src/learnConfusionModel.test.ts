import { describe, expect, it } from 'vitest';
import { learnConfusionModel, readingsOfWord } from './learnConfusionModel.ts';

const readings = (intended: string, observed: string) =>
  readingsOfWord(intended, observed).map((r) => `${r.intended}:${r.observed}`);

describe('readingsOfWord', () => {
  it('pairs each intended character with what OCR wrote for it', () => {
    expect(readings('są', 'sg')).toEqual(['s:s', 'ą:g']);
    expect(readings('rozwijać', 'rozwija')).toEqual(['r:r', 'o:o', 'z:z', 'w:w', 'i:i', 'j:j', 'a:a', 'ć:']);
  });

  it('keeps a multi-character reading on one intended character', () => {
    expect(readings('kończąca', 'koriczaca')).toContain('ń:ri');
    expect(readings('mieszkańcom', 'mieszkanhcom')).toContain('ń:nh');
  });
});

describe('learnConfusionModel', () => {
  it('turns counts into probabilities and skips misalignments', () => {
    const pairs = [
      ...Array.from({ length: 8 }, () => ({ truth: 'był', ocr: 'byt' })),
      ...Array.from({ length: 2 }, () => ({ truth: 'był', ocr: 'byl' })),
      { truth: 'słowo', ocr: 'zupełnie inne' },
    ];
    const model = learnConfusionModel(pairs, { version: 't', trainedOn: 't', minCount: 1 });
    const ofT = model.readingsOf('t').find((r) => r.intended === 'ł');
    expect(Math.exp(ofT!.logP)).toBeCloseTo(0.8);
    expect(Math.exp(model.readingsOf('l').find((r) => r.intended === 'ł')!.logP)).toBeCloseTo(0.2);
    expect(model.readingsOf('zupełnie inne')).toEqual([]);
  });
});
