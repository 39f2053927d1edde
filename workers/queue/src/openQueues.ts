import { FlowProducer, Queue, type RedisOptions } from 'bullmq';
import { Redis } from 'ioredis';
import { DEAD_LETTER_QUEUE, type QueueName } from './queueNames.ts';

/** Where the queues live: a Redis URL and the key prefix that namespaces every queue. */
export interface QueueConnection {
  /** `redis://[user:password@]host:port[/db]` (or `rediss://`). */
  url: string;
  /** @defaultValue {@link DEFAULT_PREFIX} */
  prefix: string;
}

/** A Redis URL without its password, for logs. */
export const redactUrl = (url: string): string => url.replace(/\/\/([^:@/]*):[^@/]*@/, '//$1:***@');

/** Called with every error a queue object reports (connection drops, Redis restarts). */
export type QueueErrorListener = (error: Error, source: string) => void;

/**
 * ioredis options for every skryba connection. `maxRetriesPerRequest: null` is what BullMQ needs for
 * workers, and it is also what makes producers ride out a Redis restart: commands wait in the offline
 * queue and run after the reconnect instead of failing the batch.
 */
export function redisOptions(url: string): RedisOptions {
  return {
    url,
    maxRetriesPerRequest: null,
    enableOfflineQueue: true,
    // Reconnect quickly and keep trying: a restarted Redis is back within seconds.
    retryStrategy: (times: number) => Math.min(200 * times, 2000),
  };
}

/** The queue objects a process uses to add jobs, opened on first use and closed together. */
export interface QueueSet {
  readonly connection: QueueConnection;
  queue(name: QueueName): Queue;
  flows(): FlowProducer;
  /** Resolves once Redis answers; rejects after `timeoutMs` (commands would otherwise wait forever). */
  ready(timeoutMs: number): Promise<void>;
  close(): Promise<void>;
}

interface Closable {
  close(): Promise<void>;
  disconnect(): Promise<void>;
}

/**
 * Closes gracefully, or drops the connection when that does not finish in time: with
 * `maxRetriesPerRequest: null` a close sent to an unreachable Redis would wait for it forever.
 */
export async function closeOrDisconnect(closables: readonly Closable[], timeoutMs = 3000): Promise<void> {
  const settled = (work: Promise<unknown>) =>
    withTimeout(work, timeoutMs, 'timeout').then(
      () => true,
      () => false,
    );
  if (await settled(Promise.all(closables.map((c) => c.close())))) return;
  // Dropping a connection that never came up can hang as well: give up waiting on it.
  await settled(Promise.all(closables.map((c) => c.disconnect())));
}

/**
 * Checks that Redis answers before any queue object connects: a BullMQ connection to a Redis that
 * is not there keeps retrying (as a worker should), which would keep a command-line process alive.
 */
export async function pingRedis(url: string, timeoutMs: number): Promise<void> {
  const redis = new Redis(url, {
    lazyConnect: true,
    connectTimeout: timeoutMs,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  let cause: Error | undefined;
  redis.on('error', (error: Error) => {
    cause = error;
  });
  try {
    await withTimeout(
      redis.connect().then(() => redis.ping()),
      timeoutMs,
      `Redis did not answer within ${timeoutMs} ms`,
    );
  } catch (thrown) {
    throw cause ?? thrown;
  } finally {
    redis.disconnect();
  }
}

/** Rejects after `timeoutMs` unless `work` settles first. */
export async function withTimeout<T>(work: Promise<T>, timeoutMs: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      work,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(message)), timeoutMs);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

export function openQueues(connection: QueueConnection, onError: QueueErrorListener): QueueSet {
  const queues = new Map<QueueName, Queue>();
  let flows: FlowProducer | null = null;
  const options = { connection: redisOptions(connection.url), prefix: connection.prefix };
  return {
    connection,
    queue(name) {
      let queue = queues.get(name);
      if (!queue) {
        queue = new Queue(name, options);
        queue.on('error', (error) => onError(error, `queue ${name}`));
        queues.set(name, queue);
      }
      return queue;
    },
    flows() {
      if (!flows) {
        flows = new FlowProducer(options);
        flows.on('error', (error) => onError(error, 'flow producer'));
      }
      return flows;
    },
    async ready(timeoutMs) {
      await withTimeout(
        this.queue(DEAD_LETTER_QUEUE).waitUntilReady(),
        timeoutMs,
        `Redis did not answer within ${timeoutMs} ms`,
      );
    },
    async close() {
      const open: Closable[] = [...queues.values()];
      if (flows) open.push(flows);
      queues.clear();
      flows = null;
      await closeOrDisconnect(open);
    },
  };
}
