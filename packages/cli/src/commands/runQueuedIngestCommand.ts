import { UsageError } from '../UsageError.ts';
import type { IngestOptions } from './ingestOptions.ts';

/** `skryba ingest --redis <url>`: the batch through BullMQ workers. */
export async function runQueuedIngestCommand(_paths: string[], _options: IngestOptions): Promise<number> {
  throw new UsageError('--redis: the queue workers are not built yet; run without --redis');
}
