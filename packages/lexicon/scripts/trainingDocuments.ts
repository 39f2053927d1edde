import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { splitOf } from '../../../corpora/polish-text/splitOf.ts';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));
export const POLISH_TEXT_CACHE = join(REPO, 'corpora', '.cache', 'polish-text');
export const MUNICIPAL_TRAIN = join(REPO, 'corpora', 'municipal', 'train');
/** Original prose written for training (CC BY 4.0); all of it is training data. */
export const POLISH_PROSE = join(REPO, 'corpora', 'polish-prose');

export interface CorpusDocument {
  id: string;
  source: string;
  split: 'train' | 'heldout';
  text: () => string;
}

/**
 * Every document of the corpora with its split. Only `train` documents may be learned from: held-out
 * ones are the repair benchmark. corpora/municipal/heldout/ is never even listed.
 */
export function corpusDocuments(): CorpusDocument[] {
  const docs: CorpusDocument[] = [];
  const manifestPath = join(POLISH_TEXT_CACHE, 'manifest.json');
  if (!existsSync(manifestPath))
    throw new Error(`${manifestPath} missing: run corpora/polish-text/extractDebianText.ts`);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
    id: string;
    source: string;
    split: 'train' | 'heldout';
    file: string;
  }[];
  for (const e of manifest) {
    // Re-derive the split from the id, so a stale or edited manifest cannot leak held-out text.
    const split = splitOf(e.id);
    if (split !== e.split) throw new Error(`manifest split of ${e.id} disagrees with splitOf`);
    docs.push({
      id: e.id,
      source: e.source,
      split,
      text: () => readFileSync(join(POLISH_TEXT_CACHE, e.file), 'utf8'),
    });
  }
  if (existsSync(MUNICIPAL_TRAIN)) {
    for (const name of readdirSync(MUNICIPAL_TRAIN).sort()) {
      if (!name.endsWith('.txt')) continue;
      const path = join(MUNICIPAL_TRAIN, name);
      docs.push({
        id: `municipal:train/${name}`,
        source: 'municipal',
        split: 'train',
        text: () => readFileSync(path, 'utf8'),
      });
    }
  }
  if (existsSync(POLISH_PROSE)) {
    for (const name of readdirSync(POLISH_PROSE).sort()) {
      if (!name.endsWith('.txt')) continue;
      const path = join(POLISH_PROSE, name);
      docs.push({
        id: `prose:${name}`,
        source: 'polish-prose',
        split: 'train',
        text: () => readFileSync(path, 'utf8'),
      });
    }
  }
  return docs;
}
