import { beforeAll, describe, expect, it } from 'vitest';
import { buildDawg } from './buildDawg.ts';
import { LanguageModel } from './LanguageModel.ts';
import { Lexicon } from './Lexicon.ts';
import { loadLexicon } from './loadLexicon.ts';
import { loadNgramModel } from './loadNgramModel.ts';
import { mergeNgrams } from './mergeNgrams.ts';
import { NgramModel } from './NgramModel.ts';
import { NgramOverlay } from './NgramOverlay.ts';
import { tokenize } from './tokenize.ts';

describe('committed language model', () => {
  let lm: LanguageModel;
  beforeAll(() => {
    lm = new LanguageModel({ lexicon: loadLexicon(), ngrams: loadNgramModel() });
  });

  it('prefers the right word in context', () => {
    expect(lm.logProb('się', 'stał')).toBeGreaterThan(lm.logProb('sie', 'stał'));
    expect(lm.logProb('są', 'to')).toBeGreaterThan(lm.logProb('sg', 'to'));
    expect(lm.logProb('były', 'które')).toBeGreaterThan(lm.logProb('byty', 'które'));
    // Context does more than the prior: after "się", "że" gains on "ze".
    const gain = lm.logProb('że', 'się') - lm.logProb('ze', 'się');
    expect(gain).toBeGreaterThan(0);
    expect(lm.logProbTokens(tokenize('To są nowe zasady.'))).toBeGreaterThan(
      lm.logProbTokens(tokenize('To sg nowe zasady.')),
    );
  });

  it('gives every word a finite probability', () => {
    for (const w of ['przeciwstawiającymi', 'qwxz', '<num>'])
      expect(Number.isFinite(lm.logProb(w, 'w'))).toBe(true);
  });

  it('learns an archive vocabulary into an overlay without touching the base', () => {
    const overlay = new NgramOverlay(lm.ngrams);
    const before = lm.logProb('zabłocie', 'ulicy');
    overlay.learn(
      'Spotkanie przy ulicy Zabłocie. Remont ulicy Zabłocie. Mieszkańcy ulicy Zabłocie protestują.',
    );
    const learned = lm.withOverlay(overlay);
    expect(learned.logProb('zabłocie', 'ulicy')).toBeGreaterThan(before + 5);
    expect(learned.pairCount('ulicy', 'zabłocie')).toBe(lm.pairCount('ulicy', 'zabłocie') + 3);
    expect(lm.logProb('zabłocie', 'ulicy')).toBe(before);
  });
});

// A tiny world where the priors are uniform over the lexicon, so distributions must sum to 1.
const vocabulary = ['ala', 'ma', 'kota', 'psa', 'i', 'nie', 'kot'].sort();
function tinyLexicon(): Lexicon {
  const quantised = new Uint8Array(vocabulary.length).fill(Math.round(Math.log(vocabulary.length) / 0.01));
  return new Lexicon(buildDawg(vocabulary), new Uint8Array(vocabulary.length), {
    quantised,
    step: 0.01,
    oovLogPrior: -30,
  });
}
const textA = 'Ala ma kota. Ala ma psa i kota. Kot ma Alę? Nie.';
const textB = 'Ala nie ma kota. Ala ma psa. Psa ma Ala i kot ma psa.';

describe('Kneser-Ney bigram model', () => {
  const lexicon = tinyLexicon();

  it('is a distribution for every history', () => {
    const overlay = new NgramOverlay(NgramModel.empty());
    overlay.learn(textA);
    const lm = new LanguageModel({ lexicon, ngrams: mergeNgrams(overlay) });
    // "alę" is outside the tiny lexicon: it carries the OOV prior, so include it in the support.
    const support = [...vocabulary, '<s>', 'alę'];
    for (const history of ['ala', 'ma', 'kota', '<s>', 'psa', 'zzz']) {
      const total = support.reduce((sum, w) => sum + Math.exp(lm.logProb(w, history)), 0);
      expect(total, history).toBeGreaterThan(0.98);
      expect(total, history).toBeLessThan(1.01);
    }
  });

  it('base + overlay scores exactly like a model built from both texts', () => {
    const both = new NgramOverlay(NgramModel.empty());
    both.learn(textA);
    both.learn(textB);
    const combined = new LanguageModel({
      lexicon,
      ngrams: mergeNgrams(both, { discount: 0.7, unigramDiscount: 0.6 }),
    });

    const onlyA = new NgramOverlay(NgramModel.empty());
    onlyA.learn(textA);
    const base = mergeNgrams(onlyA, { discount: 0.7, unigramDiscount: 0.6 });
    const overlay = new NgramOverlay(base);
    overlay.learn(textB);
    const layered = new LanguageModel({ lexicon, ngrams: base, overlay });
    const folded = new LanguageModel({ lexicon, ngrams: mergeNgrams(overlay) });

    for (const [u, v] of [
      ['ala', 'ma'],
      ['ala', 'nie'],
      ['nie', 'ma'],
      ['psa', 'ma'],
      ['kot', 'ma'],
      ['<s>', 'psa'],
      ['ma', 'ala'],
    ]) {
      expect(layered.logProb(v!, u!), `${u} ${v}`).toBeCloseTo(combined.logProb(v!, u!), 6);
      expect(folded.logProb(v!, u!), `${u} ${v}`).toBeCloseTo(combined.logProb(v!, u!), 5);
    }
    expect(layered.logProb('nie', 'ala')).toBeGreaterThan(
      new LanguageModel({ lexicon, ngrams: base }).logProb('nie', 'ala'),
    );
  });

  it('pruning keeps each history a distribution', () => {
    const overlay = new NgramOverlay(NgramModel.empty());
    overlay.learn(`${textA} ${textB}`);
    const pruned = mergeNgrams(overlay, { minBigramCount: 2 });
    expect(pruned.bigramCount).toBeLessThan(overlay.bigrams.size);
    const lm = new LanguageModel({ lexicon, ngrams: pruned });
    const support = [...vocabulary, '<s>', 'alę'];
    const total = support.reduce((sum, w) => sum + Math.exp(lm.logProb(w, 'ma')), 0);
    expect(total).toBeGreaterThan(0.98);
    expect(total).toBeLessThan(1.01);
  });

  it('round-trips the model and an overlay through their encodings', () => {
    const overlay = new NgramOverlay(NgramModel.empty());
    overlay.learn(textA);
    const model = mergeNgrams(overlay, { meta: { note: 'test' } });
    const decoded = NgramModel.decode(model.encode());
    expect(decoded.totals).toEqual(model.totals);
    expect(decoded.meta.note).toBe('test');
    const extra = new NgramOverlay(model);
    extra.learn(textB);
    const restored = NgramOverlay.decode(decoded, extra.encode());
    const a = new LanguageModel({ lexicon, ngrams: model, overlay: extra });
    const b = new LanguageModel({ lexicon, ngrams: decoded, overlay: restored });
    for (const [u, v] of [
      ['ala', 'ma'],
      ['nie', 'ma'],
      ['ma', 'psa'],
      ['kot', '<s>'],
    ]) {
      expect(b.logProb(v!, u!)).toBeCloseTo(a.logProb(v!, u!), 6);
    }
    expect(() => new LanguageModel({ lexicon, ngrams: decoded, overlay: extra })).toThrow(/another/);
  });
});
