/**
 * Learns the word-ending bigram model from the same training text as the lexicon's word model (the
 * train split, GPL-only sources excluded) and writes packages/repair/data/suffixes.json.
 *
 *   pnpm exec tsx packages/repair/scripts/trainSuffixModel.ts
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { tokenize } from '@skryba/lexicon';
import { corpusDocuments } from '../../lexicon/scripts/trainingDocuments.ts';
import { SuffixModel } from '../src/SuffixModel.ts';

const EXCLUDED = new Set(['manpages-pl', 'fortunes-pl']);
const sequences: string[][] = [];
const hash = createHash('sha256');
for (const doc of corpusDocuments()) {
  if (doc.split !== 'train' || EXCLUDED.has(doc.source)) continue;
  const tokens = tokenize(doc.text());
  sequences.push(tokens);
  hash.update(tokens.join(' '));
}
const digest = hash.digest('hex').slice(0, 12);
const model = SuffixModel.learn(sequences, `suffixes-v1 ${digest}`);
const json = model.toJSON();
const out = fileURLToPath(new URL('../data/suffixes.json', import.meta.url));
writeFileSync(out, `${JSON.stringify(json)}\n`);
console.log(
  `${sequences.length} documents, ${sequences.reduce((n, s) => n + s.length, 0)} tokens → ${json.unigrams.length} endings, ${json.bigrams.length} ending pairs → ${out}`,
);
