import { hexOf } from './documentJobSchema.ts';
import { deadLetterSchema } from './jobCatalog.ts';
import type { QueueClient } from './openQueueClient.ts';
import type { QueueSet } from './openQueues.ts';
import { DEAD_LETTER_QUEUE } from './queueNames.ts';

export interface RetryOutcome {
  id: string;
  path: string;
  status: 'enqueued' | 'attached' | 'error';
  message?: string;
}

/**
 * `skryba retry`: resubmits dead letters (all, or those whose id starts with one of `ids`) as fresh
 * runs from their stored input, and removes them from the dead-letter queue once resubmitted. Their
 * new outcome replaces the `E_RETRIES_EXHAUSTED` report in the output folder.
 */
export async function retryDeadLetters(
  queues: QueueSet,
  client: Pick<QueueClient, 'submit'>,
  ids: readonly string[] = [],
): Promise<RetryOutcome[]> {
  const wanted = ids.map((id) => (id.startsWith('sha256:') ? id : `sha256:${id}`));
  const jobs = await queues
    .queue(DEAD_LETTER_QUEUE)
    .getJobs(['waiting', 'delayed', 'prioritized'], 0, -1, true);
  const outcomes: RetryOutcome[] = [];
  for (const job of jobs) {
    const parsed = deadLetterSchema.safeParse(job.data);
    if (!parsed.success) continue;
    const { document } = parsed.data;
    if (wanted.length > 0 && !wanted.some((id) => document.id.startsWith(id))) continue;
    try {
      const status = await client.submit(document, null);
      await job.remove();
      outcomes.push({ id: document.id, path: document.path, status });
    } catch (thrown) {
      const message = thrown instanceof Error ? thrown.message : String(thrown);
      outcomes.push({ id: document.id, path: document.path, status: 'error', message });
    }
  }
  return outcomes.sort((a, b) => hexOf(a.id).localeCompare(hexOf(b.id)));
}
