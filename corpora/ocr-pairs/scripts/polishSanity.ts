/**
 * Sanity check of the degraded scans: the same page images read with the RIGHT (Polish) model by
 * native tesseract should be nearly perfect, so the English-model errors of the corpus come from the
 * model, not from unreadable images.
 *
 *   nice -n 10 pnpm exec tsx corpora/ocr-pairs/scripts/polishSanity.ts [--pages 10]
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { combineRepairMetrics, type RepairMetrics, repairMetrics } from '../../../bench/repairMetrics.ts';
import { MANIFEST_PATH, PAIRS_CACHE_DIR, pageDir, pairsManifestSchema } from '../PairsManifest.ts';
import { readWithNativeTesseract } from './ocrReaders.ts';

const { values } = parseArgs({ options: { pages: { type: 'string', default: '10' } } });
const manifest = pairsManifestSchema.parse(JSON.parse(readFileSync(MANIFEST_PATH, 'utf8')));
const imageOf = (pageId: string, key: string) => join(PAIRS_CACHE_DIR, 'images', `${pageId}.${key}.jpg`);
const heldout = manifest.pages.filter(
  (p) => p.split === 'heldout' && p.files['tjs-eng'] && existsSync(imageOf(p.pageId, p.imageKey)),
);
// Evenly spaced over the held-out pages (sorted by id), so every source and condition range shows up.
const sorted = [...heldout].sort((a, b) => a.pageId.localeCompare(b.pageId));
const wanted = Math.min(Number(values.pages), sorted.length);
const chosen = Array.from({ length: wanted }, (_, k) => sorted[Math.floor((k * sorted.length) / wanted)]!);

const pol: RepairMetrics[] = [];
const eng: RepairMetrics[] = [];
for (const page of chosen) {
  const dir = pageDir(page);
  const truth = readFileSync(join(dir, page.files.truth), 'utf8');
  const read = await readWithNativeTesseract(imageOf(page.pageId, page.imageKey), 'pol');
  const m = repairMetrics({ truth, input: read, output: read });
  pol.push(m);
  const engText = readFileSync(join(dir, page.files['tjs-eng']!), 'utf8');
  eng.push(repairMetrics({ truth, input: engText, output: engText }));
  const r = page.render;
  console.log(
    `${page.pageId}\t${r.font} ${r.sizePt} pt ${r.dpi} dpi blur ${r.blur}\tpol WER ${(100 * m.input.wer).toFixed(1)} %`,
  );
}
const pct = (x: number) => `${(100 * x).toFixed(2)} %`;
const p = combineRepairMetrics(pol);
const e = combineRepairMetrics(eng);
console.log(`${chosen.length} held-out pages, ${p.counts.truthWords} words`);
console.log(
  `tesseract -l pol (native): WER ${pct(p.input.wer)}, CER ${pct(p.input.cer)}, diacritic-word acc. ${pct(p.input.diacriticWordAccuracy)}`,
);
console.log(
  `tjs-eng on the same pages: WER ${pct(e.input.wer)}, CER ${pct(e.input.cer)}, diacritic-word acc. ${pct(e.input.diacriticWordAccuracy)}`,
);
