import { availableParallelism } from 'node:os';
import { createTesseractPool, type Limits, limitsSchema, type OcrModel } from '@skryba/extract';
import type { IngestResources } from './ingestDocument.ts';
import { createSandboxParser } from './sandbox/createSandboxParser.ts';
import { emptyTextStages, type TextStages } from './TextStages.ts';

export interface IngestResourceOptions {
  /**
   * tesseract.js worker threads.
   * @defaultValue the number of cores
   */
  ocrWorkers?: number;
  /**
   * Sandbox threads that parse and render files.
   * @defaultValue 2
   */
  sandboxThreads?: number;
  /** @defaultValue 'best_int' */
  ocrModel?: OcrModel;
  /** Partial limits; the rest take their defaults. */
  limits?: Partial<Limits>;
  /** @defaultValue {@link emptyTextStages} until the text stages are loaded by the caller */
  stages?: TextStages;
}

export interface OpenIngestResources extends IngestResources {
  close(): Promise<void>;
}

/** Creates the per-process resources: the OCR pool, the sandbox threads and the text stages. */
export function openIngestResources(options: IngestResourceOptions = {}): OpenIngestResources {
  const limits = limitsSchema.parse(options.limits ?? {});
  const ocr = createTesseractPool({
    size: options.ocrWorkers ?? availableParallelism(),
    pageTimeoutMs: limits.ocrPageTimeoutMs,
    model: options.ocrModel ?? 'best_int',
  });
  const parser = createSandboxParser({ threads: options.sandboxThreads ?? 2, limits });
  return {
    ocr,
    parser,
    limits,
    stages: options.stages ?? emptyTextStages,
    async close() {
      await Promise.all([ocr.close(), parser.close()]);
    },
  };
}
