/**
 * The "no repair" baseline: repairMetrics with output = input on the pairs of one split, per engine
 * and per source package (micro-averaged over pages).
 *
 *   pnpm exec tsx corpora/ocr-pairs/scripts/rawMetrics.ts [--split heldout|train]
 */
import { parseArgs } from 'node:util';
import { combineRepairMetrics, type RepairMetrics, repairMetrics } from '../../../bench/repairMetrics.ts';
import { loadPairs } from '../loadPairs.ts';
import { splitSchema } from '../PairsManifest.ts';

const { values } = parseArgs({ options: { split: { type: 'string', default: 'heldout' } } });
const split = splitSchema.parse(values.split);
const pairs = loadPairs({ split });

const groups = new Map<string, RepairMetrics[]>();
const add = (key: string, m: RepairMetrics) => groups.set(key, [...(groups.get(key) ?? []), m]);
for (const pair of pairs) {
  const m = repairMetrics({ truth: pair.truth, input: pair.ocr, output: pair.ocr });
  add(`${pair.engine}\tall`, m);
  add(`${pair.engine}\t${pair.entry.sources[0]!.package}`, m);
}

const pct = (x: number) => `${(100 * x).toFixed(1)} %`;
console.log(`split ${split}: raw wrong-model OCR, no repair (output = input)`);
console.log(['engine', 'source', 'pages', 'words', 'WER', 'CER', 'diacritic-word acc.'].join('\t'));
for (const [key, list] of [...groups].sort()) {
  const m = combineRepairMetrics(list);
  console.log(
    [
      key,
      list.length,
      m.counts.truthWords,
      pct(m.input.wer),
      pct(m.input.cer),
      pct(m.input.diacriticWordAccuracy),
    ].join('\t'),
  );
}
