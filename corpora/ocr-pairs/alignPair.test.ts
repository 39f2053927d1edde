import { describe, expect, it } from 'vitest';
import { alignPair } from './alignPair.ts';

/** Plain O(n·m) Levenshtein, the reference the banded alignment must agree with. */
function levenshtein(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length]!;
}

/** Deterministic pseudo-random generator so the property test is reproducible. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('alignPair', () => {
  it('pairs words one to one and reports the wrong-model substitutions as edits', () => {
    const truth = 'Rada są społeczne\nw Krakowie';
    const ocr = 'Rada sg spoteczne w Krakowie';
    const a = alignPair(truth, ocr);
    expect(a.distance).toBe(2);
    expect(a.truthLength).toBe(truth.length);
    expect(a.edits).toEqual([
      { truth: 'ą', ocr: 'g', truthStart: 6, ocrStart: 6 },
      { truth: 'ł', ocr: 't', truthStart: 11, ocrStart: 11 },
    ]);
    expect(a.words.map((w) => [w.truth, w.ocr])).toEqual([
      ['Rada', 'Rada'],
      ['są', 'sg'],
      ['społeczne', 'spoteczne'],
      ['w', 'w'],
      ['Krakowie', 'Krakowie'],
    ]);
    // Offsets point into the original strings.
    for (const w of a.words) {
      expect(truth.slice(w.truthStart, w.truthStart + w.truth.length)).toBe(w.truth);
      expect(ocr.slice(w.ocrStart, w.ocrStart + w.ocr.length)).toBe(w.ocr);
    }
  });

  it('keeps multi-character confusions and dropped letters as one edit', () => {
    const a = alignPair('mieszkańcom rozwijać miast', 'mieszkanhcom rozwija miast');
    expect(a.edits.map((e) => [e.truth, e.ocr])).toEqual([
      ['ń', 'nh'],
      ['ć', ''],
    ]);
    expect(a.words[1]).toEqual({ truth: 'rozwijać', ocr: 'rozwija', truthStart: 12, ocrStart: 13 });
    // Adjacent one-for-one substitutions are separate confusions.
    expect(alignPair('załącznik', 'zatgcznik').edits).toEqual([
      { truth: 'ł', ocr: 't', truthStart: 2, ocrStart: 2 },
      { truth: 'ą', ocr: 'g', truthStart: 3, ocrStart: 3 },
    ]);
  });

  it('groups words when OCR lost or added a space, and lone words when one side has none', () => {
    const lost = alignPair('stoi w domu obok', 'stoi wdomu obok');
    expect(lost.words.map((w) => [w.truth, w.ocr])).toEqual([
      ['stoi', 'stoi'],
      ['w domu', 'wdomu'],
      ['obok', 'obok'],
    ]);
    const added = alignPair('Urząd Miasta', 'Urz gd Miasta');
    expect(added.words.map((w) => [w.truth, w.ocr])).toEqual([
      ['Urząd', 'Urz gd'],
      ['Miasta', 'Miasta'],
    ]);
    const vanished = alignPair('jeden dwa trzy', 'jeden trzy');
    expect(vanished.words.map((w) => [w.truth, w.ocr])).toEqual([
      ['jeden', 'jeden'],
      ['dwa', ''],
      ['trzy', 'trzy'],
    ]);
    expect(vanished.words[1]!.ocrStart).toBe(6);
    const invented = alignPair('jeden trzy', 'jeden . trzy');
    expect(invented.words.map((w) => [w.truth, w.ocr])).toEqual([
      ['jeden', 'jeden'],
      ['', '.'],
      ['trzy', 'trzy'],
    ]);
  });

  it('treats line breaks and repeated spaces as layout, not errors', () => {
    const a = alignPair('  Kraków,\n\n5 marca   2024 r.\n', 'Kraków, 5 marca\n2024 r.');
    expect(a.distance).toBe(0);
    expect(a.edits).toEqual([]);
    expect(a.words).toHaveLength(5);
    expect(a.words[0]).toEqual({ truth: 'Kraków,', ocr: 'Kraków,', truthStart: 2, ocrStart: 0 });
  });

  it('handles empty sides', () => {
    expect(alignPair('', '').words).toEqual([]);
    const gone = alignPair('ala ma', '');
    expect(gone.distance).toBe(6);
    expect(gone.words.map((w) => w.ocr)).toEqual(['', '']);
    const noise = alignPair('', 'x y');
    expect(noise.words.map((w) => w.ocr)).toEqual(['x', 'y']);
  });

  it('finds the optimal distance on random noisy texts, also when the band must widen', () => {
    const random = rng(7);
    const alphabet = 'abcdeąęłńóśżź ';
    for (let round = 0; round < 60; round++) {
      const n = 20 + Math.floor(random() * 300);
      let truth = '';
      for (let k = 0; k < n; k++) truth += alphabet[Math.floor(random() * alphabet.length)];
      truth = truth.replace(/\s+/g, ' ').trim();
      let ocr = '';
      const rate = round % 3 === 0 ? 0.6 : 0.1; // dense errors force the band to double
      for (const ch of truth) {
        const r = random();
        if (r < rate / 3) continue;
        if (r < (2 * rate) / 3) ocr += 'x';
        else if (r < rate) ocr += `${ch}yz`;
        else ocr += ch;
      }
      if (round % 5 === 0) ocr = ocr.slice(0, Math.floor(ocr.length / 3)); // a lost block
      ocr = ocr.replace(/\s+/g, ' ').trim();
      const a = alignPair(truth, ocr);
      expect(a.distance).toBe(levenshtein(truth, ocr));
      // Every truth and OCR word is covered exactly once, in order.
      expect(
        a.words
          .map((w) => w.truth)
          .filter(Boolean)
          .join(' ')
          .split(' ')
          .filter(Boolean),
      ).toEqual(truth.split(' ').filter(Boolean));
      expect(
        a.words
          .map((w) => w.ocr)
          .filter(Boolean)
          .join(' ')
          .split(' ')
          .filter(Boolean),
      ).toEqual(ocr.split(' ').filter(Boolean));
    }
  });

  it('aligns a 3,000-character page in milliseconds', () => {
    const words = 'Prezydent Miasta Krakowa zawiadamia mieszkańców o konsultacjach społecznych'.split(' ');
    let truth = '';
    for (let k = 0; truth.length < 3000; k++) truth += `${words[k % words.length]} `;
    const ocr = truth.replace(/ł/g, 't').replace(/ą/g, 'g').replace(/ó/g, 'é').replace(/ń/g, 'ri');
    const started = performance.now();
    const a = alignPair(truth, ocr);
    const ms = performance.now() - started;
    expect(a.distance).toBeGreaterThan(50);
    expect(ms).toBeLessThan(200);
  });
});
