import { SkrybaError } from '@skryba/schema';
import { DelayedError, type Job, UnrecoverableError, WaitingChildrenError } from 'bullmq';
import { addDeadLetter } from './addDeadLetter.ts';
import { DocumentStore } from './DocumentStore.ts';
import { type DocumentJob, hexOf } from './documentJobSchema.ts';
import { isJobName, parseJobPayload } from './jobCatalog.ts';
import { emitOutcomeJob } from './processors/emitOutcomeJob.ts';
import { enrichDocumentJob } from './processors/enrichDocumentJob.ts';
import { extractDocumentJob } from './processors/extractDocumentJob.ts';
import { ocrPageJob } from './processors/ocrPageJob.ts';
import { stageQueueSchema } from './queueNames.ts';
import type { WorkerResources } from './WorkerResources.ts';

const isFlowControl = (thrown: unknown) =>
  thrown instanceof WaitingChildrenError ||
  thrown instanceof DelayedError ||
  thrown instanceof UnrecoverableError;

/**
 * Retry semantics in one place. Bad input (a `SkrybaError` that is not retryable: an encrypted PDF,
 * a zip bomb) will fail the same way every time: its cause is written to the store for the stages
 * after, and the job throws `UnrecoverableError` so BullMQ does not retry it; the emit step then
 * writes the failure report at once. Anything else is transient and thrown as it is: BullMQ retries
 * it with exponential backoff, and a job that exhausts its tries is turned into `E_RETRIES_EXHAUSTED`
 * by its parent (or, for the root, here) and parked in the dead-letter queue.
 */
async function settleErrors<T>(
  job: Job,
  document: DocumentJob,
  resources: WorkerResources,
  work: () => Promise<T>,
) {
  try {
    return await work();
  } catch (thrown) {
    if (isFlowControl(thrown)) throw thrown;
    if (thrown instanceof SkrybaError && !thrown.retryable) {
      await new DocumentStore(document.store).writeFailureOnce(hexOf(document.id), {
        code: thrown.code,
        message: thrown.message,
        ...(thrown.page !== undefined && { page: thrown.page }),
      });
      throw new UnrecoverableError(`${thrown.code}: ${thrown.message}`);
    }
    const lastAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
    if (lastAttempt && !job.parentKey) {
      const reason = thrown instanceof Error ? thrown.message : String(thrown);
      const stage = stageQueueSchema.catch('emit').parse(job.queueName);
      await addDeadLetter(resources.queues, { document, stage, reason });
    }
    throw thrown;
  }
}

/** The processor of every stage queue: parses the payload against the catalog, then runs its stage. */
export async function processStageJob(job: Job, token: string | undefined, resources: WorkerResources) {
  if (!isJobName(job.name)) throw new UnrecoverableError(`Unknown job name ${job.name}`);
  switch (job.name) {
    case 'extract-document': {
      const payload = parseJobPayload(job.name, job.data);
      return settleErrors(job, payload, resources, () => extractDocumentJob(job, token, payload, resources));
    }
    case 'ocr-page': {
      const payload = parseJobPayload(job.name, job.data);
      return settleErrors(job, payload, resources, () => ocrPageJob(payload, resources));
    }
    case 'enrich-document': {
      const payload = parseJobPayload(job.name, job.data);
      return settleErrors(job, payload, resources, () => enrichDocumentJob(job, payload, resources));
    }
    case 'emit-outcome': {
      const payload = parseJobPayload(job.name, job.data);
      return settleErrors(job, payload, resources, () => emitOutcomeJob(job, payload, resources));
    }
    case 'dead-letter':
      throw new UnrecoverableError('Dead letters are not processed; resubmit them with `skryba retry`.');
    default: {
      const unknown: never = job.name;
      throw new UnrecoverableError(`Unknown job name ${String(unknown)}`);
    }
  }
}
