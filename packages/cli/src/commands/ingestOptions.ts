import { availableParallelism } from 'node:os';
import { z } from 'zod';
import { hasLimitOptions, limitOptionFields } from './limitOptions.ts';

/** `skryba ingest` options after commander has parsed them; `REDIS_URL` stands in for `--redis`. */
export const ingestOptionsSchema = z
  .object({
    out: z.string().min(1).optional(),
    force: z.boolean().default(false),
    format: z.enum(['json', 'ndjson']).default('json'),
    concurrency: z.coerce.number().int().positive().default(Math.max(2, availableParallelism())),
    ocrWorkers: z.coerce.number().int().positive().default(availableParallelism()),
    redis: z.string().url().optional(),
    wait: z.boolean().default(true),
    store: z.string().min(1).optional(),
    prefix: z.string().min(1).optional(),
    learnVocabulary: z.boolean().default(false),
    ...limitOptionFields,
  })
  .refine((o) => o.format === 'ndjson' || o.out !== undefined, {
    message: '--out <dir> is required (or use --format ndjson to stream records to stdout)',
    path: ['out'],
  })
  .refine((o) => o.wait || o.redis !== undefined, {
    message: '--no-wait only makes sense with --redis',
    path: ['wait'],
  })
  .refine((o) => !(o.learnVocabulary && o.redis), {
    message: '--learn-vocabulary runs in the embedded pipeline only (not with --redis)',
    path: ['learnVocabulary'],
  })
  .refine((o) => !(o.redis && hasLimitOptions(o)), {
    message:
      'limit options (--max-*, --ocr-timeout, --parse-*) apply to the embedded pipeline; with --redis the workers apply their own',
    path: ['redis'],
  });
export type IngestOptions = z.infer<typeof ingestOptionsSchema>;
