import { type DocumentTypeLabel, documentTypeLabelSchema } from '@skryba/schema';
import { findRuleEvidence, type RuleEvidence } from './findRuleEvidence.ts';
import type { NaturalBayesClassifier } from './naturalBayes.ts';
import { bayesTokens } from './trainBayes.ts';

export const DOCUMENT_TYPE_LABELS = documentTypeLabelSchema.options;

export interface DocumentTypeScores {
  rules: RuleEvidence[];
  /** Sum of rule evidence weights per label. */
  ruleSums: Record<DocumentTypeLabel, number>;
  /**
   * Classifier log-likelihood per label relative to its best label (≤ 0; 0 for every label when
   * the classifier abstains: no vocabulary token in the text).
   */
  classifierLogOdds: Record<DocumentTypeLabel, number>;
  /** The classifier's normalised posterior per label it knows (empty when it abstains). */
  classifierPosterior: Partial<Record<DocumentTypeLabel, number>>;
}

const zeros = (): Record<DocumentTypeLabel, number> =>
  Object.fromEntries(DOCUMENT_TYPE_LABELS.map((l) => [l, 0])) as Record<DocumentTypeLabel, number>;

/** The two sources of evidence for a text, before they are weighed against each other. */
export function scoreDocumentType(
  text: string,
  bayes: NaturalBayesClassifier,
  vocabulary: ReadonlySet<string>,
  maxTokens: number,
): DocumentTypeScores {
  const rules = findRuleEvidence(text);
  const ruleSums = zeros();
  for (const e of rules) ruleSums[e.label] += e.weight;
  const classifierLogOdds = zeros();
  const classifierPosterior: Partial<Record<DocumentTypeLabel, number>> = {};
  const tokens = bayesTokens(text, vocabulary, maxTokens);
  const votes = tokens.length > 0 ? bayes.getClassifications(tokens) : [];
  const logs = votes
    .filter((v) => v.value > 0)
    .map((v) => ({ label: v.label as DocumentTypeLabel, log: Math.log(v.value) }));
  if (logs.length > 0) {
    const best = Math.max(...logs.map((l) => l.log));
    const worst = Math.min(...logs.map((l) => l.log));
    // A label the classifier never saw (or that underflowed) gets its least likely label's score.
    for (const l of DOCUMENT_TYPE_LABELS) classifierLogOdds[l] = worst - best;
    let total = 0;
    for (const { label, log } of logs) {
      classifierLogOdds[label] = log - best;
      total += Math.exp(log - best);
    }
    for (const { label, log } of logs) classifierPosterior[label] = Math.exp(log - best) / total;
  }
  return { rules, ruleSums, classifierLogOdds, classifierPosterior };
}

/** Softmax over labels of ruleWeight × rule sum + classifierWeight × classifier log-odds. */
export function combineDocumentTypeScores(
  scores: Pick<DocumentTypeScores, 'ruleSums' | 'classifierLogOdds'>,
  ruleWeight: number,
  classifierWeight: number,
): Record<DocumentTypeLabel, number> {
  const raw = DOCUMENT_TYPE_LABELS.map(
    (l) => ruleWeight * scores.ruleSums[l] + classifierWeight * scores.classifierLogOdds[l],
  );
  const max = Math.max(...raw);
  const exps = raw.map((r) => Math.exp(r - max));
  const total = exps.reduce((a, b) => a + b, 0);
  return Object.fromEntries(DOCUMENT_TYPE_LABELS.map((l, i) => [l, exps[i]! / total])) as Record<
    DocumentTypeLabel,
    number
  >;
}

/** The most probable label (the first in schema order on a tie, so results are deterministic). */
export function bestDocumentType(probs: Record<DocumentTypeLabel, number>): DocumentTypeLabel {
  let best: DocumentTypeLabel = 'other';
  let top = -1;
  for (const l of DOCUMENT_TYPE_LABELS) {
    if (probs[l] > top) {
      top = probs[l];
      best = l;
    }
  }
  return best;
}
