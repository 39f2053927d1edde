import { recordFromExtraction } from '@skryba/ingest';
import { SkrybaError } from '@skryba/schema';
import type { Job } from 'bullmq';
import { childFailure } from '../childFailure.ts';
import { DocumentStore } from '../DocumentStore.ts';
import { documentOf, hexOf } from '../documentJobSchema.ts';
import type { JobPayload } from '../jobCatalog.ts';
import { runStage } from '../runStage.ts';
import { extractionFileSchema } from '../stageResults.ts';
import type { WorkerResources } from '../WorkerResources.ts';

/**
 * The `enrich` queue: the extracted pages through repair, language, type and entities into a
 * validated record (`recordFromExtraction`, as in-process), left in the store for the emit step.
 * When extraction failed, the failure passes on unchanged.
 */
export async function enrichDocumentJob(
  job: Job,
  payload: JobPayload<'enrich-document'>,
  resources: WorkerResources,
): Promise<{ status: 'record' }> {
  const document = documentOf(payload);
  const hex = hexOf(document.id);
  const store = new DocumentStore(document.store);
  const failure = await childFailure(job, document, resources.queues);
  if (failure) throw new SkrybaError(failure.code, failure.message, { page: failure.page });
  const extraction = await store.readWork(hex, 'extraction', extractionFileSchema);
  if (!extraction) throw new Error(`The extraction of ${document.id} is missing from the store.`);
  const { stages, ocr } = resources.ingest;
  // The record names the engine that OCR'd the pages, which ran in some other process.
  const info = extraction.ocr ?? ocr.info;
  const record = await runStage(() =>
    recordFromExtraction(document.source, extraction.extracted, { stages, ocr: { ...ocr, info } }),
  );
  await store.writeWork(hex, 'outcome', { status: 'record', record });
  return { status: 'record' };
}
