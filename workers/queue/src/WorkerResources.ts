import type { IngestResources } from '@skryba/ingest';
import type { QueueSet } from './openQueues.ts';
import type { PageSourceCache } from './PageSourceCache.ts';

/** What the stage processors of one worker process share. */
export interface WorkerResources {
  /** The same OCR pool, sandbox parser, limits and text stages the embedded pipeline uses. */
  ingest: IngestResources;
  /** To add page jobs and dead letters. */
  queues: QueueSet;
  pageSources: PageSourceCache;
}
