import { beforeAll, describe, expect, it } from 'vitest';
import type { Lexicon } from './Lexicon.ts';
import { loadLexicon } from './loadLexicon.ts';

// The README's example: how a repair engine walks the automaton with a confusion table.
const CONFUSIONS: Record<string, string[]> = {
  t: ['ł'],
  l: ['ł'],
  g: ['ą', 'ę'],
  é: ['ó'],
  e: ['ę'],
  s: ['ś'],
  z: ['ż', 'ź'],
  c: ['ć'],
  n: ['ń'],
  a: ['ą'],
};

function candidates(
  lexicon: Lexicon,
  observed: string,
  maxEdits = 2,
  beam = 200,
): { word: string; index: number; edits: number }[] {
  type Hyp = { state: number; word: string; index: number; edits: number };
  let hyps: Hyp[] = [{ state: lexicon.root, word: '', index: 0, edits: 0 }];
  for (const ch of observed.toLowerCase()) {
    const next: Hyp[] = [];
    for (const h of hyps) {
      for (const [out, cost] of [[ch, 0] as const, ...(CONFUSIONS[ch] ?? []).map((c) => [c, 1] as const)]) {
        if (h.edits + cost > maxEdits) continue;
        const e = lexicon.edgeOf(h.state, lexicon.labelOf(out));
        if (e < 0) continue;
        next.push({
          state: lexicon.edgeTarget(e),
          word: h.word + out,
          index: h.index + lexicon.edgeOffset(e),
          edits: h.edits + cost,
        });
      }
    }
    hyps = next.sort((a, b) => a.edits - b.edits).slice(0, beam);
  }
  return hyps
    .filter((h) => lexicon.isFinal(h.state))
    .map(({ word, index, edits }) => ({ word, index, edits }));
}

describe('walk API for candidate search', () => {
  let lexicon: Lexicon;
  beforeAll(() => {
    lexicon = loadLexicon();
  });

  it('finds the Polish words behind English-model OCR output, with their word numbers', () => {
    const cases: [string, string][] = [
      ['spoteczne', 'społeczne'],
      ['sg', 'są'],
      ['Krakéw', 'kraków'],
      ['byty', 'były'],
      ['aktualizacje', 'aktualizację'],
    ];
    for (const [observed, expected] of cases) {
      const found = candidates(lexicon, observed);
      const hit = found.find((c) => c.word === expected);
      expect(hit, `${observed} → ${expected}`).toBeDefined();
      expect(hit!.index).toBe(lexicon.indexOf(expected));
    }
    // Only lexicon words come out: the walk never leaves the automaton.
    for (const c of candidates(lexicon, 'spoteczne')) expect(lexicon.has(c.word)).toBe(true);
  });
});
