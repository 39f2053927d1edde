/**
 * Grid search of the repair settings on the dev pages (train-split pages the confusion model and the
 * language model never learned from; see devPages.ts). Never reads the held-out split.
 *
 *   pnpm exec tsx packages/repair/scripts/tuneRepair.ts
 */

import { loadLexicon, loadNgramModel } from '@skryba/lexicon';
import { combineRepairMetrics, repairMetrics } from '../../../bench/repairMetrics.ts';
import { loadPairs } from '../../../corpora/ocr-pairs/loadPairs.ts';
import { loadConfusionModel, loadRepairer, loadSuffixModel, type RepairSettings } from '../src/index.ts';
import { isDevPage } from './devPages.ts';

const pairs = loadPairs({ split: 'train' }).filter((p) => isDevPage(p.entry));
const shared = {
  lexicon: loadLexicon(),
  ngrams: loadNgramModel(),
  confusion: loadConfusionModel(),
  suffixes: loadSuffixModel(),
};
const grid: Partial<RepairSettings>[] = [];
for (const channelWeight of [0.7, 1, 1.3])
  for (const suffixWeight of [0, 0.3, 0.6, 1])
    for (const minConfidenceKnown of [0.5, 0.7])
      for (const genericEditLogP of [-9, -12])
        grid.push({ channelWeight, suffixWeight, minConfidenceKnown, genericEditLogP });

const results = grid.map((settings) => {
  const repairer = loadRepairer({ ...shared, settings });
  const metrics = combineRepairMetrics(
    pairs.map((p) => repairMetrics({ truth: p.truth, input: p.ocr, output: repairer.repair(p.ocr).text })),
  );
  const score = metrics.output.wer + 2 * metrics.damageRate;
  return {
    settings,
    wer: metrics.output.wer,
    damage: metrics.damageRate,
    diacritic: metrics.output.diacriticWordAccuracy,
    score,
  };
});
results.sort((a, b) => a.score - b.score);
for (const r of results.slice(0, 15)) {
  console.log(
    `${JSON.stringify(r.settings)}  WER ${(r.wer * 100).toFixed(2)} %  damage ${(r.damage * 100).toFixed(2)} %  diacritic ${(r.diacritic * 100).toFixed(2)} %`,
  );
}
