export { artifactsVersion } from './artifactsVersion.ts';
export { buildDawg, type DawgArrays } from './buildDawg.ts';
export {
  applyCaseShape,
  type CaseShape,
  caseShapeOf,
  flagsOfShape,
  isProperNoun,
  preferredShape,
  WordFlag,
} from './caseFlags.ts';
export { computePriors, PRIOR_STEP, PRIOR_WEIGHTS, type PriorEvidence } from './computePriors.ts';
export { hashToken } from './hashToken.ts';
export { LanguageModel, type LanguageModelResources, type WordRef } from './LanguageModel.ts';
export { Lexicon, type LexiconPriors, type Transition } from './Lexicon.ts';
export { dawgFingerprint, decodeForms, decodePriors, encodeForms, encodePriors } from './lexiconArtifacts.ts';
export { DEFAULT_DATA_DIR, type LoadLexiconOptions, loadLexicon } from './loadLexicon.ts';
export { type LoadNgramModelOptions, loadNgramModel } from './loadNgramModel.ts';
export { type MergeNgramsOptions, mergeNgrams } from './mergeNgrams.ts';
export { type NgramArrays, NgramModel, type NgramTotals } from './NgramModel.ts';
export { NgramOverlay, OverlayColumn } from './NgramOverlay.ts';
export {
  ABBREVIATIONS,
  NUMBER_TOKEN,
  SENTENCE_BOUNDARY,
  type TokenSpan,
  tokenize,
  tokenSpans,
} from './tokenize.ts';
