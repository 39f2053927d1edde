/**
 * Learns the bigram model and the word priors from the training split of the corpora and writes
 * packages/lexicon/data/ngrams.bin.br and priors.bin.br. Run after buildLexicon.ts and
 * corpora/polish-text/extractDebianText.ts (re-run whenever corpora/municipal/train/ grows):
 *
 *   pnpm exec tsx packages/lexicon/scripts/buildNgrams.ts [--min-bigram 1] [--min-unigram 1] [--exclude fortunes-pl,manpages-pl]
 *
 * --exclude drops whole sources (Debian package names, or `municipal`), e.g. to ship a model free of
 * GPL-licensed text.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { computePriors } from '../src/computePriors.ts';
import { Lexicon } from '../src/Lexicon.ts';
import { dawgFingerprint, decodeForms, encodePriors } from '../src/lexiconArtifacts.ts';
import { DEFAULT_DATA_DIR } from '../src/loadLexicon.ts';
import { mergeNgrams } from '../src/mergeNgrams.ts';
import { NgramModel } from '../src/NgramModel.ts';
import { NgramOverlay } from '../src/NgramOverlay.ts';
import { tokenize } from '../src/tokenize.ts';
import { corpusDocuments } from './trainingDocuments.ts';
import { zxcvbnRanks } from './zxcvbnRanks.ts';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) =>
  args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback;
const minBigramCount = option('--min-bigram', 1);
const minUnigramCount = option('--min-unigram', 1);
const excluded = new Set(args.includes('--exclude') ? args[args.indexOf('--exclude') + 1]!.split(',') : []);
const started = performance.now();

const { dawg, flags } = decodeForms(readFileSync(`${DEFAULT_DATA_DIR}forms.dawg.br`));
const lexicon = new Lexicon(dawg, flags, null);
const corpusCounts = new Uint32Array(lexicon.size);
const overlay = new NgramOverlay(NgramModel.empty());
const stats: Record<
  string,
  Record<string, { documents: number; tokens: number; words: number; inLexicon: number }>
> = {};

for (const doc of corpusDocuments()) {
  if (excluded.has(doc.source)) continue;
  const tokens = tokenize(doc.text());
  const bySplit = stats[doc.source] ?? {};
  stats[doc.source] = bySplit;
  const s = bySplit[doc.split] ?? { documents: 0, tokens: 0, words: 0, inLexicon: 0 };
  bySplit[doc.split] = s;
  s.documents++;
  s.tokens += tokens.length;
  if (doc.split !== 'train') continue; // held-out documents are only counted in size, never learned
  overlay.learnTokens(tokens);
  for (const t of tokens) {
    if (t.startsWith('<')) continue;
    s.words++;
    const index = lexicon.indexOfLowercase(t);
    if (index >= 0) {
      s.inLexicon++;
      corpusCounts[index]!++;
    }
  }
}

const sources = Object.fromEntries(Object.entries(stats).map(([k, v]) => [k, v.train ?? null]));
const model = mergeNgrams(overlay, {
  minBigramCount,
  minUnigramCount,
  meta: {
    builtFrom: 'train split of corpora/polish-text (Debian) and corpora/municipal/train',
    sources,
    excluded: [...excluded],
  },
});
writeFileSync(`${DEFAULT_DATA_DIR}ngrams.bin.br`, model.encode());

const { commonRank, nameRank } = zxcvbnRanks(lexicon);
const priors = computePriors({ size: lexicon.size, corpusCounts, commonRank, nameRank });
writeFileSync(
  `${DEFAULT_DATA_DIR}priors.bin.br`,
  encodePriors(priors, dawgFingerprint(dawg), { corpus: 'train split, see ngrams.bin.br meta', sources }),
);

console.log(
  JSON.stringify(
    {
      corpus: stats,
      learnedTokens: overlay.tokens,
      distinctTokens: overlay.unigrams.size,
      distinctBigrams: overlay.bigrams.size,
      kept: { unigrams: model.unigramCount, bigrams: model.bigramCount, minBigramCount, minUnigramCount },
      totals: model.totals,
      ngramsArtifactBytes: statSync(`${DEFAULT_DATA_DIR}ngrams.bin.br`).size,
      priorsArtifactBytes: statSync(`${DEFAULT_DATA_DIR}priors.bin.br`).size,
      seconds: ((performance.now() - started) / 1000).toFixed(1),
    },
    null,
    2,
  ),
);
