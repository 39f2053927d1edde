import { beforeAll, describe, expect, it } from 'vitest';
import { isProperNoun, preferredShape, WordFlag } from './caseFlags.ts';
import type { Lexicon } from './Lexicon.ts';
import { loadLexicon } from './loadLexicon.ts';

let lexicon: Lexicon;
beforeAll(() => {
  lexicon = loadLexicon();
});

describe('committed lexicon', () => {
  it('holds more than 3.5 million forms', () => {
    expect(lexicon.size).toBeGreaterThan(3_500_000);
  });

  it('knows common and rare forms in any case', () => {
    for (const w of [
      'się',
      'są',
      'były',
      'społeczne',
      'aktualizację',
      'gminy',
      'Rada',
      'UCHWAŁA',
      'źdźbła',
      'przeciwstawiającymi',
    ]) {
      expect(lexicon.has(w), w).toBe(true);
    }
  });

  it('rejects OCR garbage and prefixes of words', () => {
    for (const w of ['spoteczne', 'Krakéw', 'sie', 'xqzv', '', 'społeczn', 'krakó', 'dom1']) {
      expect(lexicon.has(w), w).toBe(false);
      expect(lexicon.indexOf(w)).toBe(-1);
    }
  });

  it('marks proper nouns (only ever capitalised) and names', () => {
    for (const w of ['Krakowie', 'Jaśkowca', 'Warszawy'])
      expect(isProperNoun(lexicon.flags(lexicon.indexOf(w))), w).toBe(true);
    for (const w of ['dom', 'społeczne', 'były'])
      expect(isProperNoun(lexicon.flags(lexicon.indexOf(w))), w).toBe(false);
    expect(lexicon.flags(lexicon.indexOf('Małgorzata')) & WordFlag.firstName).toBeTruthy();
    expect(lexicon.flags(lexicon.indexOf('Kowalski')) & WordFlag.surname).toBeTruthy();
    expect(preferredShape(lexicon.flags(lexicon.indexOf('krakowie')))).toBe('capitalized');
  });

  it('numbers words 0..size-1 bijectively, in sorted order', () => {
    const seen = new Set<number>();
    let previous = '';
    for (let k = 0; k < 2000; k++) {
      const index = Math.floor((k * 2_654_435_761) % lexicon.size);
      const word = lexicon.wordAt(index);
      expect(lexicon.indexOf(word)).toBe(index);
      seen.add(index);
    }
    for (let i = 1_000_000; i < 1_000_300; i++) {
      const word = lexicon.wordAt(i);
      expect(word > previous).toBe(true);
      previous = word;
    }
    expect(seen.size).toBeGreaterThan(1900);
    expect(lexicon.wordAt(0)).toBe('a');
    expect(() => lexicon.wordAt(lexicon.size)).toThrow(RangeError);
  });

  it('walk API agrees with has() and indexOf()', () => {
    for (const w of ['społeczne', 'spoteczne', 'kraków', 'byty', 'sg', 'przez']) {
      let state = lexicon.root;
      let index = 0;
      for (const ch of w) {
        const e = lexicon.edgeOf(state, lexicon.labelOf(ch));
        if (e < 0) {
          state = -1;
          break;
        }
        expect(lexicon.step(state, ch)).toBe(lexicon.edgeTarget(e));
        index += lexicon.edgeOffset(e);
        state = lexicon.edgeTarget(e);
      }
      expect(state >= 0 && lexicon.isFinal(state)).toBe(lexicon.has(w));
      if (lexicon.has(w)) expect(index).toBe(lexicon.indexOf(w));
      expect(lexicon.walk(w)).toBe(state);
    }
    // Transitions of the state after "spo" include ł (społeczne) and are sorted by label.
    const spo = lexicon.walk('spo');
    const chars = lexicon.transitions(spo).map((t) => t.char);
    expect(chars).toContain('ł');
    expect([...chars].sort()).toEqual(chars);
    const total = lexicon.transitions(spo).reduce((n, t) => n + lexicon.wordsBelow(t.target), 0);
    expect(total + (lexicon.isFinal(spo) ? 1 : 0)).toBe(lexicon.wordsBelow(spo));
  });

  it('orders priors sensibly', () => {
    const p = (w: string) => lexicon.logPriorOf(w);
    expect(p('są')).toBeGreaterThan(p('sg'));
    expect(p('były')).toBeGreaterThan(p('byty'));
    expect(p('się')).toBeGreaterThan(p('sie'));
    expect(p('że')).toBeGreaterThan(p('ze') - 3);
    expect(p('społeczne')).toBeGreaterThan(p('spoteczne'));
    // Unseen forms get a finite floor above the OOV prior.
    expect(p('przeciwstawiającymi')).toBeGreaterThan(lexicon.oovLogPrior);
    expect(Number.isFinite(p('przeciwstawiającymi'))).toBe(true);
    expect(lexicon.frequency('się')).toBeGreaterThan(0.001);
  });
});
