import type { EntityFields } from '@skryba/entities';
import type { TextLayerJudge } from '@skryba/extract';
import { judgeTextLayerByCharacters } from '@skryba/extract';
import type { DocumentType, Language, RepairEdit } from '@skryba/schema';

export type { EntityFields };

export interface RepairOutcome {
  text: string;
  applied: boolean;
  edits: RepairEdit[];
}

/**
 * The stages that work on text, with the resources they need already bound (lexicon, models).
 * The embedded pipeline and the queue's `enrich` workers run the same object.
 */
export interface TextStages {
  judgeTextLayer: TextLayerJudge;
  repair(text: string): RepairOutcome;
  /** True when repair would act on the text (some block is Polish stripped of its diacritics). */
  needsRepair(text: string): boolean;
  /**
   * Stages whose repair also knows the vocabulary of `texts` (clean documents of the same archive),
   * in the order given; `versions.lexicon` then names what was learned.
   */
  adapt(texts: readonly string[]): TextStages;
  detectLanguage(text: string): Language;
  classify(text: string, language: Language): DocumentType;
  extractEntities(text: string, context: { language: Language; documentType: DocumentType }): EntityFields;
  versions: { lexicon: string | null; repairModel: string | null; classifier: string | null };
}

/**
 * Stages that do nothing and claim nothing: the record's fields stay empty (language `und` with
 * confidence 0, type `other` with confidence 0 and no evidence) rather than faked. Useful to test
 * extraction alone, and the baseline each real stage replaces.
 */
export const emptyTextStages: TextStages = {
  judgeTextLayer: judgeTextLayerByCharacters,
  repair: (text) => ({ text, applied: false, edits: [] }),
  needsRepair: () => false,
  adapt: () => emptyTextStages,
  detectLanguage: () => ({ code: 'und', confidence: 0, blocks: [] }),
  classify: () => ({ label: 'other', confidence: 0, evidence: [] }),
  extractEntities: () => ({
    title: null,
    dates: [],
    venues: [],
    signatories: [],
    addressees: [],
    peopleMentioned: [],
    referenceNumbers: [],
    contacts: { emails: [], phones: [], urls: [] },
  }),
  versions: { lexicon: null, repairModel: null, classifier: null },
};
