import { mediaTypeSchema } from '@skryba/schema';
import { type JobsOptions, UnrecoverableError } from 'bullmq';
import { z } from 'zod';
import { documentJobSchema } from './documentJobSchema.ts';
import { type QueueName, stageQueueSchema } from './queueNames.ts';

/** Transient failures (a store hiccup, a sandbox thread that died) are retried this way. */
export interface RetryPolicy {
  /** Tries in all, the first included. */
  attempts: number;
  /** Exponential backoff: `delayMs`, then twice that, and so on. */
  delayMs: number;
}

const standardRetry: RetryPolicy = { attempts: 3, delayMs: 1000 };

/** Payload of a dead-letter entry: the document to resubmit and why it gave up. */
export const deadLetterSchema = z.object({
  document: documentJobSchema,
  /** The stage whose job exhausted its retries. */
  stage: stageQueueSchema,
  /** The last error of that job. */
  reason: z.string(),
  failedAt: z.iso.datetime(),
});
export type DeadLetter = z.infer<typeof deadLetterSchema>;

/**
 * Every job skryba puts into Redis, by job name: its queue, payload schema and retry policy. Payloads
 * are parsed when enqueued ({@link catalogJob}) and again when a worker takes the job
 * ({@link parseJobPayload}), so a job written by another version of skryba fails loudly instead of
 * running on garbage.
 */
export const jobCatalog = {
  /** Parse the file and plan its pages; then, once its page jobs are done, join them (a step job). */
  'extract-document': {
    queue: 'extract',
    payload: documentJobSchema.extend({ step: z.enum(['plan', 'join']).default('plan') }),
    retry: standardRetry,
  },
  /** Render (or decode) one page and OCR it: one job per page, children of the extract job. */
  'ocr-page': {
    queue: 'ocr-page',
    payload: documentJobSchema.extend({
      page: z.number().int().nonnegative(),
      mode: z.enum(['always', 'if-scanned']),
      mediaType: mediaTypeSchema,
    }),
    retry: standardRetry,
  },
  /** Repair, language, type and entities: the extracted pages into a record (or a failure report). */
  'enrich-document': { queue: 'enrich', payload: documentJobSchema, retry: standardRetry },
  /** Write the outcome into the output folder; the root of a document's job tree. */
  'emit-outcome': { queue: 'emit', payload: documentJobSchema, retry: { attempts: 5, delayMs: 1000 } },
  /** Not processed: listed by `skryba failures`, resubmitted by `skryba retry`. */
  'dead-letter': { queue: 'dead-letter', payload: deadLetterSchema, retry: { attempts: 1, delayMs: 0 } },
} as const satisfies Record<string, { queue: QueueName; payload: z.ZodType; retry: RetryPolicy }>;

export type JobCatalog = typeof jobCatalog;
export type JobName = keyof JobCatalog;
export type JobPayload<N extends JobName> = z.output<JobCatalog[N]['payload']>;
export type JobInput<N extends JobName> = z.input<JobCatalog[N]['payload']>;

export const isJobName = (name: string): name is JobName => Object.hasOwn(jobCatalog, name);

/** A job ready for `Queue.add`, `addBulk` or a flow node: payload parsed, retry policy applied. */
export interface CatalogJob<N extends JobName> {
  name: N;
  queueName: JobCatalog[N]['queue'];
  data: JobPayload<N>;
  opts: JobsOptions;
}

/**
 * Builds a job from the catalog. Stage jobs are removed once finished (their result lives on in the
 * parent job, their failure in the store), so a later submission of the same document can reuse
 * their ids; `opts` overrides that (the emit root is kept for a while so submitters can read it).
 */
export function catalogJob<N extends JobName>(
  name: N,
  data: JobInput<N>,
  opts: JobsOptions = {},
): CatalogJob<N> {
  const entry = jobCatalog[name];
  const { attempts, delayMs } = entry.retry;
  return {
    name,
    queueName: entry.queue,
    data: entry.payload.parse(data) as JobPayload<N>,
    opts: {
      attempts,
      ...(attempts > 1 && { backoff: { type: 'exponential', delay: delayMs } }),
      removeOnComplete: true,
      removeOnFail: true,
      ...opts,
    },
  };
}

/**
 * Parses a job's payload when a worker takes it. A payload that does not parse never will: the job
 * fails at once with BullMQ's `UnrecoverableError` instead of being retried.
 */
export function parseJobPayload<N extends JobName>(name: N, data: unknown): JobPayload<N> {
  const parsed = jobCatalog[name].payload.safeParse(data);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new UnrecoverableError(`Job ${name} has an invalid payload (${issues.join('; ')})`);
  }
  return parsed.data as JobPayload<N>;
}
