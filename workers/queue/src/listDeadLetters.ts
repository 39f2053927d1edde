import { type DeadLetter, deadLetterSchema } from './jobCatalog.ts';
import type { QueueSet } from './openQueues.ts';
import { DEAD_LETTER_QUEUE } from './queueNames.ts';

/** `skryba failures`: the documents parked in the dead-letter queue, oldest first. */
export async function listDeadLetters(queues: QueueSet): Promise<DeadLetter[]> {
  const jobs = await queues
    .queue(DEAD_LETTER_QUEUE)
    .getJobs(['waiting', 'delayed', 'prioritized'], 0, -1, true);
  return jobs.flatMap((job) => {
    const parsed = deadLetterSchema.safeParse(job.data);
    return parsed.success ? [parsed.data] : [];
  });
}
