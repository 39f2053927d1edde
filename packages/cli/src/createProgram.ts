import { recordJsonSchema } from '@skryba/schema';
import { Command, Option } from 'commander';
import type { z } from 'zod';
import { ingestOptionsSchema } from './commands/ingestOptions.ts';
import { addLimitOptions } from './commands/limitOptions.ts';
import { registerQueueCommands } from './commands/registerQueueCommands.ts';
import { runIngestCommand } from './commands/runIngestCommand.ts';
import { runQueuedIngestCommand } from './commands/runQueuedIngestCommand.ts';
import { repairOptionsSchema, runRepairCommand } from './commands/runRepairCommand.ts';
import { UsageError } from './UsageError.ts';

function parseOptions<T extends z.ZodType>(schema: T, raw: unknown): z.infer<T> {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new UsageError(parsed.error.issues.map((issue) => issue.message).join('; '));
  return parsed.data;
}

/**
 * The `skryba` command line. Actions resolve to the process exit code; the caller exits with it.
 */
export function createProgram(setExitCode: (code: number) => void): Command {
  const program = new Command('skryba')
    .description(
      'Ingest Polish archive documents (PDF, scans, DOCX, images, text) into validated JSON records.',
    )
    .exitOverride()
    .showHelpAfterError();

  const ingest = program
    .command('ingest')
    .description(
      'Turn every input file (folders are walked recursively) into one record or one failure report.',
    )
    .argument('<paths...>', 'files or folders')
    .option('-o, --out <dir>', 'where <id>.json records and failures/<id>.json reports are written')
    .option('--force', 'reprocess inputs whose record already exists')
    .addOption(
      new Option('--format <format>', 'json files in --out, or ndjson records on stdout')
        .choices(['json', 'ndjson'])
        .default('json'),
    )
    .option('--concurrency <n>', 'documents processed at the same time (default: cores, at least 2)')
    .option('--ocr-workers <n>', 'tesseract.js worker threads (default: cores)')
    .option('--redis <url>', 'run the batch on BullMQ workers through this Redis (or set REDIS_URL)')
    .option('--no-wait', 'with --redis: enqueue the batch and return without waiting')
    .option(
      '--learn-vocabulary',
      "repair mangled documents last, with the vocabulary of the batch's clean Polish documents",
    )
    .option(
      '--store <dir>',
      'with --redis: folder shared with the workers for inputs (default: <out>/.skryba-store)',
    )
    .option('--prefix <prefix>', 'with --redis: Redis key prefix of the queues (default: skryba)')
    .action(async (paths: string[], raw: Record<string, unknown>) => {
      // An empty REDIS_URL means no Redis, as an unset one does.
      const redis = raw.redis ?? (process.env.REDIS_URL || undefined);
      const options = parseOptions(ingestOptionsSchema, { ...raw, redis });
      setExitCode(
        await (options.redis ? runQueuedIngestCommand(paths, options) : runIngestCommand(paths, options)),
      );
    });
  addLimitOptions(ingest);

  program
    .command('repair')
    .description('Repair Polish text mangled by OCR with the wrong language model (stdin when no file).')
    .argument('[file]', 'a text file (UTF-8, UTF-16, Windows-1250 or ISO-8859-2)')
    .option('--json', 'print the repaired text with every edit as JSON')
    .action(async (file: string | undefined, raw: Record<string, unknown>) => {
      setExitCode(await runRepairCommand(file, parseOptions(repairOptionsSchema, raw)));
    });

  program
    .command('schema')
    .description('Print the JSON Schema of the record.')
    .action(() => {
      process.stdout.write(`${JSON.stringify(recordJsonSchema(), null, 2)}\n`);
      setExitCode(0);
    });

  registerQueueCommands(program, setExitCode);
  return program;
}
