import type { ExtractedDocument } from '@skryba/extract';
import type { DocumentType, Language, Page, Repair } from '@skryba/schema';
import { mapOffsetThroughEdits } from './mapOffsetThroughEdits.ts';
import type { EntityFields, TextStages } from './TextStages.ts';

/** Pages are joined with a blank line, so a page break never glues two words or paragraphs. */
export const PAGE_SEPARATOR = '\n\n';

export interface EnrichedText {
  text: string;
  pages: Page[];
  repair: Repair;
  language: Language;
  documentType: DocumentType;
  entities: EntityFields;
}

/**
 * Joins the pages into the document text and runs the text stages on it: repair first (everything
 * after reads the repaired text), then language, type and entities. Page spans follow the edits.
 */
export function enrichText(extracted: ExtractedDocument, stages: TextStages): EnrichedText {
  let cursor = 0;
  const spans = extracted.pages.map((page, i) => {
    const start = cursor + (i > 0 ? PAGE_SEPARATOR.length : 0);
    cursor = start + page.text.length;
    return { start, end: cursor };
  });
  const joined = extracted.pages.map((page) => page.text).join(PAGE_SEPARATOR);
  const repaired = stages.repair(joined);
  const text = repaired.text;
  const pages = extracted.pages.map((page, i): Page => {
    const start = mapOffsetThroughEdits(spans[i]!.start, repaired.edits);
    const end = mapOffsetThroughEdits(spans[i]!.end, repaired.edits);
    return {
      index: page.index,
      method: page.method,
      ...(page.ocrConfidence !== undefined && { ocrConfidence: page.ocrConfidence }),
      chars: end - start,
      start,
      end,
      ...(page.textLayer && { textLayer: page.textLayer }),
    };
  });
  const language = stages.detectLanguage(text);
  const documentType = stages.classify(text, language);
  const entities = stages.extractEntities(text, { language, documentType });
  return {
    text,
    pages,
    repair: { applied: repaired.applied, edits: repaired.edits },
    language,
    documentType,
    entities,
  };
}
