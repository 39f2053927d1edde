import { type DocumentJob, documentOf, hexOf } from './documentJobSchema.ts';
import { catalogJob } from './jobCatalog.ts';
import type { QueueSet } from './openQueues.ts';
import { DEAD_LETTER_QUEUE, type StageQueue } from './queueNames.ts';

/**
 * Parks a document whose job exhausted its retries in the dead-letter queue, keyed by its hash (so a
 * document is parked once however many of its jobs gave up). `skryba retry` resubmits it.
 */
export async function addDeadLetter(
  queues: QueueSet,
  entry: { document: DocumentJob; stage: StageQueue; reason: string },
): Promise<void> {
  const document = documentOf(entry.document);
  const job = catalogJob(
    'dead-letter',
    { document, stage: entry.stage, reason: entry.reason, failedAt: new Date().toISOString() },
    { jobId: hexOf(document.id), removeOnComplete: true, removeOnFail: false },
  );
  await queues.queue(DEAD_LETTER_QUEUE).add(job.name, job.data, job.opts);
}
