import { hostname } from 'node:os';
import type { Limits } from '@skryba/extract';
import { loadTextStages, openIngestResources } from '@skryba/ingest';
import { Worker } from 'bullmq';
import { openQueues, type QueueConnection, redactUrl, redisOptions } from './openQueues.ts';
import { PageSourceCache } from './PageSourceCache.ts';
import { processStageJob } from './processStageJob.ts';
import { STAGE_QUEUES, type StageQueue } from './queueNames.ts';
import type { WorkerResources } from './WorkerResources.ts';

export interface StartWorkersOptions {
  connection: QueueConnection;
  /**
   * The stage queues this process serves.
   * @defaultValue all of {@link STAGE_QUEUES}
   */
  queues?: readonly StageQueue[];
  /**
   * OCR threads of this process (tesseract.js workers): pages recognised at the same time. The
   * `ocr-page` worker takes one job more than that, so a page renders while the others are read.
   */
  concurrency: number;
  /**
   * How long a job stays locked to this process without a lock renewal; a process that dies loses
   * its jobs to the others after about twice this (BullMQ's stalled check runs as often).
   * @defaultValue 30,000 ms
   */
  lockDurationMs?: number;
  /**
   * Resource limits of this process's stages (`Limits` fields); a batch through the queue runs under
   * the limits of the workers that take its jobs.
   * @defaultValue the defaults of `limitsSchema`
   */
  limits?: Partial<Limits>;
  /** Name stored on every job this process takes (`job.processedBy`). @defaultValue host:pid */
  name?: string;
  /** One line per job and per problem. */
  log(line: string): void;
}

export interface RunningWorkers {
  readonly name: string;
  readonly queues: readonly StageQueue[];
  /**
   * Stops taking jobs, waits for the active ones (unless `force`: those are then taken back by other
   * workers once their lock expires) and closes the resources. Later calls return the first one.
   */
  close(force?: boolean): Promise<void>;
}

/** Jobs of a queue that one process runs at the same time, for `concurrency` OCR threads. */
function jobsAtOnce(queue: StageQueue, concurrency: number): number {
  switch (queue) {
    case 'extract':
      return Math.max(2, concurrency);
    case 'ocr-page':
      return concurrency + 1;
    case 'enrich':
      return Math.max(1, concurrency);
    case 'emit':
      return 4;
  }
}

/**
 * Starts BullMQ workers for the stage queues in this process, over the same resources the
 * embedded pipeline opens (OCR pool, sandbox threads, text stages). Every worker has an `error`
 * listener and `maxRetriesPerRequest: null`, so a Redis restart is ridden out, not fatal.
 */
export async function startWorkers(options: StartWorkersOptions): Promise<RunningWorkers> {
  const { log } = options;
  const name = options.name ?? `${hostname()}:${process.pid}`;
  const queueNames = options.queues ?? STAGE_QUEUES;
  const lockDuration = options.lockDurationMs ?? 30_000;
  let lastError = 0;
  const onError = (error: Error, source: string) => {
    // A Redis outage makes every connection report every second; one line in five seconds is enough.
    const now = Date.now();
    if (now - lastError < 5000) return;
    lastError = now;
    log(`${source}: ${error.message}`);
  };

  const stages = await loadTextStages();
  const ingest = openIngestResources({ ocrWorkers: options.concurrency, stages, limits: options.limits });
  const queues = openQueues(options.connection, onError);
  const pageSources = new PageSourceCache();
  const resources: WorkerResources = { ingest, queues, pageSources };

  const workers = queueNames.map((queue) => {
    const worker = new Worker(queue, (job, token) => processStageJob(job, token, resources), {
      connection: redisOptions(options.connection.url),
      prefix: options.connection.prefix,
      concurrency: jobsAtOnce(queue, options.concurrency),
      lockDuration,
      stalledInterval: lockDuration,
      // A job whose worker died is retried; one that kills its worker three times fails.
      maxStalledCount: 2,
      name,
    });
    worker.on('error', (error) => onError(error, `worker ${queue}`));
    worker.on('completed', (job) => {
      const took = job.finishedOn && job.processedOn ? ` in ${job.finishedOn - job.processedOn} ms` : '';
      log(`done    ${queue} ${job.id}${took}`);
    });
    worker.on('failed', (job, error) => {
      if (!job) return;
      const final = job.attemptsMade >= (job.opts.attempts ?? 1) || error.name === 'UnrecoverableError';
      log(
        `${final ? 'failed ' : 'retry  '} ${queue} ${job.id} (attempt ${job.attemptsMade}): ${error.message}`,
      );
    });
    worker.on('stalled', (jobId) => log(`stalled ${queue} ${jobId}: taken back from a worker that stopped`));
    return worker;
  });
  // A worker started before Redis (a compose service, a reboot) waits for it rather than failing.
  const waiting = setInterval(() => log(`waiting for Redis at ${redactUrl(options.connection.url)}`), 5000);
  try {
    await Promise.all(workers.map((worker) => worker.waitUntilReady()));
  } finally {
    clearInterval(waiting);
  }

  let closing: Promise<void> | null = null;
  return {
    name,
    queues: queueNames,
    close(force = false) {
      closing ??= (async () => {
        await Promise.all(workers.map((worker) => worker.close(force)));
        await pageSources.close();
        await queues.close();
        await ingest.close();
      })();
      return closing;
    },
  };
}
