import { readFileSync } from 'node:fs';
import { type Language, languageSchema, SkrybaError } from '@skryba/schema';
import { languageFeatures } from './languageFeatures.ts';
import { type LanguageModel, languageModelSchema } from './languageModelSchema.ts';
import { calibratedConfidence, languageProbabilities } from './scoreLanguage.ts';
import { splitLanguageUnits, type TextSpan } from './splitLanguageUnits.ts';

/** Where the committed language model lives. */
export const DEFAULT_LANGUAGE_MODEL_PATH = new URL('../data/languageModel.json', import.meta.url);

export interface LanguageDetectorOptions {
  /**
   * The fitted model; pass one to test or to use a recalibrated set of languages.
   * @defaultValue the committed `data/languageModel.json`
   */
  model?: LanguageModel;
  /**
   * Text with fewer letters is `und` (confidence 0): too short to tell.
   * @defaultValue 15
   */
  minLetters?: number;
  /**
   * Cost (nats) of switching language between two units in the segmentation. Higher keeps
   * isolated lines in the surrounding language unless the model is sure about them.
   * @defaultValue 2.5
   */
  switchCost?: number;
  /**
   * Letters a unit needs before it stands alone (see `splitLanguageUnits`).
   * @defaultValue 40
   */
  unitMinLetters?: number;
  /**
   * Longest window scored at once when a block's confidence is computed (franc reads 2,048 characters).
   * @defaultValue 1500
   */
  maxWindowChars?: number;
}

export type DetectLanguage = (text: string) => Language;

interface UnitScore extends TextSpan {
  letters: number;
  /** ln of each language's first-stage probability. */
  logProbabilities: number[];
}

/** Reads a language model from disk; `SkrybaError` E_INTERNAL when it is missing or malformed. */
export function loadLanguageModel(path: string | URL = DEFAULT_LANGUAGE_MODEL_PATH): LanguageModel {
  try {
    return languageModelSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
  } catch (cause) {
    throw new SkrybaError(
      'E_INTERNAL',
      `cannot load language model ${String(path)}: ${(cause as Error).message}`,
      {
        cause,
      },
    );
  }
}

/** Most likely language sequence over the units: Viterbi with a fixed cost per switch. */
function segment(units: UnitScore[], languages: number, switchCost: number): number[] {
  const n = units.length;
  const score: number[][] = [];
  const back: number[][] = [];
  for (let i = 0; i < n; i++) {
    const emit = units[i]!.logProbabilities;
    const row: number[] = [];
    const from: number[] = [];
    for (let k = 0; k < languages; k++) {
      if (i === 0) {
        row.push(emit[k]!);
        from.push(k);
        continue;
      }
      let best = -Infinity;
      let arg = k;
      for (let j = 0; j < languages; j++) {
        const s = score[i - 1]![j]! - (j === k ? 0 : switchCost);
        if (s > best) {
          best = s;
          arg = j;
        }
      }
      row.push(best + emit[k]!);
      from.push(arg);
    }
    score.push(row);
    back.push(from);
  }
  const path = new Array<number>(n);
  let k = 0;
  const last = score[n - 1]!;
  for (let j = 1; j < languages; j++) if (last[j]! > last[k]!) k = j;
  for (let i = n - 1; i >= 0; i--) {
    path[i] = k;
    k = back[i]![k]!;
  }
  return path;
}

/**
 * Builds the `detectLanguage(text) → Language` stage. Lines are scored (franc restricted to the
 * model's languages, plus function words and letters), a Viterbi pass groups them into blocks of
 * one language, and each block is re-scored in windows of up to `maxWindowChars` so its confidence
 * is the calibrated probability for text of that length. The document's `code` is the language
 * with the most letters × confidence; its `confidence` is the share of the text's letters that
 * are in that language, weighted by the blocks' confidence (so a pure, long text gets ≈ 1 and a
 * document half in English gets ≈ 0.5 for its main language).
 */
export function createLanguageDetector(options: LanguageDetectorOptions = {}): DetectLanguage {
  const model = options.model ?? loadLanguageModel();
  const minLetters = options.minLetters ?? 15;
  const switchCost = options.switchCost ?? 2.5;
  const maxWindowChars = options.maxWindowChars ?? 1500;
  const languages = model.languages;

  /** Calibrated probability that `code` is the language of one window. */
  const windowConfidence = (text: string, code: number): { letters: number; confidence: number } => {
    const { letters, perLanguage } = languageFeatures(text, languages);
    const p = languageProbabilities(perLanguage, model);
    let top = 0;
    for (let k = 1; k < p.length; k++) if (p[k]! > p[top]!) top = k;
    const topConfidence = calibratedConfidence(p[top]!, letters, model);
    if (top === code) return { letters, confidence: topConfidence };
    // Not the window's best guess: its share of the probability the top language does not take.
    return { letters, confidence: (p[code]! / Math.max(1 - p[top]!, 1e-12)) * (1 - topConfidence) };
  };

  return (text: string): Language => {
    const allLetters = text.match(/\p{L}/gu)?.length ?? 0;
    if (allLetters < minLetters) {
      const trimmed = text.trim();
      const start = text.indexOf(trimmed);
      const blocks = trimmed ? [{ start, end: start + trimmed.length, code: 'und', confidence: 0 }] : [];
      return { code: 'und', confidence: 0, blocks };
    }
    const units: UnitScore[] = splitLanguageUnits(text, {
      minLetters: options.unitMinLetters ?? 40,
    }).map((span) => {
      const { letters, perLanguage } = languageFeatures(text.slice(span.start, span.end), languages);
      const p = languageProbabilities(perLanguage, model);
      return { ...span, letters, logProbabilities: p.map((q) => Math.log(Math.max(q, 1e-12))) };
    });
    const path = segment(units, languages.length, switchCost);

    const blocks: Language['blocks'] = [];
    const weight = new Map<string, number>();
    let totalLetters = 0;
    for (let i = 0; i < units.length; ) {
      let j = i;
      // A block: consecutive units of one language, re-scored in windows of whole units.
      let letters = 0;
      let weighted = 0;
      while (j < units.length && path[j] === path[i]) {
        let w = j;
        while (
          w + 1 < units.length &&
          path[w + 1] === path[i] &&
          units[w + 1]!.end - units[j]!.start <= maxWindowChars
        )
          w++;
        const scored = windowConfidence(text.slice(units[j]!.start, units[w]!.end), path[i]!);
        letters += scored.letters;
        weighted += scored.letters * scored.confidence;
        j = w + 1;
      }
      const code = languages[path[i]!]!;
      const confidence = letters > 0 ? weighted / letters : 0;
      blocks.push({ start: units[i]!.start, end: units[j - 1]!.end, code, confidence });
      weight.set(code, (weight.get(code) ?? 0) + weighted);
      totalLetters += letters;
      i = j;
    }
    let code = 'und';
    let best = 0;
    for (const [c, w] of weight) {
      if (w > best) {
        best = w;
        code = c;
      }
    }
    const confidence = totalLetters > 0 ? Math.min(1, best / totalLetters) : 0;
    return languageSchema.parse({ code, confidence, blocks });
  };
}
