import { ingestDocument, loadTextStages, OutputDirectory, openIngestResources } from '@skryba/ingest';
import type { BatchSummary } from '../batch/BatchReporter.ts';
import { runBatch } from '../batch/runBatch.ts';

import type { IngestOptions } from './ingestOptions.ts';

/** Exit codes of `skryba ingest`: 0 every input has a record, 1 some failed (2 is a usage error). */
export const exitCodeOf = (summary: BatchSummary): number => (summary.failed > 0 ? 1 : 0);

/** The embedded path: the whole pipeline in this process, no Redis. */
export async function runIngestCommand(paths: string[], options: IngestOptions): Promise<number> {
  const stages = await loadTextStages();
  const resources = openIngestResources({ ocrWorkers: options.ocrWorkers, stages });
  try {
    const summary = await runBatch({
      paths,
      out: options.out ? new OutputDirectory(options.out) : null,
      force: options.force,
      concurrency: options.concurrency,
      maxBytes: resources.limits.maxBytes,
      process: (input) => ingestDocument(input, resources),
      onRecord:
        options.format === 'ndjson'
          ? ({ record }) => process.stdout.write(`${JSON.stringify(record)}\n`)
          : undefined,
    });
    return exitCodeOf(summary);
  } finally {
    await resources.close();
  }
}
