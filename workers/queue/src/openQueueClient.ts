import { readFile } from 'node:fs/promises';
import { describeSource, type IngestOutcome, OutputDirectory, toFailureReport } from '@skryba/ingest';
import { failureReportSchema, recordSchema, SkrybaError } from '@skryba/schema';
import { QueueEvents } from 'bullmq';
import { addDeadLetter } from './addDeadLetter.ts';
import { DocumentStore } from './DocumentStore.ts';
import { type DocumentJob, documentOf, hexOf } from './documentJobSchema.ts';
import { catalogJob } from './jobCatalog.ts';
import {
  closeOrDisconnect,
  openQueues,
  type QueueConnection,
  type QueueErrorListener,
  redisOptions,
  withTimeout,
} from './openQueues.ts';
import { type EmitResult, emitResultSchema } from './stageResults.ts';

/**
 * How long, and how many, finished documents' root jobs stay in Redis (for the dashboard and late
 * waiters): a day, at most 20,000 (≈ 1 KB each).
 */
const KEEP_COMPLETED = { age: 24 * 3600, count: 20_000 };
const KEEP_FAILED = { age: 7 * 24 * 3600, count: 20_000 };

export interface QueueClientOptions {
  connection: QueueConnection;
  /** Absolute path of the shared store every worker reads (`--store`); needed by `ingest`. */
  store?: string;
  /** Absolute path of the output folder every worker writes (`--out`); needed by `ingest`. */
  out?: string;
  onError?: QueueErrorListener;
  /**
   * How often documents still waited for are checked directly, besides listening to events (events
   * can be missed while a connection is down or starting).
   * @defaultValue 2,000 ms
   */
  pollMs?: number;
}

export interface QueueClient {
  /** Resolves when Redis answers; rejects after `timeoutMs`. */
  ready(timeoutMs: number): Promise<void>;
  /**
   * Submits one document: stores its bytes (null: they must be in the store already, as for a
   * dead letter) and adds its jobs, unless they are in the queue already ('attached').
   */
  submit(document: DocumentJob, bytes: Uint8Array | null): Promise<'enqueued' | 'attached'>;
  /** Submits one input and resolves with its outcome once a worker has written it. */
  ingest(input: { bytes: Uint8Array; path: string; id: string }): Promise<IngestOutcome>;
  close(): Promise<void>;
}

interface Waiter {
  document: DocumentJob;
  resolve(outcome: IngestOutcome): void;
  reject(error: unknown): void;
  missing: number;
}

/**
 * The submitting side of the queue path (`skryba ingest --redis`). A document becomes one job tree:
 * `emit` (root, job id = the content hash) ← `enrich` ← `extract` ← one `ocr-page` per scanned page.
 * The root's id makes submissions idempotent: a document already in the queue is waited for, not
 * added again; a finished one is replaced by a fresh run.
 */
