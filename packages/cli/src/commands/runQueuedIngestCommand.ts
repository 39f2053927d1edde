import path from 'node:path';
import { defaultLimits } from '@skryba/extract';
import { describeSource, OutputDirectory, sha256Hex } from '@skryba/ingest';
import { DEFAULT_PREFIX, openQueueClient, pingRedis, type QueueClient, redactUrl } from '@skryba/queue';
import { SkrybaError } from '@skryba/schema';
import { printable } from '../batch/printable.ts';
import { readInputFile } from '../batch/readInputFile.ts';
import { runBatch } from '../batch/runBatch.ts';
import { unreadableOutcome } from '../batch/unreadableOutcome.ts';
import { walkInputs } from '../batch/walkInputs.ts';
import { UsageError } from '../UsageError.ts';
import type { IngestOptions } from './ingestOptions.ts';
import { exitCodeOf, ndjsonRecords } from './runIngestCommand.ts';

/**
 * Documents submitted and waited for at the same time. The workers bound the real parallelism; this
 * only keeps enough work in the queue for a whole cluster of them.
 */
const IN_FLIGHT = 64;
const READY_TIMEOUT_MS = 10_000;

/** Logs each kind of queue error once in a while: a Redis restart makes every connection complain. */
export function throttledErrorLog(stream: NodeJS.WritableStream = process.stderr) {
  let last = 0;
  return (error: Error, source: string) => {
    const now = Date.now();
    if (now - last < 5000) return;
    last = now;
    stream.write(`skryba: ${source}: ${error.message} (retrying)\n`);
  };
}

/** `--no-wait`: walk, store and enqueue every input, and return; the workers write the outcomes. */
async function enqueueOnly(
  paths: string[],
  options: IngestOptions,
  client: QueueClient,
  out: OutputDirectory,
  store: string,
): Promise<number> {
  const counts = { enqueued: 0, attached: 0, skipped: 0, failed: 0 };
  const seen = new Set<string>();
  const say = (line: string) => process.stderr.write(`${line}\n`);
  for await (const entry of walkInputs(paths, { exclude: out.root })) {
    let bytes: Uint8Array;
    try {
      if (entry.status === 'rejected') throw new SkrybaError(entry.code, entry.message);
      bytes = await readInputFile(entry.path, defaultLimits.maxBytes);
    } catch (thrown) {
      const error = thrown instanceof SkrybaError ? thrown : new SkrybaError('E_READ_FAILED', String(thrown));
      await out.write(unreadableOutcome(entry.path, error));
      counts.failed++;
      say(`FAILED  ${printable(entry.path)}: ${error.code} ${error.message}`);
      continue;
    }
    const id = `sha256:${sha256Hex(bytes)}`;
    if (seen.has(id) || (!options.force && (await out.hasRecord(id)))) {
      counts.skipped++;
      say(
        `skipped ${printable(entry.path)}: ${seen.has(id) ? 'same content as an earlier input' : 'record exists'}`,
      );
      continue;
    }
    seen.add(id);
    const how = await client.submit(
      { id, path: entry.path, source: describeSource(bytes, entry.path), store, out: out.root },
      bytes,
    );
    counts[how]++;
    say(`${how === 'enqueued' ? 'queued ' : 'queued*'} ${printable(entry.path)} -> ${id}`);
  }
  say(
    `enqueued ${counts.enqueued}, already in the queue ${counts.attached}, skipped ${counts.skipped}, ` +
      `unreadable ${counts.failed}; records and failure reports appear in ${out.root}`,
  );
  return counts.failed > 0 ? 1 : 0;
}

/**
 * `skryba ingest --redis <url>`: the batch through BullMQ workers (`skryba worker`). Inputs are
 * walked, deduplicated and skipped exactly as in the embedded path; each one is stored in the shared
 * store and submitted, and the progress display follows the outcomes the workers write into `--out`.
 */
export async function runQueuedIngestCommand(paths: string[], options: IngestOptions): Promise<number> {
  if (!options.redis) throw new UsageError('--redis <url> (or REDIS_URL) is required');
  if (!options.out) throw new UsageError('--redis needs --out <dir>: the workers write the records there');
  const out = new OutputDirectory(path.resolve(options.out));
  const store = path.resolve(options.store ?? path.join(out.root, '.skryba-store'));
  await pingRedis(options.redis, READY_TIMEOUT_MS).catch((error: Error) => {
    throw new UsageError(`cannot reach Redis at ${redactUrl(options.redis!)}: ${error.message}`);
  });
  const client = openQueueClient({
    connection: { url: options.redis, prefix: options.prefix ?? DEFAULT_PREFIX },
    store,
    out: out.root,
    onError: throttledErrorLog(),
  });
  try {
    await client.ready(READY_TIMEOUT_MS);
    if (!options.wait) return await enqueueOnly(paths, options, client, out, store);
    const summary = await runBatch({
      paths,
      out,
      force: options.force,
      concurrency: Math.max(options.concurrency, IN_FLIGHT),
      maxBytes: defaultLimits.maxBytes,
      process: (input) => client.ingest(input),
      onRecord: ndjsonRecords(options.format),
    });
    return exitCodeOf(summary);
  } finally {
    await client.close();
  }
}
