import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SkrybaError } from '@skryba/schema';
import { Lexicon } from './Lexicon.ts';
import { dawgFingerprint, decodeForms, decodePriors } from './lexiconArtifacts.ts';

/** Where the committed artifacts live. */
export const DEFAULT_DATA_DIR = fileURLToPath(new URL('../data/', import.meta.url));

export interface LoadLexiconOptions {
  /**
   * Path of the forms artifact.
   * @defaultValue `<package>/data/forms.dawg.br`
   */
  formsPath?: string;
  /**
   * Path of the priors artifact; `null` loads no priors (`logPrior` then returns 0 for every word).
   * @defaultValue `<package>/data/priors.bin.br`
   */
  priorsPath?: string | null;
}

/** Loads the committed Polish lexicon (≈ 0.2 s). Throws `SkrybaError` when an artifact is missing or stale. */
export function loadLexicon(options: LoadLexiconOptions = {}): Lexicon {
  const formsPath = options.formsPath ?? `${DEFAULT_DATA_DIR}forms.dawg.br`;
  const priorsPath =
    options.priorsPath === undefined ? `${DEFAULT_DATA_DIR}priors.bin.br` : options.priorsPath;
  try {
    const { dawg, flags } = decodeForms(readFileSync(formsPath));
    if (priorsPath === null) return new Lexicon(dawg, flags, null);
    const { priors, fingerprint } = decodePriors(readFileSync(priorsPath));
    if (fingerprint !== dawgFingerprint(dawg)) {
      throw new Error(
        `${priorsPath} was computed for other forms; rebuild it (see packages/lexicon/README.md)`,
      );
    }
    return new Lexicon(dawg, flags, priors);
  } catch (cause) {
    throw new SkrybaError('E_INTERNAL', `cannot load lexicon: ${(cause as Error).message}`, { cause });
  }
}
