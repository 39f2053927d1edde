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

/** An input whose pages have been read (and OCR'd), waiting for the text stages. */
export type ExtractedInput =
  | { status: 'extracted'; source: Source; extracted: ExtractedDocument; path: string }
  | Extract<IngestOutcome, { status: 'failure' }>;

/** The first half of an ingest: bytes to pages of text (parsing, quality gate, OCR). Never throws. */
export async function extractInput(input: IngestInput, resources: IngestResources): Promise<ExtractedInput> {
  const source = describeSource(input.bytes, input.path);
  try {
    const extracted = await extractDocument(input.bytes, {
      ocr: resources.ocr,
      judge: resources.stages.judgeTextLayer,
      limits: resources.limits,
      parser: resources.parser,
    });
    return { status: 'extracted', source, extracted, path: input.path };
  } catch (thrown) {
    return { status: 'failure', failure: toFailureReport(thrown, source, input.path) };
  }
}

/** The second half: the text stages into a validated record. Never throws. */
export function finishInput(
  input: Extract<ExtractedInput, { status: 'extracted' }>,
  resources: Pick<IngestResources, 'stages' | 'ocr'>,
): IngestOutcome {
  try {
    return { status: 'record', record: recordFromExtraction(input.source, input.extracted, resources) };
  } catch (thrown) {
    return { status: 'failure', failure: toFailureReport(thrown, input.source, input.path) };
  }
}

/**
 * One input file to exactly one outcome: a validated record, or a failure report with a stable code.
 * It never throws for anything the file does.
 */
export async function ingestDocument(input: IngestInput, resources: IngestResources): Promise<IngestOutcome> {
  const extracted = await extractInput(input, resources);
  return extracted.status === 'failure' ? extracted : finishInput(extracted, resources);
}
