export {
  createLanguageDetector,
  DEFAULT_LANGUAGE_MODEL_PATH,
  type DetectLanguage,
  type LanguageDetectorOptions,
  loadLanguageModel,
} from './createLanguageDetector.ts';
export { foldText } from './foldText.ts';
export { LANGUAGE_FEATURE_NAMES, type LanguageFeatures, languageFeatures } from './languageFeatures.ts';
export { type LanguageModel, languageModelSchema } from './languageModelSchema.ts';
export { DEFAULT_LANGUAGES, LANGUAGE_PROFILES, type LanguageProfile } from './languageProfiles.ts';
export {
  calibratedConfidence,
  type LanguageScore,
  languageProbabilities,
  scoreLanguage,
} from './scoreLanguage.ts';
export { type SplitLanguageUnitsOptions, splitLanguageUnits, type TextSpan } from './splitLanguageUnits.ts';
