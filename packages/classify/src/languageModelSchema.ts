import { z } from 'zod';

const reliabilityBinSchema = z.object({
  /** Predicted confidence range `[from, to)` of the bin. */
  from: z.number(),
  to: z.number(),
  blocks: z.number().int().nonnegative(),
  meanConfidence: z.number(),
  accuracy: z.number(),
});

/**
 * The committed language model (`data/languageModel.json`): a softmax over the candidate languages
 * of a weighted sum of `languageFeatures` plus a per-language bias, fitted by
 * `scripts/calibrateLanguage.ts` so that its probability is a calibrated confidence.
 */
export const languageModelSchema = z.object({
  version: z.string(),
  /** franc's `only` set; the weights are only calibrated for this set. */
  languages: z.array(z.string()).min(2),
  featureNames: z.array(z.string()),
  weights: z.array(z.number()),
  /** Log prior per language (the training mix is mostly Polish, like the archive). */
  bias: z.record(z.string(), z.number()),
  /**
   * Second stage (Platt scaling): confidence = σ(slope·logit(p) + lengthSlope·ln(1 + letters) +
   * intercept) for the top probability p; the softmax alone is under-confident on mid-length text
   * because it spreads mass over sister languages (ces/slk, rus/ukr).
   */
  recalibration: z.object({ slope: z.number(), lengthSlope: z.number(), intercept: z.number() }),
  /** Held-out reliability: in bins of predicted confidence, the observed accuracy. */
  reliability: z.array(reliabilityBinSchema),
  /** How the model was fitted: sample counts, sources and held-out figures, for the record. */
  training: z.record(z.string(), z.unknown()),
});
export type LanguageModel = z.infer<typeof languageModelSchema>;
