import { createLanguageDetector, loadDocumentClassifier, loadLanguageModel } from '@skryba/classify';
import { createEntityResources, extractEntities, loadPolishNameLists } from '@skryba/entities';
import { loadRepairer, type Repairer } from '@skryba/repair';
import type { TextStages } from './TextStages.ts';

/**
 * The text stages every entry point runs (CLI, workers, golden tests), with their resources loaded
 * once (≈ 0.3 s): repair with the lexicon, language, document type, entities.
 */
export async function loadTextStages(): Promise<TextStages> {
  const entityResources = createEntityResources(loadPolishNameLists());
  const languageModel = loadLanguageModel();
  const documentTypes = loadDocumentClassifier();
  const classifierVersion = `${documentTypes.version}+${languageModel.version}`;
  const detectLanguage = createLanguageDetector({ model: languageModel });

  const stagesWith = (repairer: Repairer): TextStages => ({
    judgeTextLayer: repairer.judgeTextLayer,
    repair: (text) => {
      const { text: repaired, applied, edits } = repairer.repair(text);
      return { text: repaired, applied, edits };
    },
    needsRepair: (text) => repairer.needsRepair(text),
    adapt: (texts) => stagesWith(repairer.withVocabulary(texts)),
    detectLanguage,
    classify: documentTypes.classify,
    extractEntities: (text) => extractEntities(text, entityResources),
    versions: {
      lexicon: repairer.versions.lexicon,
      repairModel: repairer.versions.repairModel,
      classifier: classifierVersion,
    },
  });
  return stagesWith(loadRepairer());
}
