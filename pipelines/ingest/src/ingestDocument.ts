import {
  type DocumentParser,
  type ExtractedDocument,
  extractDocument,
  type Limits,
  type OcrEngine,
} from '@skryba/extract';
import type { SkrybaRecord, Source } from '@skryba/schema';
import { buildRecord } from './buildRecord.ts';
import { describeSource } from './describeSource.ts';
import { enrichText } from './enrichText.ts';
import type { IngestOutcome } from './IngestOutcome.ts';
import type { TextStages } from './TextStages.ts';
import { toFailureReport } from './toFailureReport.ts';

/** Everything one document's ingest needs, created once per process by `openIngestResources`. */
export interface IngestResources {
  ocr: OcrEngine;
  parser: DocumentParser;
  limits: Limits;
  stages: TextStages;
}

export interface IngestInput {
  bytes: Uint8Array;
  /** The path as given or found; only its base name enters the record. */
  path: string;
}

/**
 * The text half of an ingest: the extracted pages through repair, language, type and entities into
 * a validated record. The queue's `enrich` job runs exactly this.
 */
export function recordFromExtraction(
  source: Source,
  extracted: ExtractedDocument,
  resources: Pick<IngestResources, 'stages' | 'ocr'>,
): SkrybaRecord {
  const enriched = enrichText(extracted, resources.stages);
  return buildRecord({ ...source, mediaType: extracted.mediaType }, extracted, enriched, {
    stages: resources.stages,
    ocr: resources.ocr.info,
  });
}

/**
 * One input file to exactly one outcome: a validated record, or a failure report with a stable code.
 * It never throws for anything the file does.
 */
export async function ingestDocument(input: IngestInput, resources: IngestResources): Promise<IngestOutcome> {
  const source = describeSource(input.bytes, input.path);
  try {
    const extracted = await extractDocument(input.bytes, {
      ocr: resources.ocr,
      judge: resources.stages.judgeTextLayer,
      limits: resources.limits,
      parser: resources.parser,
    });
    return { status: 'record', record: recordFromExtraction(source, extracted, resources) };
  } catch (thrown) {
    return { status: 'failure', failure: toFailureReport(thrown, source, input.path) };
  }
}
