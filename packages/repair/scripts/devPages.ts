import type { PairEntry } from '../../../corpora/ocr-pairs/PairsManifest.ts';

/**
 * The pages repair settings are tuned on: train-split pages of the sources the shipped language
 * model never learned from (the GPL-only Debian texts are excluded from it, see
 * packages/lexicon/data/LICENSE.md; corpora/municipal/train2 is kept out of it on purpose), so
 * tuning on them is not flattered by a model that has seen their word pairs. The confusion model is trained without them; held-out pages stay untouched.
 */
export const DEV_SOURCES = new Set(['manpages-pl', 'fortunes-pl', 'skryba-municipal-train2']);

export function isDevPage(entry: Pick<PairEntry, 'split' | 'sources'>): boolean {
  return entry.split === 'train' && entry.sources.every((source) => DEV_SOURCES.has(source.package));
}
