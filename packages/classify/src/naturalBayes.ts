import { createRequire } from 'node:module';

/** The part of natural's BayesClassifier skryba uses (natural 8 ships no types for deep paths). */
export interface NaturalBayesClassifier {
  addDocument(tokens: string[], label: string): void;
  train(): void;
  getClassifications(tokens: string[]): Array<{ label: string; value: number }>;
  /** Vocabulary: token → count over training documents; its key order indexes the feature vector. */
  features: Record<string, number>;
  /** Counts per class (apparatus BayesClassifier state). */
  classifier: unknown;
}

interface BayesClassifierClass {
  new (): NaturalBayesClassifier;
  restore(state: { features: Record<string, number>; classifier: unknown; docs: [] }): NaturalBayesClassifier;
}

interface RegexpTokenizerClass {
  new (options: { pattern: RegExp }): { tokenize(text: string): string[] };
}

export interface Natural {
  BayesClassifier: BayesClassifierClass;
  RegexpTokenizer: RegexpTokenizerClass;
}

let natural: Natural | null = null;

/**
 * natural's classifier and tokenizer, loaded by their own paths and only when first needed.
 * `require('natural')` loads every module, among them storage back-ends that run dotenv: it reads
 * `./.env` of whatever directory the process runs in (which could set variables) and prints
 * `injected env` lines to stdout, and it takes ≈ 1.2 s. These two files need none of that.
 */
export function loadNatural(): Natural {
  if (!natural) {
    const require = createRequire(import.meta.url);
    natural = {
      BayesClassifier: require('natural/lib/natural/classifiers/bayes_classifier.js') as BayesClassifierClass,
      RegexpTokenizer: (
        require('natural/lib/natural/tokenizers/regexp_tokenizer.js') as {
          RegexpTokenizer: RegexpTokenizerClass;
        }
      ).RegexpTokenizer,
    };
  }
  return natural;
}
