import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { DEFAULT_DATA_DIR } from './loadLexicon.ts';

const ARTIFACTS = ['forms.dawg.br', 'priors.bin.br', 'ngrams.bin.br'];

/**
 * The version records carry in `provenance.lexiconVersion`: a digest of the committed artifacts, so a
 * CI reprocessing run can tell a changed record came from a changed lexicon or language model.
 */
export function artifactsVersion(dataDir: string = DEFAULT_DATA_DIR): string {
  const hash = createHash('sha256');
  for (const name of ARTIFACTS) hash.update(readFileSync(`${dataDir}${name}`));
  return `pl-lexicon+ngrams sha256:${hash.digest('hex').slice(0, 16)}`;
}
