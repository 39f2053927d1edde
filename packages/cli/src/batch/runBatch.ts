import type { IngestOutcome, OutputDirectory } from '@skryba/ingest';
import { sha256Hex } from '@skryba/ingest';
import { SkrybaError } from '@skryba/schema';
import { BatchReporter, type BatchSummary, type InputResult } from './BatchReporter.ts';
import { readInputFile } from './readInputFile.ts';
import { unreadableOutcome } from './unreadableOutcome.ts';
import { type InputEntry, walkInputs } from './walkInputs.ts';

/** An input whose last step waits until every other input has been through the first pass. */
export interface DeferredOutcome {
  status: 'deferred';
  finish(): Promise<IngestOutcome>;
}

export interface BatchOptions {
  paths: string[];
  /** Where records and failure reports go; null streams records only (`--format ndjson` without `--out`). */
  out: OutputDirectory | null;
  /** Reprocess inputs whose record already exists. */
  force: boolean;
  /** Inputs processed at the same time. */
  concurrency: number;
  maxBytes: number;
  /** Turns one input into its outcome: the embedded pipeline, or a round trip through the queue. */
  process(input: { bytes: Uint8Array; path: string; id: string }): Promise<IngestOutcome | DeferredOutcome>;
  /** Runs between the first pass and the deferred inputs (e.g. learning the batch's vocabulary). */
  beforeDeferred?(): Promise<void> | void;
  /** Called with every record, e.g. to stream NDJSON. */
  onRecord?(outcome: Extract<IngestOutcome, { status: 'record' }>): void;
  reporter?: (total: number) => BatchReporter;
}

/**
 * Runs a batch: every input ends as exactly one record, one failure report or one skip (its record
 * exists, or the same bytes appeared earlier in the batch). One bad file never stops the batch.
 */
export async function runBatch(options: BatchOptions): Promise<BatchSummary> {
  const entries: InputEntry[] = [];
  for await (const entry of walkInputs(options.paths, { exclude: options.out?.root })) entries.push(entry);
  const reporter = options.reporter?.(entries.length) ?? new BatchReporter(entries.length);
  const seen = new Map<string, string>();

  const settle = async (entryPath: string, outcome: IngestOutcome): Promise<InputResult> => {
    await options.out?.write(outcome);
    if (outcome.status === 'failure') {
      const { id, code, message } = outcome.failure;
      return { kind: 'failure', path: entryPath, id, code, message };
    }
    options.onRecord?.(outcome);
    const { record } = outcome;
    const ocrPages = record.pages.filter((page) => page.method === 'ocr').length;
    return { kind: 'record', path: entryPath, id: record.id, ocrPages, warnings: record.warnings.length };
  };

  const handle = async (entry: InputEntry): Promise<InputResult | null> => {
    if (entry.status === 'rejected')
      return settle(entry.path, unreadableOutcome(entry.path, new SkrybaError(entry.code, entry.message)));
    let bytes: Uint8Array;
    try {
      bytes = await readInputFile(entry.path, options.maxBytes);
    } catch (thrown) {
      const error = thrown instanceof SkrybaError ? thrown : new SkrybaError('E_READ_FAILED', String(thrown));
      return settle(entry.path, unreadableOutcome(entry.path, error));
    }
    const id = `sha256:${sha256Hex(bytes)}`;
    const first = seen.get(id);
    if (first !== undefined)
      return { kind: 'skipped', path: entry.path, id, reason: `same content as ${first}` };
    seen.set(id, entry.path);
    if (!options.force && (await options.out?.hasRecord(id))) {
      return { kind: 'skipped', path: entry.path, id, reason: 'record exists (use --force to redo)' };
    }
    const outcome = await options.process({ bytes, path: entry.path, id });
    if (outcome.status === 'deferred') {
      deferred.push({ path: entry.path, finish: outcome.finish });
      return null;
    }
    return settle(entry.path, outcome);
  };

  const deferred: { path: string; finish: () => Promise<IngestOutcome> }[] = [];
  const runAll = async <T>(items: T[], work: (item: T) => Promise<InputResult | null>) => {
    let next = 0;
    const lanes = Array.from(
      { length: Math.max(1, Math.min(options.concurrency, items.length)) },
      async () => {
        while (next < items.length) {
          const result = await work(items[next++]!);
          if (result) reporter.report(result);
        }
      },
    );
    await Promise.all(lanes);
  };
  await runAll(entries, handle);
  if (deferred.length > 0) {
    await options.beforeDeferred?.();
    await runAll(deferred, async (item) => settle(item.path, await item.finish()));
  }
  return reporter.finish();
}
