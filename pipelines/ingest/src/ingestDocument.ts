import { type DocumentParser, extractDocument, type Limits, type OcrEngine } from '@skryba/extract';
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
    const enriched = enrichText(extracted, resources.stages);
    const record = buildRecord({ ...source, mediaType: extracted.mediaType }, extracted, enriched, {
      stages: resources.stages,
      ocr: resources.ocr.info,
    });
    return { status: 'record', record };
  } catch (thrown) {
    return { status: 'failure', failure: toFailureReport(thrown, source, input.path) };
  }
}
