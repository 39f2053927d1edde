import { readFileSync } from 'node:fs';
import { SkrybaError } from '@skryba/schema';
import { DEFAULT_DATA_DIR } from './loadLexicon.ts';
import { NgramModel } from './NgramModel.ts';

export interface LoadNgramModelOptions {
  /**
   * Path of the n-gram artifact.
   * @defaultValue `<package>/data/ngrams.bin.br`
   */
  path?: string;
}

/** Loads the committed bigram model built from the training corpus. */
export function loadNgramModel(options: LoadNgramModelOptions = {}): NgramModel {
  const path = options.path ?? `${DEFAULT_DATA_DIR}ngrams.bin.br`;
  try {
    return NgramModel.decode(readFileSync(path));
  } catch (cause) {
    throw new SkrybaError('E_INTERNAL', `cannot load n-gram model: ${(cause as Error).message}`, { cause });
  }
}
