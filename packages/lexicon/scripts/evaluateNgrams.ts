/**
 * Measures what context buys on a development part of the TRAIN split (held-out documents are never
 * read): a second hash rule puts ≈ 10 % of train documents in `dev`, the model is learned from the
 * rest, and for every dev word whose diacritic-folded spelling matches several lexicon forms
 * (ze/że, byly→były/były, aktualizacje/aktualizację) we check which form each scorer prefers.
 *
 *   pnpm exec tsx packages/lexicon/scripts/evaluateNgrams.ts
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { computePriors } from '../src/computePriors.ts';
import { hashToken } from '../src/hashToken.ts';
import { LanguageModel } from '../src/LanguageModel.ts';
import { Lexicon } from '../src/Lexicon.ts';
import { decodeForms } from '../src/lexiconArtifacts.ts';
import { DEFAULT_DATA_DIR } from '../src/loadLexicon.ts';
import { mergeNgrams } from '../src/mergeNgrams.ts';
import { NgramModel } from '../src/NgramModel.ts';
import { NgramOverlay, OverlayColumn } from '../src/NgramOverlay.ts';
import { tokenize } from '../src/tokenize.ts';
import { corpusDocuments } from './trainingDocuments.ts';
import { zxcvbnRanks } from './zxcvbnRanks.ts';

const isDev = (id: string) => createHash('sha256').update(`dev:${id}`).digest()[0]! < 26;
const VARIANTS: Record<string, string> = {
  a: 'aą',
  c: 'cć',
  e: 'eę',
  l: 'lł',
  n: 'nń',
  o: 'oó',
  s: 'sś',
  z: 'zźż',
};
const FOLD: Record<string, string> = {
  ą: 'a',
  ć: 'c',
  ę: 'e',
  ł: 'l',
  ń: 'n',
  ó: 'o',
  ś: 's',
  ź: 'z',
  ż: 'z',
};

/** All lexicon forms that fold (drop diacritics) to the same spelling as `word`. */
function foldMates(lexicon: Lexicon, word: string): string[] {
  const folded = [...word].map((c) => FOLD[c] ?? c).join('');
  const out: string[] = [];
  const walk = (state: number, i: number, prefix: string) => {
    if (state < 0) return;
    if (i === folded.length) {
      if (lexicon.isFinal(state)) out.push(prefix);
      return;
    }
    for (const ch of VARIANTS[folded[i]!] ?? folded[i]!) walk(lexicon.step(state, ch), i + 1, prefix + ch);
  };
  walk(lexicon.root, 0, '');
  return out;
}

const { dawg, flags } = decodeForms(readFileSync(`${DEFAULT_DATA_DIR}forms.dawg.br`));
const bare = new Lexicon(dawg, flags, null);
const train: string[][] = [];
const dev: string[][] = [];
for (const doc of corpusDocuments()) {
  if (doc.split !== 'train') continue;
  (isDev(doc.id) ? dev : train).push(tokenize(doc.text()));
}
// Priors from the non-dev documents only, as buildNgrams.ts computes them from all train documents.
const learner = new NgramOverlay(NgramModel.empty());
const corpusCounts = new Uint32Array(bare.size);
for (const tokens of train) {
  learner.learnTokens(tokens);
  for (const t of tokens) {
    const index = bare.indexOfLowercase(t);
    if (index >= 0) corpusCounts[index]!++;
  }
}
const lexicon = new Lexicon(
  dawg,
  flags,
  computePriors({ size: bare.size, corpusCounts, ...zxcvbnRanks(bare) }),
);

const variants: Record<string, NgramModel> = {
  'bigram ≥2, unigram ≥2': mergeNgrams(learner, { minBigramCount: 2, minUnigramCount: 2 }),
  'bigram ≥2, unigram ≥1': mergeNgrams(learner, { minBigramCount: 2, minUnigramCount: 1 }),
  unpruned: mergeNgrams(learner),
};

/** Stupid backoff (Brants et al. 2007) on the unpruned counts, for comparison; unseen words fall to the prior. */
function stupidBackoff(word: string, previous: string): number {
  const u = hashToken(previous);
  const v = hashToken(word);
  const pair = learner.pairCount(u, v);
  if (pair > 0) return Math.log(pair / learner.unigramValue(u, OverlayColumn.hist));
  const count = learner.unigramValue(v, OverlayColumn.count);
  if (count > 0) return Math.log(0.4 * (count / learner.tokens));
  return Math.log(0.4 * 0.4) + lexicon.logPriorOf(word);
}

for (const [name, ngrams] of Object.entries(variants)) {
  const lm = new LanguageModel({ lexicon, ngrams });
  let logSum = 0;
  let n = 0;
  const right = { prior: 0, unigram: 0, leftContext: 0, bothSides: 0, stupidBackoffBothSides: 0 };
  let ambiguous = 0;
  for (const tokens of dev) {
    const refs = tokens.map((t) => lm.ref(t));
    for (let i = 1; i < refs.length; i++) {
      logSum += lm.logProb(refs[i]!, refs[i - 1]!);
      n++;
      const w = refs[i]!;
      if (w.index < 0 || i + 1 >= refs.length) continue;
      const mates = foldMates(lexicon, w.token);
      if (mates.length < 2) continue;
      ambiguous++;
      const best = (score: (c: string) => number) => mates.reduce((a, b) => (score(b) > score(a) ? b : a));
      const prev = refs[i - 1]!;
      const next = refs[i + 1]!;
      if (best((c) => lexicon.logPriorOf(c)) === w.token) right.prior++;
      if (best((c) => lm.logUnigram(c)) === w.token) right.unigram++;
      if (best((c) => lm.logProb(c, prev)) === w.token) right.leftContext++;
      if (best((c) => lm.logProb(c, prev) + lm.logProb(next, lm.ref(c))) === w.token) right.bothSides++;
      if (best((c) => stupidBackoff(c, prev.token) + stupidBackoff(next.token, c)) === w.token)
        right.stupidBackoffBothSides++;
    }
  }
  const pct = (k: number) => `${((100 * k) / ambiguous).toFixed(1)} %`;
  console.log(
    JSON.stringify({
      model: name,
      unigrams: ngrams.unigramCount,
      bigrams: ngrams.bigramCount,
      bytes: ngrams.encode().length,
      trainDocs: train.length,
      devDocs: dev.length,
      devTokens: n,
      perplexity: Math.round(Math.exp(-logSum / n)),
      diacriticChoices: ambiguous,
      accuracy: {
        prior: pct(right.prior),
        unigram: pct(right.unigram),
        leftContext: pct(right.leftContext),
        bothSides: pct(right.bothSides),
        stupidBackoffBothSides: pct(right.stupidBackoffBothSides),
      },
    }),
  );
}
