import { OutputDirectory } from '@skryba/ingest';
import type { Job } from 'bullmq';
import { childFailure } from '../childFailure.ts';
import { DocumentStore } from '../DocumentStore.ts';
import { documentOf, hexOf } from '../documentJobSchema.ts';
import { failureOutcome } from '../failureOutcome.ts';
import type { JobPayload } from '../jobCatalog.ts';
import { type EmitResult, emitResultSchema, ingestOutcomeSchema } from '../stageResults.ts';
import type { WorkerResources } from '../WorkerResources.ts';

/**
 * The `emit` queue, root of a document's jobs: writes the record, or the failure report of the first
 * stage that failed, through `OutputDirectory` (atomic, the same files the embedded path writes).
 * Idempotent: what it wrote is noted in the store, and a re-run (its worker lost the job after
 * writing) returns that instead of writing again.
 */
export async function emitOutcomeJob(
  job: Job,
  payload: JobPayload<'emit-outcome'>,
  resources: WorkerResources,
): Promise<EmitResult> {
  const document = documentOf(payload);
  const hex = hexOf(document.id);
  const store = new DocumentStore(document.store);
  const emitted = await store.readWork(hex, 'emitted', emitResultSchema);
  if (emitted) return emitted;

  const failure = await childFailure(job, document, resources.queues);
  const outcome = failure
    ? failureOutcome(failure, document)
    : await store.readWork(hex, 'outcome', ingestOutcomeSchema);
  if (!outcome) throw new Error(`The outcome of ${document.id} is missing from the store.`);
  const file = await new OutputDirectory(document.out).write(outcome);
  const result: EmitResult =
    outcome.status === 'record'
      ? { status: 'record', id: document.id, file }
      : { status: 'failure', id: document.id, code: outcome.failure.code, file };
  await store.writeWork(hex, 'emitted', result);
  await store.pruneWork(hex);
  // A document that gave up on transient errors keeps its input for `skryba retry`.
  if (result.code !== 'E_RETRIES_EXHAUSTED') await store.removeInput(hex);
  return result;
}
