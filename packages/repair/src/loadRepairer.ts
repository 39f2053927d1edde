import { readFileSync } from 'node:fs';
import type { TextLayerJudge } from '@skryba/extract';
import {
  artifactsVersion,
  LanguageModel,
  type Lexicon,
  loadLexicon,
  loadNgramModel,
  type NgramModel,
} from '@skryba/lexicon';
import { ConfusionModel, confusionModelJsonSchema } from './ConfusionModel.ts';
import { judgeTextLayer } from './judgeTextLayer.ts';
import { defaultRepairSettings, type RepairResult, type RepairSettings, repairText } from './repairText.ts';
import { SuffixModel, suffixModelJsonSchema } from './SuffixModel.ts';

/** Where the learned confusion model lives (`scripts/trainConfusionModel.ts` writes it). */
export const CONFUSION_MODEL_PATH = new URL('../data/confusion.json', import.meta.url);

export interface Repairer {
  repair(text: string): RepairResult;
  /** The extraction quality gate's judge, backed by the same lexicon. */
  judgeTextLayer: TextLayerJudge;
  lexicon: Lexicon;
  lm: LanguageModel;
  confusion: ConfusionModel;
  /** Provenance: lexicon artifact and confusion model versions. */
  versions: { lexicon: string; repairModel: string };
}

export interface RepairerOptions {
  lexicon?: Lexicon;
  ngrams?: NgramModel;
  confusion?: ConfusionModel;
  suffixes?: SuffixModel;
  settings?: Partial<RepairSettings>;
}

export function loadConfusionModel(path: URL = CONFUSION_MODEL_PATH): ConfusionModel {
  return new ConfusionModel(confusionModelJsonSchema.parse(JSON.parse(readFileSync(path, 'utf8'))));
}

/** Where the word-ending model lives (`scripts/trainSuffixModel.ts` writes it). */
export const SUFFIX_MODEL_PATH = new URL('../data/suffixes.json', import.meta.url);

export function loadSuffixModel(path: URL = SUFFIX_MODEL_PATH): SuffixModel {
  return new SuffixModel(suffixModelJsonSchema.parse(JSON.parse(readFileSync(path, 'utf8'))));
}

/**
 * Loads everything repair needs once per process (lexicon ≈ 40 ms, n-grams ≈ 30 ms, confusion model)
 * and binds it: `repair(text)` is then a pure function of the text.
 */
export function loadRepairer(options: RepairerOptions = {}): Repairer {
  const lexicon = options.lexicon ?? loadLexicon();
  const ngrams = options.ngrams ?? loadNgramModel();
  const lm = new LanguageModel({ lexicon, ngrams });
  const confusion = options.confusion ?? loadConfusionModel();
  const resources = {
    lexicon,
    lm,
    confusion,
    suffixes: options.suffixes ?? loadSuffixModel(),
    settings: { ...defaultRepairSettings, ...options.settings },
    cache: new Map(),
  };
  return {
    repair: (text) => repairText(text, resources),
    judgeTextLayer: (text) => judgeTextLayer(text, lexicon),
    lexicon,
    lm,
    confusion,
    versions: {
      lexicon: artifactsVersion(),
      repairModel: `${confusion.version} + ${resources.suffixes.version}`,
    },
  };
}
