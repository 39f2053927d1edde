import { createLanguageDetector, loadDocumentClassifier, loadLanguageModel } from '@skryba/classify';
import { createEntityResources, extractEntities, loadPolishNameLists } from '@skryba/entities';
import { emptyTextStages, type TextStages } from './TextStages.ts';

/**
 * The text stages every entry point runs (CLI, workers, golden tests), with their resources loaded
 * once (≈ 0.1 s). Stages not wired in yet leave their record fields empty (never faked).
 */
export async function loadTextStages(): Promise<TextStages> {
  const entityResources = createEntityResources(loadPolishNameLists());
  const languageModel = loadLanguageModel();
  const documentTypes = loadDocumentClassifier();
  return {
    ...emptyTextStages,
    detectLanguage: createLanguageDetector({ model: languageModel }),
    classify: documentTypes.classify,
    extractEntities: (text) => extractEntities(text, entityResources),
    versions: {
      ...emptyTextStages.versions,
      classifier: `${documentTypes.version}+${languageModel.version}`,
    },
  };
}
