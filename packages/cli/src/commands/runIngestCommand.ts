import {
  extractInput,
  finishInput,
  ingestDocument,
  loadTextStages,
  OutputDirectory,
  openIngestResources,
  PAGE_SEPARATOR,
  type TextStages,
} from '@skryba/ingest';
import type { BatchSummary } from '../batch/BatchReporter.ts';
import { type BatchOptions, runBatch } from '../batch/runBatch.ts';

import type { IngestOptions } from './ingestOptions.ts';
import { limitsFromOptions } from './limitOptions.ts';

/** `--format ndjson`: every record as one JSON line on stdout, for pipes. */
export function ndjsonRecords(format: IngestOptions['format']): BatchOptions['onRecord'] {
  return format === 'ndjson'
    ? ({ record }) => process.stdout.write(`${JSON.stringify(record)}\n`)
    : undefined;
}

/** Exit codes of `skryba ingest`: 0 every input has a record, 1 some failed (2 is a usage error). */
export const exitCodeOf = (summary: BatchSummary): number => (summary.failed > 0 ? 1 : 0);

/** Clean Polish documents teach the batch its vocabulary: confident language, nothing repaired. */
const LEARN_MIN_LANGUAGE_CONFIDENCE = 0.9;

/**
 * `--learn-vocabulary`: documents that need repair wait until every other document is done; the
 * clean Polish ones (sorted by id, so the outcome does not depend on processing order) teach the
 * language model the archive's own street names, institutions and surnames, then the waiting ones
 * are repaired with it.
 */
function learningProcess(
  stages: TextStages,
  resources: ReturnType<typeof openIngestResources>,
): Pick<BatchOptions, 'process' | 'beforeDeferred'> {
  const learned: { id: string; text: string }[] = [];
  let adapted: TextStages = stages;
  return {
    async process(input) {
      const extracted = await extractInput(input, resources);
      if (extracted.status === 'failure') return extracted;
      const text = extracted.extracted.pages.map((page) => page.text).join(PAGE_SEPARATOR);
      if (stages.needsRepair(text)) {
        return {
          status: 'deferred',
          finish: async () => finishInput(extracted, { ...resources, stages: adapted }),
        };
      }
      const outcome = finishInput(extracted, resources);
      if (outcome.status === 'record') {
        const { record } = outcome;
        if (record.language.code === 'pol' && record.language.confidence >= LEARN_MIN_LANGUAGE_CONFIDENCE) {
          learned.push({ id: record.id, text: record.text });
        }
      }
      return outcome;
    },
    beforeDeferred() {
      learned.sort((a, b) => (a.id < b.id ? -1 : 1));
      adapted = stages.adapt(learned.map((doc) => doc.text));
    },
  };
}

/** The embedded path: the whole pipeline in this process, no Redis. */
export async function runIngestCommand(paths: string[], options: IngestOptions): Promise<number> {
  const stages = await loadTextStages();
  const resources = openIngestResources({
    ocrWorkers: options.ocrWorkers,
    stages,
    limits: limitsFromOptions(options),
  });
  try {
    const summary = await runBatch({
      paths,
      out: options.out ? new OutputDirectory(options.out) : null,
      force: options.force,
      concurrency: options.concurrency,
      maxBytes: resources.limits.maxBytes,
      ...(options.learnVocabulary
        ? learningProcess(stages, resources)
        : { process: (input) => ingestDocument(input, resources) }),
      onRecord: ndjsonRecords(options.format),
    });
    return exitCodeOf(summary);
  } finally {
    await resources.close();
  }
}
