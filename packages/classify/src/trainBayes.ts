import type { DocumentTypeLabel } from '@skryba/schema';
import { documentTokens } from './documentTokens.ts';
import { loadNatural, type NaturalBayesClassifier } from './naturalBayes.ts';

export interface LabelledDocument {
  id: string;
  /** Documents of one group (a text and its mangled copy) are held out together in cross-validation. */
  group: string;
  label: DocumentTypeLabel;
  text: string;
}

/**
 * Tokens seen in at least `minGroups` groups: a word of one document only would let the tiny
 * training set be memorised rather than generalised from. Sorted, so the vocabulary (and natural's
 * feature order) does not depend on file order.
 */
export function selectVocabulary(docs: readonly LabelledDocument[], minGroups = 2): string[] {
  const groupsOf = new Map<string, Set<string>>();
  for (const d of docs) {
    for (const t of documentTokens(d.text)) {
      const groups = groupsOf.get(t) ?? new Set<string>();
      groups.add(d.group);
      groupsOf.set(t, groups);
    }
  }
  return [...groupsOf]
    .filter(([, groups]) => groups.size >= minGroups)
    .map(([t]) => t)
    .sort();
}

/**
 * The tokens the classifier sees: vocabulary tokens in text order (title region first), at most
 * `maxTokens` of them. natural multiplies one probability per token and only then takes exp of the
 * summed logs; a few hundred tokens would underflow every class to 0, so the count is capped.
 */
export function bayesTokens(text: string, vocabulary: ReadonlySet<string>, maxTokens: number): string[] {
  const out: string[] = [];
  for (const t of documentTokens(text)) {
    if (!vocabulary.has(t)) continue;
    out.push(t);
    if (out.length === maxTokens) break;
  }
  return out;
}

/** natural's BayesClassifier trained on the documents, in id order (training is deterministic). */
export function trainBayes(
  docs: readonly LabelledDocument[],
  vocabulary: readonly string[],
  maxTokens: number,
): NaturalBayesClassifier {
  const { BayesClassifier } = loadNatural();
  const classifier = new BayesClassifier();
  const known = new Set(vocabulary);
  for (const d of [...docs].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    const tokens = bayesTokens(d.text, known, maxTokens);
    if (tokens.length > 0) classifier.addDocument(tokens, d.label);
  }
  classifier.train();
  return classifier;
}
