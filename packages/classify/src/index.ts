export { compileRulePattern } from './compileRulePattern.ts';
export {
  type ClassifyDocument,
  createDocumentClassifier,
  DEFAULT_DOCUMENT_MODEL_PATH,
  type DocumentClassifier,
  type DocumentClassifierOptions,
  loadDocumentClassifier,
} from './createDocumentClassifier.ts';
export {
  createLanguageDetector,
  DEFAULT_LANGUAGE_MODEL_PATH,
  type DetectLanguage,
  type LanguageDetectorOptions,
  loadLanguageModel,
} from './createLanguageDetector.ts';
export { type DocumentModel, documentModelSchema } from './documentModelSchema.ts';
export { type DocumentTokensOptions, documentTokens } from './documentTokens.ts';
export { DOCUMENT_TYPE_RULES, type DocumentTypeRule, rulesFingerprint } from './documentTypeRules.ts';
export { type FindRuleEvidenceOptions, findRuleEvidence, type RuleEvidence } from './findRuleEvidence.ts';
export { foldText } from './foldText.ts';
export { LANGUAGE_FEATURE_NAMES, type LanguageFeatures, languageFeatures } from './languageFeatures.ts';
export { type LanguageModel, languageModelSchema } from './languageModelSchema.ts';
export { DEFAULT_LANGUAGES, LANGUAGE_PROFILES, type LanguageProfile } from './languageProfiles.ts';
export {
  bestDocumentType,
  combineDocumentTypeScores,
  DOCUMENT_TYPE_LABELS,
  type DocumentTypeScores,
  scoreDocumentType,
} from './scoreDocumentType.ts';
export {
  calibratedConfidence,
  type LanguageScore,
  languageProbabilities,
  scoreLanguage,
} from './scoreLanguage.ts';
export { type SplitLanguageUnitsOptions, splitLanguageUnits, type TextSpan } from './splitLanguageUnits.ts';
export { bayesTokens, type LabelledDocument, selectVocabulary, trainBayes } from './trainBayes.ts';
