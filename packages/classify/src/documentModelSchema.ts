import { documentTypeLabelSchema } from '@skryba/schema';
import { z } from 'zod';

/**
 * The committed type model (`data/documentClassifier.json`), written by
 * `scripts/trainDocumentClassifier.ts`: natural's BayesClassifier state over a selected vocabulary,
 * and how its vote is combined with the rule evidence.
 */
export const documentModelSchema = z.object({
  version: z.string(),
  /** `rulesFingerprint()` of the rules the weights were fitted with; retrain when it differs. */
  rules: z.string(),
  /** Score of a label = ruleWeight × (sum of its rule evidence) + classifierWeight × (its log-likelihood − the best one's). */
  ruleWeight: z.number(),
  classifierWeight: z.number(),
  /**
   * Share of probability spread evenly over all labels after the softmax: 1/(n+1) for n
   * cross-validated documents, because n documents cannot support a confidence above ≈ 1 − 1/n
   * however sure the rules are (and the rules were written looking at those documents).
   */
  shrinkage: z.number().min(0).max(1),
  /** Most vocabulary tokens of one document the classifier looks at (keeps its product from underflowing). */
  maxTokens: z.number().int().positive(),
  labels: z.array(documentTypeLabelSchema),
  /** natural BayesClassifier: `features` (vocabulary) and `classifier` (per-class counts). */
  bayes: z.object({ features: z.record(z.string(), z.number()), classifier: z.unknown() }),
  /** How it was trained and cross-validated, for the record. */
  training: z.record(z.string(), z.unknown()),
});
export type DocumentModel = z.infer<typeof documentModelSchema>;
