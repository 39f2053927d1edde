import { loadLexicon } from '@skryba/lexicon';
import { describe, expect, it } from 'vitest';
import { findCandidates } from './findCandidates.ts';
import { handConfusionModel } from './testing/handConfusionModel.ts';

const lexicon = loadLexicon();
const model = handConfusionModel();
const words = (observed: string) => findCandidates(lexicon, model, observed).map((c) => c.word);

describe('findCandidates', () => {
  it.each([
    ['spoteczne', 'społeczne'],
    ['sg', 'są'],
    ['Krakéw', 'kraków'],
    ['rozwija¢', 'rozwijać'],
    ['mieszkanhcom', 'mieszkańcom'],
    ['byty', 'były'],
    ['aktualizacje', 'aktualizację'],
    ['$wiat', 'świat'],
    ['uczestnik6w', 'uczestników'],
    ['rozwija', 'rozwijać'],
  ])('finds %s → %s', (observed, intended) => {
    expect(words(observed)).toContain(intended);
  });

  it('returns only lexicon words, with their word numbers and channel scores, best first', () => {
    const found = findCandidates(lexicon, model, 'spoteczne');
    for (const c of found) expect(lexicon.indexOf(c.word)).toBe(c.index);
    for (let i = 1; i < found.length; i++)
      expect(found[i - 1]!.channelLogP).toBeGreaterThanOrEqual(found[i]!.channelLogP);
    expect(findCandidates(lexicon, model, 'qxzv')).toEqual([]);
  });

  it('keeps a correct word among its own candidates at almost no cost', () => {
    const found = findCandidates(lexicon, model, 'konsultacje');
    expect(found[0]).toMatchObject({ word: 'konsultacje' });
    expect(found[0]!.channelLogP).toBeGreaterThan(-0.1);
  });
});
