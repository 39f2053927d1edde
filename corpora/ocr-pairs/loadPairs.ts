import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  type Engine,
  MANIFEST_PATH,
  type PairEntry,
  type PairSplit,
  pageDir,
  pairsManifestSchema,
} from './PairsManifest.ts';

export interface OcrPair {
  entry: PairEntry;
  engine: Engine;
  /** The page text (what the scan shows). */
  truth: string;
  /** What the engine read, exactly as it produced it. */
  ocr: string;
}

export interface LoadPairsOptions {
  split: PairSplit;
  /** @defaultValue both engines */
  engines?: readonly Engine[];
  /** @defaultValue the committed manifest.json */
  manifestPath?: string;
}

/**
 * Reads the pairs of one split. Pages kept only in the git-ignored cache (sources whose licence does
 * not allow committing them) are included when the cache holds them and silently absent otherwise;
 * `entry.location` says which kind a pair is. Learn only from `train`; `heldout` is for the final figure.
 */
export function loadPairs(options: LoadPairsOptions): OcrPair[] {
  const manifest = pairsManifestSchema.parse(
    JSON.parse(readFileSync(options.manifestPath ?? MANIFEST_PATH, 'utf8')),
  );
  const engines = options.engines ?? (['tjs-eng', 'tess-eng'] as const);
  const pairs: OcrPair[] = [];
  for (const entry of manifest.pages) {
    if (entry.split !== options.split) continue;
    const dir = pageDir(entry);
    const truthPath = join(dir, entry.files.truth);
    if (!existsSync(truthPath)) continue;
    const truth = readFileSync(truthPath, 'utf8');
    for (const engine of engines) {
      const file = entry.files[engine];
      if (!file || !existsSync(join(dir, file))) continue;
      pairs.push({ entry, engine, truth, ocr: readFileSync(join(dir, file), 'utf8') });
    }
  }
  return pairs;
}
