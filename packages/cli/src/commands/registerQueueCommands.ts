import { availableParallelism } from 'node:os';
import {
  DEFAULT_PREFIX,
  listDeadLetters,
  openQueueClient,
  openQueues,
  pingRedis,
  type QueueConnection,
  redactUrl,
  retryDeadLetters,
  runWorkerProcess,
  serveDashboard,
  stageQueueSchema,
} from '@skryba/queue';
import type { Command } from 'commander';
import { z } from 'zod';
import { printable } from '../batch/printable.ts';
import { UsageError } from '../UsageError.ts';
import { addLimitOptions, limitOptionFields, limitsFromOptions } from './limitOptions.ts';
import { throttledErrorLog } from './runQueuedIngestCommand.ts';

const connectionSchema = z.object({
  // An empty REDIS_URL means no Redis, as for `ingest`.
  redis: z
    .string({ message: '--redis <url> (or REDIS_URL) is required' })
    .url({ message: '--redis must be a URL such as redis://127.0.0.1:6379' }),
  prefix: z.string().min(1).default(DEFAULT_PREFIX),
});

const workerOptionsSchema = connectionSchema.extend({
  queues: z
    .string()
    .optional()
    .transform((list) => (list ? list.split(',').map((name) => name.trim()) : undefined))
    .pipe(z.array(stageQueueSchema).min(1).optional()),
  concurrency: z.coerce.number().int().positive().default(availableParallelism()),
  lockDuration: z.coerce.number().int().min(1000).default(30_000),
  ...limitOptionFields,
});

const dashboardOptionsSchema = connectionSchema.extend({
  port: z.coerce.number().int().min(0).max(65_535).default(3000),
  host: z.string().min(1).default('127.0.0.1'),
});

function parse<T extends z.ZodType>(schema: T, raw: Record<string, unknown>): z.infer<T> {
  const parsed = schema.safeParse({ ...raw, redis: raw.redis ?? (process.env.REDIS_URL || undefined) });
  if (!parsed.success) throw new UsageError(parsed.error.issues.map((issue) => issue.message).join('; '));
  return parsed.data;
}

const connectionOf = (options: { redis: string; prefix: string }): QueueConnection => ({
  url: options.redis,
  prefix: options.prefix,
});

const say = (line: string) => process.stderr.write(`${line}\n`);

const READY_TIMEOUT_MS = 10_000;

/** Fails fast (exit 2) when Redis does not answer, instead of waiting for it forever. */
async function reachable(url: string): Promise<void> {
  await pingRedis(url, READY_TIMEOUT_MS).catch((error: Error) => {
    throw new UsageError(`cannot reach Redis at ${redactUrl(url)}: ${error.message}`);
  });
}

/** Resolves on the first SIGINT or SIGTERM. */
const untilSignal = () =>
  new Promise<NodeJS.Signals>((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve(signal);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });

const withConnection = (command: Command) =>
  command
    .option('--redis <url>', 'Redis holding the queues (or set REDIS_URL)')
    .option('--prefix <prefix>', `Redis key prefix of the queues (default: ${DEFAULT_PREFIX})`);

/**
 * Registers `skryba worker`, `failures`, `retry` and `dashboard` (the BullMQ side, issue 5).
 * Kept in its own file so the queue commands evolve without touching the rest of the program.
 */
export function registerQueueCommands(program: Command, setExitCode: (code: number) => void): void {
  addLimitOptions(
    withConnection(
      program
        .command('worker')
        .description(
          'Process queued documents (run any number, on any number of machines). SIGINT/SIGTERM: finish active jobs, then exit.',
        ),
    ),
  )
    .option(
      '--queues <names>',
      'comma-separated stage queues to serve: extract,ocr-page,enrich,emit (default: all)',
    )
    .option('--concurrency <n>', 'OCR threads: pages recognised at the same time (default: cores)')
    .option(
      '--lock-duration <ms>',
      'a dead worker loses its jobs to the others after about twice this (default: 30000)',
    )
    .action(async (raw: Record<string, unknown>) => {
      const options = parse(workerOptionsSchema, raw);
      setExitCode(
        await runWorkerProcess({
          connection: connectionOf(options),
          ...(options.queues && { queues: options.queues }),
          concurrency: options.concurrency,
          lockDurationMs: options.lockDuration,
          limits: limitsFromOptions(options),
          log: (line) => say(`${new Date().toISOString()} ${line}`),
        }),
      );
    });

  withConnection(
    program
      .command('failures')
      .description('List documents whose jobs exhausted their retries (the dead-letter queue).'),
  ).action(async (raw: Record<string, unknown>) => {
    const options = parse(connectionSchema, raw);
    await reachable(options.redis);
    const queues = openQueues(connectionOf(options), throttledErrorLog());
    try {
      const letters = await listDeadLetters(queues);
      for (const letter of letters) {
        process.stdout.write(
          `${letter.document.id}  ${letter.stage}  ${letter.failedAt}  ${printable(letter.document.path)}\n` +
            `    ${printable(letter.reason)}\n`,
        );
      }
      say(
        `${letters.length} document(s) in the dead-letter queue${letters.length ? '; `skryba retry` resubmits them' : ''}`,
      );
      setExitCode(0);
    } finally {
      await queues.close();
    }
  });

  withConnection(
    program
      .command('retry')
      .description(
        'Resubmit documents from the dead-letter queue (all, or those whose id starts with one given).',
      )
      .argument('[ids...]', 'document ids (sha256:<hex>, or a prefix of the hex)'),
  ).action(async (ids: string[], raw: Record<string, unknown>) => {
    const options = parse(connectionSchema, raw);
    await reachable(options.redis);
    const connection = connectionOf(options);
    const queues = openQueues(connection, throttledErrorLog());
    // Dead letters carry their store and output folder; this client only adds their jobs.
    const client = openQueueClient({ connection, onError: throttledErrorLog() });
    try {
      const outcomes = await retryDeadLetters(queues, client, ids);
      for (const outcome of outcomes) {
        say(
          outcome.status === 'error'
            ? `FAILED  ${outcome.id} ${printable(outcome.path)}: ${outcome.message}`
            : `queued  ${outcome.id} ${printable(outcome.path)}`,
        );
      }
      const failed = outcomes.filter((outcome) => outcome.status === 'error').length;
      say(`resubmitted ${outcomes.length - failed} document(s)${failed ? `, ${failed} could not be` : ''}`);
      setExitCode(failed > 0 ? 1 : 0);
    } finally {
      await Promise.all([client.close(), queues.close()]);
    }
  });

  withConnection(
    program.command('dashboard').description('Serve Bull Board for the queues (Ctrl-C stops it).'),
  )
    .option('--port <n>', 'port (default: 3000)')
    .option('--host <host>', 'interface; Bull Board has no login, keep it local (default: 127.0.0.1)')
    .action(async (raw: Record<string, unknown>) => {
      const options = parse(dashboardOptionsSchema, raw);
      await reachable(options.redis);
      const dashboard = await serveDashboard({
        connection: connectionOf(options),
        port: options.port,
        host: options.host,
        onError: throttledErrorLog(),
      });
      say(`Bull Board for ${redactUrl(options.redis)} (prefix ${options.prefix}) at ${dashboard.url}`);
      await untilSignal();
      await dashboard.close();
      setExitCode(0);
    });
}
