/**
 * Learns the OCR confusion model from the train split of corpora/ocr-pairs (pages rendered, degraded
 * and OCR'd with the wrong, English, model by tesseract.js and native tesseract) and writes
 * packages/repair/data/confusion.json. Held-out pages are never read, nor are the dev pages the
 * repair settings are tuned on (see devPages.ts).
 *
 *   pnpm exec tsx packages/repair/scripts/trainConfusionModel.ts
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { alignPair } from '../../../corpora/ocr-pairs/alignPair.ts';
import {
  ENGINES,
  MANIFEST_PATH,
  pageDir,
  pairsManifestSchema,
} from '../../../corpora/ocr-pairs/PairsManifest.ts';
import { learnConfusionModel } from '../src/learnConfusionModel.ts';
import { isDevPage } from './devPages.ts';

const manifest = pairsManifestSchema.parse(JSON.parse(readFileSync(MANIFEST_PATH, 'utf8')));
const pairs: { truth: string; ocr: string }[] = [];
const punctuation = new Map<string, number>();
let pages = 0;
for (const entry of manifest.pages) {
  // Dev pages tune the repair settings, so the channel must not have seen them.
  if (entry.split !== 'train' || isDevPage(entry)) continue;
  const dir = pageDir(entry);
  const truthPath = join(dir, entry.files.truth);
  if (!existsSync(truthPath)) continue;
  const truth = readFileSync(truthPath, 'utf8');
  for (const engine of ENGINES) {
    const file = entry.files[engine];
    if (!file || !existsSync(join(dir, file))) continue;
    const alignment = alignPair(truth, readFileSync(join(dir, file), 'utf8'));
    pages++;
    for (const word of alignment.words) {
      // Strip punctuation around words: the channel is learned on letters.
      const t = word.truth.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
      const o = word.ocr.replace(/^[^\p{L}¢$©®0-9]+|[^\p{L}¢$©®0-9]+$/gu, '');
      if (t && o) pairs.push({ truth: t, ocr: o });
    }
    for (const edit of alignment.edits) {
      if (/[„”•–—«»]/.test(edit.truth))
        punctuation.set(
          `${edit.truth} → ${edit.ocr}`,
          (punctuation.get(`${edit.truth} → ${edit.ocr}`) ?? 0) + 1,
        );
    }
  }
}
const digest = createHash('sha256').update(JSON.stringify(pairs)).digest('hex').slice(0, 12);
const model = learnConfusionModel(pairs, {
  version: `confusion-v1 ${digest}`,
  trainedOn: `${pages} train page readings (${ENGINES.join(', ')}) of corpora/ocr-pairs, ${pairs.length} word pairs`,
});
const out = fileURLToPath(new URL('../data/confusion.json', import.meta.url));
writeFileSync(out, `${JSON.stringify(model.toJSON(), null, 1)}\n`);

const json = model.toJSON();
const changes = json.entries
  .filter(([intended, observed]) => intended !== observed)
  .sort((a, b) => b[2] - a[2]);
console.log(`${pages} page readings, ${pairs.length} word pairs, ${json.entries.length} entries → ${out}`);
console.log(
  'most likely changes:',
  changes
    .slice(0, 60)
    .map(([i, o, lp]) => `${i}→${o || '∅'} ${Math.exp(lp).toFixed(3)}`)
    .join(', '),
);
console.log(
  'punctuation:',
  [...punctuation]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 20)
    .map(([k, n]) => `${k} ×${n}`)
    .join(', '),
);
