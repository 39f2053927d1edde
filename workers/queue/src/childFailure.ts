import type { Job } from 'bullmq';
import { addDeadLetter } from './addDeadLetter.ts';
import { DocumentStore, type StageFailure } from './DocumentStore.ts';
import { type DocumentJob, hexOf } from './documentJobSchema.ts';
import type { QueueSet } from './openQueues.ts';
import { stageQueueSchema } from './queueNames.ts';

const MAX_REASON = 300;

/**
 * Why a child of this job failed, or null when none did. Children are added with
 * `ignoreDependencyOnFailure`, so a failed child wakes its parent instead of stranding it, and the
 * parent carries the failure on to the emit step. A child that failed on bad input left its cause in
 * the store; one that left nothing gave up on transient errors (or killed its worker every time):
 * the document then gets `E_RETRIES_EXHAUSTED` and goes to the dead-letter queue.
 */
export async function childFailure(
  job: Job,
  document: DocumentJob,
  queues: QueueSet,
): Promise<StageFailure | null> {
  const failures = Object.entries(await job.getIgnoredChildrenFailures());
  if (failures.length === 0) return null;
  const store = new DocumentStore(document.store);
  const hex = hexOf(document.id);
  const known = await store.readFailure(hex);
  if (known) return known;
  const [childKey, rawReason] = failures[0]!;
  // A child key is `<prefix>:<queue>:<job id>`.
  const stage = stageQueueSchema
    .catch('extract')
    .parse(childKey.slice(queues.connection.prefix.length + 1).split(':')[0]);
  const reason = rawReason.length > MAX_REASON ? `${rawReason.slice(0, MAX_REASON)}…` : rawReason;
  await addDeadLetter(queues, { document, stage, reason });
  return store.writeFailureOnce(hex, {
    code: 'E_RETRIES_EXHAUSTED',
    message: `The ${stage} step failed on every attempt (${reason}). Fix the cause and run \`skryba retry\`.`,
  });
}