export function openQueueClient(options: QueueClientOptions): QueueClient {
  const onError = options.onError ?? (() => undefined);
  const queues = openQueues(options.connection, onError);
  const emitQueue = queues.queue('emit');
  const waiters = new Map<string, Waiter>();
  const events = new QueueEvents('emit', {
    connection: redisOptions(options.connection.url),
    prefix: options.connection.prefix,
  });
  events.on('error', (error) => onError(error, 'queue events'));

  const readOutcome = async (result: EmitResult, document: DocumentJob): Promise<IngestOutcome> => {
    const out = new OutputDirectory(document.out);
    const file = result.status === 'record' ? out.recordPath(result.id) : out.failurePath(result.id);
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (thrown) {
      throw new Error(
        `A worker wrote ${result.file}, but ${file} cannot be read here (${(thrown as NodeJS.ErrnoException).code}): ` +
          '--out must be a folder the workers and this machine share, at the same path.',
        { cause: thrown },
      );
    }
    const value = JSON.parse(text);
    return result.status === 'record'
      ? { status: 'record', record: recordSchema.parse(value) }
      : { status: 'failure', failure: failureReportSchema.parse(value) };
  };

  const settle = (hex: string, outcome: Promise<IngestOutcome>) => {
    const waiter = waiters.get(hex);
    if (!waiter) return;
    waiters.delete(hex);
    outcome.then(waiter.resolve, waiter.reject);
  };

  const completed = (hex: string, value: unknown) => {
    const waiter = waiters.get(hex);
    const result = emitResultSchema.safeParse(value);
    if (waiter && result.success) settle(hex, readOutcome(result.data, waiter.document));
  };

  /** The root itself gave up (writing the outcome failed on every attempt). */
  const failed = (hex: string, reason: string) => {
    const waiter = waiters.get(hex);
    if (!waiter) return;
    const { document } = waiter;
    const error = new SkrybaError(
      'E_RETRIES_EXHAUSTED',
      `Writing the outcome failed on every attempt (${reason}). Fix the cause and run \`skryba retry\`.`,
    );
    const outcome: IngestOutcome = {
      status: 'failure',
      failure: toFailureReport(error, document.source, document.path),
    };
    settle(
      hex,
      addDeadLetter(queues, { document, stage: 'emit', reason }).then(() => outcome),
    );
  };

  events.on('completed', ({ jobId, returnvalue }) => completed(jobId, returnvalue));
  events.on('failed', ({ jobId, failedReason }) => {
    if (waiters.has(jobId)) failed(jobId, failedReason);
  });

  const submit: QueueClient['submit'] = async (document, bytes) => {
    const hex = hexOf(document.id);
    const existing = await emitQueue.getJob(hex);
    if (existing) {
      const state = await existing.getState();
      if (state !== 'completed' && state !== 'failed' && state !== 'unknown') return 'attached';
      await existing.remove().catch(() => undefined);
      if (await emitQueue.getJob(hex)) return 'attached';
    }
    const store = new DocumentStore(document.store);
    if (bytes) await store.putInput(hex, bytes);
    else if (!(await store.hasInput(hex))) {
      throw new Error(`The input of ${document.id} is no longer in the store (${store.inputPath(hex)}).`);
    }
    await store.clearWork(hex);
    const clean = documentOf(document);
    // Failed children wake their parent (ignoreDependencyOnFailure) so every failure reaches emit.
    const extract = catalogJob(
      'extract-document',
      { ...clean, step: 'plan' },
      { jobId: hex, ignoreDependencyOnFailure: true },
    );
    const enrich = catalogJob('enrich-document', clean, { jobId: hex, ignoreDependencyOnFailure: true });
    const emit = catalogJob('emit-outcome', clean, {
      jobId: hex,
      removeOnComplete: KEEP_COMPLETED,
      removeOnFail: KEEP_FAILED,
    });
    await queues.flows().add({ ...emit, children: [{ ...enrich, children: [extract] }] });
    return 'enqueued';
  };

  // Events can be missed (the stream is read from "now", and not while reconnecting): look directly.
  const poll = async () => {
    for (const [hex, waiter] of [...waiters]) {
      const state = await emitQueue.getJobState(hex);
      if (state === 'completed') {
        completed(hex, (await emitQueue.getJob(hex))?.returnvalue);
      } else if (state === 'failed') {
        failed(hex, (await emitQueue.getJob(hex))?.failedReason ?? 'unknown reason');
      } else if (state === 'unknown') {
        // Gone without an outcome (a Redis that lost its data): submit it again, from the file.
        if (++waiter.missing < 2) continue;
        waiter.missing = 0;
        const bytes = new Uint8Array(await readFile(waiter.document.path));
        await submit(waiter.document, bytes);
      } else {
        waiter.missing = 0;
      }
    }
  };
  let polling = false;
  const timer = setInterval(() => {
    if (polling || waiters.size === 0) return;
    polling = true;
    poll()
      .catch((error: unknown) => onError(error instanceof Error ? error : new Error(String(error)), 'poll'))
      .finally(() => {
        polling = false;
      });
  }, options.pollMs ?? 2000);

  return {
    async ready(timeoutMs) {
      await withTimeout(
        Promise.all([queues.ready(timeoutMs), events.waitUntilReady(), queues.flows().waitUntilReady()]),
        timeoutMs,
        `Redis did not answer within ${timeoutMs} ms`,
      );
    },
    submit,
    async ingest({ bytes, path, id }) {
      if (!options.store || !options.out) throw new Error('openQueueClient: ingest needs `store` and `out`.');
      const document: DocumentJob = {
        id,
        path,
        source: describeSource(bytes, path),
        store: options.store,
        out: options.out,
      };
      const hex = hexOf(id);
      const outcome = new Promise<IngestOutcome>((resolve, reject) => {
        waiters.set(hex, { document, resolve, reject, missing: 0 });
      });
      try {
        await submit(document, bytes);
      } catch (thrown) {
        waiters.delete(hex);
        throw thrown;
      }
      return outcome;
    },
    async close() {
      clearInterval(timer);
      for (const waiter of waiters.values()) waiter.reject(new Error('The queue client was closed.'));
      waiters.clear();
      await Promise.all([closeOrDisconnect([events]), queues.close()]);
    },
  };
}
