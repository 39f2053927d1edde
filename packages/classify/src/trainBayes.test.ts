import { describe, expect, it } from 'vitest';
import { documentTokens } from './documentTokens.ts';
import { type LabelledDocument, selectVocabulary, trainBayes } from './trainBayes.ts';

const DOCS: LabelledDocument[] = [
  {
    id: 'a',
    group: 'a',
    label: 'invitation',
    text: 'Zapraszamy na koncert w parku. Wstęp wolny, zapraszamy rodziny.',
  },
  {
    id: 'b',
    group: 'b',
    label: 'invitation',
    text: 'Serdecznie zapraszamy na koncert i piknik w parku miejskim.',
  },
  {
    id: 'c',
    group: 'c',
    label: 'legal_act',
    text: 'Uchwała w sprawie nazwy ulicy. Uchwała wchodzi w życie po ogłoszeniu.',
  },
  {
    id: 'd',
    group: 'd',
    label: 'legal_act',
    text: 'Zarządzenie w sprawie regulaminu. Zarządzenie wchodzi w życie z dniem podpisania.',
  },
];

describe('documentTokens', () => {
  it('folds words whole (no cut at Polish letters), marks the title region and drops numbers', () => {
    const tokens = documentTokens('Kraków, 12 maja\nSpołeczne konsultacje w Krakéw', { headChars: 7 });
    expect(tokens).toEqual(['h:krakow', 'krakow', 'maja', 'spoleczne', 'konsultacje', 'krakew']);
  });
});

describe('trainBayes', () => {
  it('keeps words of at least two documents and trains a deterministic model', () => {
    const vocabulary = selectVocabulary(DOCS);
    expect(vocabulary).toContain('zapraszamy');
    expect(vocabulary).toContain('wchodzi');
    expect(vocabulary).not.toContain('regulaminu');
    const one = trainBayes(DOCS, vocabulary, 50);
    const two = trainBayes([...DOCS].reverse(), vocabulary, 50);
    expect(JSON.stringify([two.features, two.classifier])).toBe(
      JSON.stringify([one.features, one.classifier]),
    );
    expect(one.getClassifications(['zapraszamy', 'koncert', 'parku'])[0]!.label).toBe('invitation');
    expect(one.getClassifications(['wchodzi', 'zycie', 'sprawie'])[0]!.label).toBe('legal_act');
  });
});
