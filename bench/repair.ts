import { readFileSync } from 'node:fs';
import { loadRepairer } from '@skryba/repair';
import { loadPairs } from '../corpora/ocr-pairs/loadPairs.ts';
import type { Engine } from '../corpora/ocr-pairs/PairsManifest.ts';
import { isDevPage } from '../packages/repair/scripts/devPages.ts';
import { combineRepairMetrics, type RepairMetrics, repairMetrics } from './repairMetrics.ts';

const pct = (x: number) => `${(x * 100).toFixed(2)} %`;

function printMetrics(label: string, m: RepairMetrics): void {
  const c = m.counts;
  console.log(
    `${label}: ${c.truthWords} words (${c.diacriticWords} with diacritics)\n` +
      `  WER ${pct(m.input.wer)} → ${pct(m.output.wer)}   CER ${pct(m.input.cer)} → ${pct(m.output.cer)}\n` +
      `  diacritic-word accuracy ${pct(m.input.diacriticWordAccuracy)} → ${pct(m.output.diacriticWordAccuracy)}\n` +
      `  damage ${pct(m.damageRate)} (${c.damaged} words broken)   fixed ${pct(m.fixRate)} (${c.fixed} words)`,
  );
}

/**
 * `pnpm bench repair [--split heldout|dev]`: repair of wrong-model OCR on the corpus pages never
 * tuned on (held-out split of corpora/ocr-pairs), per engine and overall; damage on correct text; seed
 * 002 against its gold; speed, load time and memory.
 */
export async function benchRepair(args: string[]): Promise<void> {
  // `dev`: the train pages repair settings are tuned on (never the confusion model's training pages).
  const split = args.includes('--split')
    ? (args[args.indexOf('--split') + 1] as 'heldout' | 'dev')
    : 'heldout';
  const rssBefore = process.memoryUsage().rss;
  const loadStarted = performance.now();
  const repairer = loadRepairer();
  const loadMs = performance.now() - loadStarted;
  const rssAfterLoad = process.memoryUsage().rss;
  console.log(`repair model: ${repairer.versions.repairModel}; lexicon: ${repairer.versions.lexicon}`);
  console.log(
    `load ${loadMs.toFixed(0)} ms, RSS ${(rssBefore / 2 ** 20).toFixed(0)} → ${(rssAfterLoad / 2 ** 20).toFixed(0)} MB`,
  );

  const pairs =
    split === 'dev'
      ? loadPairs({ split: 'train' }).filter((p) => isDevPage(p.entry))
      : loadPairs({ split: 'heldout' });
  const byEngine = new Map<Engine, RepairMetrics[]>();
  const all: RepairMetrics[] = [];
  let tokens = 0;
  let repairMs = 0;
  for (const pair of pairs) {
    const started = performance.now();
    const output = repairer.repair(pair.ocr).text;
    repairMs += performance.now() - started;
    tokens += pair.ocr.split(/\s+/).filter(Boolean).length;
    const metrics = repairMetrics({ truth: pair.truth, input: pair.ocr, output });
    all.push(metrics);
    byEngine.set(pair.engine, [...(byEngine.get(pair.engine) ?? []), metrics]);
  }
  const pages = new Set(pairs.map((p) => p.entry.pageId)).size;
  console.log(`\n${split} split: ${pages} pages, ${pairs.length} OCR readings`);
  for (const [engine, list] of byEngine)
    printMetrics(`${engine} (${list.length} readings)`, combineRepairMetrics(list));
  printMetrics('all readings', combineRepairMetrics(all));

  // Correct Polish must come out untouched: repair the true texts themselves.
  const truths = [...new Map(pairs.map((p) => [p.entry.pageId, p.truth])).values()];
  let cleanWords = 0;
  let cleanEdits = 0;
  for (const truth of truths) {
    cleanWords += truth.split(/\s+/).filter(Boolean).length;
    cleanEdits += repairer.repair(truth).edits.length;
  }
  console.log(
    `\ncorrect text (the ${truths.length} true pages): ${cleanEdits} edits over ${cleanWords} words (${pct(cleanEdits / Math.max(1, cleanWords))})`,
  );

  const seed = (name: string) => readFileSync(new URL(`../fixtures/seeds/${name}`, import.meta.url), 'utf8');
  const seed002 = repairMetrics({
    truth: seed('gold/002_030b25acebc912d6.repaired.txt'),
    input: seed('002_030b25acebc912d6.txt'),
    output: repairer.repair(seed('002_030b25acebc912d6.txt')).text,
  });
  console.log(
    `\nseed 002: word errors ${seed002.counts.input.wordErrors} → ${seed002.counts.output.wordErrors} (target ≤ 2)`,
  );

  console.log(
    `\nspeed: ${((tokens / repairMs) * 1000).toFixed(0)} tokens/s single thread (${tokens} tokens in ${(repairMs / 1000).toFixed(1)} s, caches warm after the first pages)`,
  );
  console.log(`RSS after the run: ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MB`);
  console.log(
    '\ntargets on held-out text: WER ≤ 1.5 %, diacritic-word accuracy ≥ 98.5 %, damage ≤ 0.1 %, ≥ 200 k tokens/s',
  );
}
