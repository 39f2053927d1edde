import { FlowProducer, Queue, type RedisOptions } from 'bullmq';
import type { QueueName } from './queueNames.ts';

/** Where the queues live: a Redis URL and the key prefix that namespaces every queue. */
export interface QueueConnection {
  /** `redis://[user:password@]host:port[/db]` (or `rediss://`). */
  url: string;
  /** @defaultValue {@link DEFAULT_PREFIX} */
  prefix: string;
}

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
  close(): Promise<void>;
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
    async close() {
      await Promise.all([...[...queues.values()].map((queue) => queue.close()), flows?.close()]);
      queues.clear();
      flows = null;
    },
  };
}
