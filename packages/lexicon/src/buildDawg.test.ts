import { describe, expect, it } from 'vitest';
import { buildDawg } from './buildDawg.ts';
import { WordFlag } from './caseFlags.ts';
import { Lexicon } from './Lexicon.ts';
import { decodeForms, decodePriors, encodeForms, encodePriors } from './lexiconArtifacts.ts';

const words = ['dom', 'doma', 'domem', 'domu', 'kot', 'kota', 'kotem', 'kotu', 'łąka', 'łąki'].sort();

describe('buildDawg', () => {
  it('builds a minimal automaton whose numbering is the sorted order', () => {
    const dawg = buildDawg(words);
    const lexicon = new Lexicon(dawg, new Uint8Array(words.length), null);
    expect(lexicon.size).toBe(words.length);
    words.forEach((w, i) => {
      expect(lexicon.indexOf(w)).toBe(i);
      expect(lexicon.wordAt(i)).toBe(w);
    });
    expect(lexicon.has('do')).toBe(false);
    expect(lexicon.has('kotek')).toBe(false);
    // dom/kot share their suffix states (-, a, em, u): a trie would need 24 states, the minimal DAWG 13.
    expect(dawg.final.length).toBeLessThanOrEqual(13);
  });

  it('rejects unsorted input and skips duplicates', () => {
    expect(() => buildDawg(['kot', 'dom'])).toThrow(/sorted/);
    expect(buildDawg(['dom', 'dom', 'kot']).wordCount).toBe(2);
  });

  it('round-trips forms and priors through the artifact encoding', () => {
    const dawg = buildDawg(words);
    const flags = Uint8Array.from(words, (_, i) => (i % 2 ? WordFlag.lower : WordFlag.capitalized));
    const decoded = decodeForms(encodeForms(dawg, flags, { test: true }));
    expect(decoded.dawg.alphabet).toBe(dawg.alphabet);
    expect([...decoded.dawg.edgeTarget]).toEqual([...dawg.edgeTarget]);
    expect([...decoded.flags]).toEqual([...flags]);
    const quantised = Uint8Array.from(words, (_, i) => 10 + i);
    const priors = decodePriors(encodePriors({ quantised, step: 0.1, oovLogPrior: -20 }, 'fp', {}));
    const lexicon = new Lexicon(decoded.dawg, decoded.flags, priors.priors);
    expect(priors.fingerprint).toBe('fp');
    expect(lexicon.logPrior(lexicon.indexOf('kota'))).toBeCloseTo(-(10 + words.indexOf('kota')) * 0.1);
    expect(lexicon.logPriorOf('pies')).toBe(-20);
    expect(lexicon.flags(lexicon.indexOf('dom'))).toBe(flags[words.indexOf('dom')]);
  });
});
