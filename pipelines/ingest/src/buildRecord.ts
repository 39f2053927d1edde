import type { ExtractedDocument, OcrEngineInfo } from '@skryba/extract';
import { recordSchema, SCHEMA_VERSION, type SkrybaRecord, type Source } from '@skryba/schema';
import type { EnrichedText } from './enrichText.ts';
import type { TextStages } from './TextStages.ts';

/** Version of the ingest pipeline as a whole, recorded in every record's provenance. */
export const PIPELINE_VERSION = '0.1.0';

/**
 * Assembles and validates the record. Everything in it derives from the input bytes and the
 * versions of the code and models: no clock, no paths, no run-dependent values, so the same file
 * always gives the same record, byte for byte.
 */
export function buildRecord(
  source: Source,
  extracted: ExtractedDocument,
  enriched: EnrichedText,
  context: { stages: TextStages; ocr: OcrEngineInfo },
): SkrybaRecord {
  const { versions } = context.stages;
  return recordSchema.parse({
    schemaVersion: SCHEMA_VERSION,
    id: `sha256:${source.sha256}`,
    source,
    pages: enriched.pages,
    language: enriched.language,
    text: enriched.text,
    repair: enriched.repair,
    documentType: enriched.documentType,
    ...enriched.entities,
    warnings: extracted.warnings,
    provenance: {
      pipelineVersion: PIPELINE_VERSION,
      ocr: extracted.usedOcr ? context.ocr : null,
      lexiconVersion: versions.lexicon,
      repairModelVersion: versions.repairModel,
      classifierVersion: versions.classifier,
    },
  } satisfies SkrybaRecord);
}
