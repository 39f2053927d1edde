import { languageFeatures } from './languageFeatures.ts';
import type { LanguageModel } from './languageModelSchema.ts';

export interface LanguageScore {
  /** The most probable language, ISO 639-3. */
  code: string;
  /** Calibrated probability that `code` is right. */
  confidence: number;
  letters: number;
  /** First-stage probability of each candidate language, in `model.languages` order. */
  probabilities: number[];
}

/** Softmax of the model's linear scores; the one place features meet weights. */
export function languageProbabilities(perLanguage: number[][], model: LanguageModel): number[] {
  const logits = perLanguage.map((f, i) => {
    let s = model.bias[model.languages[i]!] ?? 0;
    for (let k = 0; k < f.length; k++) s += f[k]! * (model.weights[k] ?? 0);
    return s;
  });
  const max = Math.max(...logits);
  const exps = logits.map((l) => Math.exp(l - max));
  const total = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / total);
}

/** The calibrated probability that the top language is right (the model's second stage). */
export function calibratedConfidence(top: number, letters: number, model: LanguageModel): number {
  const p = Math.min(Math.max(top, 1e-9), 1 - 1e-9);
  const { slope, lengthSlope, intercept } = model.recalibration;
  const z = slope * Math.log(p / (1 - p)) + lengthSlope * Math.log1p(letters) + intercept;
  return 1 / (1 + Math.exp(-z));
}

/** Scores one span of text (at most ≈ 2,000 characters: franc reads no further). */
export function scoreLanguage(text: string, model: LanguageModel): LanguageScore {
  const { letters, perLanguage } = languageFeatures(text, model.languages);
  const probabilities = languageProbabilities(perLanguage, model);
  let best = 0;
  for (let i = 1; i < probabilities.length; i++) if (probabilities[i]! > probabilities[best]!) best = i;
  const confidence = calibratedConfidence(probabilities[best]!, letters, model);
  return { code: model.languages[best]!, confidence, letters, probabilities };
}
