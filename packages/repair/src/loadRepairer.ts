import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { TextLayerJudge } from '@skryba/extract';
import {
  artifactsVersion,
  LanguageModel,
  type Lexicon,
  loadLexicon,
  loadNgramModel,
  type NgramModel,
  NgramOverlay,
  tokenSpans,
} from '@skryba/lexicon';
import { ConfusionModel, confusionModelJsonSchema } from './ConfusionModel.ts';
import { judgeTextLayer } from './judgeTextLayer.ts';
import {
  defaultRepairSettings,
  needsRepair,
  type RepairResources,
  type RepairResult,
  type RepairSettings,
  repairText,
} from './repairText.ts';
import { SuffixModel, suffixModelJsonSchema } from './SuffixModel.ts';
import { WordTrie } from './WordTrie.ts';

/** Where the learned confusion model lives (`scripts/trainConfusionModel.ts` writes it). */
export const CONFUSION_MODEL_PATH = new URL('../data/confusion.json', import.meta.url);

export interface Repairer {
  repair(text: string): RepairResult;
  /** True when some block of the text is Polish stripped of its diacritics (repair would act). */
  needsRepair(text: string): boolean;
  /**
   * A repairer whose language model has also learned from `texts` (clean documents of the same
   * archive: their street names, institutions, surnames). Learned in the order given: sort them for
   * reproducible records. The original repairer is unchanged.
   */
  withVocabulary(texts: readonly string[]): Repairer;
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
  const confusion = options.confusion ?? loadConfusionModel();
  const suffixes = options.suffixes ?? loadSuffixModel();
  const settings = { ...defaultRepairSettings, ...options.settings };
  const version = {
    lexicon: artifactsVersion(),
    repairModel: `${confusion.version} + ${suffixes.version}`,
  };
  return bindRepairer(new LanguageModel({ lexicon, ngrams }), { confusion, suffixes, settings }, version);
}

/** Polish letters that set a learned word apart from what wrong-model OCR makes of it. */
const POLISH_LETTER = /[ąćęłńóśźż]/u;

function bindRepairer(
  lm: LanguageModel,
  models: Pick<RepairResources, 'confusion' | 'suffixes' | 'settings' | 'learnedWords'>,
  versions: Repairer['versions'],
): Repairer {
  const resources: RepairResources = { lexicon: lm.lexicon, lm, ...models, cache: new Map() };
  return {
    repair: (text) => repairText(text, resources),
    needsRepair: (text) => needsRepair(text, resources),
    judgeTextLayer: (text) => judgeTextLayer(text, lm.lexicon),
    withVocabulary(texts) {
      const overlay = new NgramOverlay(lm.ngrams);
      const digest = createHash('sha256');
      // Words the lexicon lacks become candidates too, when they carry a Polish letter OCR would lose.
      const newWords = new Set(models.learnedWords?.words ?? []);
      for (const text of texts) {
        overlay.learn(text);
        digest.update(text).update('\u0000');
        for (const span of tokenSpans(text)) {
          if (
            span.kind === 'word' &&
            span.token.length >= 3 &&
            POLISH_LETTER.test(span.token) &&
            !lm.lexicon.has(span.token)
          ) {
            newWords.add(span.token);
          }
        }
      }
      const learned = `${versions.lexicon} + vocabulary of ${texts.length} documents sha256:${digest.digest('hex').slice(0, 16)}`;
      return bindRepairer(
        lm.withOverlay(overlay),
        { ...models, learnedWords: newWords.size > 0 ? new WordTrie(newWords) : undefined },
        { ...versions, lexicon: learned },
      );
    },
    lexicon: lm.lexicon,
    lm,
    confusion: models.confusion,
    versions,
  };
}
