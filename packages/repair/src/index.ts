export type { BlockEvidence } from './blockEvidence.ts';
export { blockEvidence, judgeBlocks, MANGLED_DIACRITIC_SHARE } from './blockEvidence.ts';
export type { ChannelEntry, ConfusionModelJson } from './ConfusionModel.ts';
export { ConfusionModel, confusionModelJsonSchema } from './ConfusionModel.ts';
export type { DecodedSentence, SlotOption } from './decodeSentence.ts';
export { decodeSentence } from './decodeSentence.ts';
export type { Candidate, CandidateSearchOptions } from './findCandidates.ts';
export { findCandidates } from './findCandidates.ts';
export { judgeTextLayer } from './judgeTextLayer.ts';
export type { LearnOptions } from './learnConfusionModel.ts';
export { editDistance, learnConfusionModel, readingsOfWord } from './learnConfusionModel.ts';
export type { Repairer, RepairerOptions } from './loadRepairer.ts';
export {
  CONFUSION_MODEL_PATH,
  loadConfusionModel,
  loadRepairer,
  loadSuffixModel,
  SUFFIX_MODEL_PATH,
} from './loadRepairer.ts';
export type { Replacement } from './punctuationRepairs.ts';
export { punctuationRepairs } from './punctuationRepairs.ts';
export type { RepairResources, RepairResult, RepairSettings } from './repairText.ts';
export { defaultRepairSettings, needsRepair, repairText } from './repairText.ts';
export { SuffixModel, suffixModelJsonSchema, suffixOf } from './SuffixModel.ts';
export type { RepairToken } from './splitRepairTokens.ts';
export { splitRepairTokens } from './splitRepairTokens.ts';
