import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

/** The repository root, where `node --import tsx` resolves tsx. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
const cliMain = path.join(repoRoot, 'packages/cli/src/main.ts');

export interface SkrybaProcess {
  child: ChildProcess;
  /** Every line printed so far, stdout and stderr together. */
  lines: string[];
  /** Resolves with the first line (past or future) matching `pattern`. */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<string>;
  /** Resolves with the exit code (null when killed by a signal). */
  exited: Promise<number | null>;
}

/**
 * Runs the real `skryba` command in a child process (test and benchmark helper): the same entry
 * point a user or the Docker image runs, so what is tested is what is deployed.
 */
export function spawnSkryba(args: string[], options: { nice?: boolean } = {}): SkrybaProcess {
  const command = [process.execPath, '--import', 'tsx', cliMain, ...args];
  const [file, ...argv] = options.nice ? ['nice', '-n', '10', ...command] : command;
  const child = spawn(file!, argv, {
    cwd: repoRoot,
    env: { ...process.env, DOTENV_CONFIG_QUIET: 'true' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const watchers: { pattern: RegExp; resolve(line: string): void }[] = [];
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream! }).on('line', (line) => {
      lines.push(line);
      for (const watcher of watchers.splice(0)) {
        if (watcher.pattern.test(line)) watcher.resolve(line);
        else watchers.push(watcher);
      }
    });
  }
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    child,
    lines,
    exited,
    waitFor(pattern, timeoutMs = 60_000) {
      const seen = lines.find((line) => pattern.test(line));
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`no line matching ${pattern} within ${timeoutMs} ms:\n${lines.join('\n')}`)),
          timeoutMs,
        );
        const done = (line: string) => {
          clearTimeout(timer);
          resolve(line);
        };
        watchers.push({ pattern, resolve: done });
        void exited.then(() => {
          clearTimeout(timer);
          if (!lines.some((line) => pattern.test(line)))
            reject(new Error(`exited before printing ${pattern}:\n${lines.join('\n')}`));
        });
      });
    },
  };
}

/** Starts `skryba worker` and resolves once it is ready to take jobs. */
export async function spawnSkrybaWorker(options: {
  redis: string;
  prefix: string;
  concurrency?: number;
  lockDurationMs?: number;
  nice?: boolean;
}): Promise<SkrybaProcess> {
  const worker = spawnSkryba(
    [
      'worker',
      '--redis',
      options.redis,
      '--prefix',
      options.prefix,
      '--concurrency',
      String(options.concurrency ?? 1),
      ...(options.lockDurationMs ? ['--lock-duration', String(options.lockDurationMs)] : []),
    ],
    { nice: options.nice },
  );
  await worker.waitFor(/ ready {3}worker /, 60_000);
  return worker;
}

/** Stops a child process (SIGTERM, then SIGKILL if it lingers). */
export async function stopProcess(process: SkrybaProcess, graceMs = 10_000): Promise<void> {
  if (process.child.exitCode !== null || process.child.signalCode !== null) return;
  process.child.kill('SIGTERM');
  const timer = setTimeout(() => process.child.kill('SIGKILL'), graceMs);
  await process.exited;
  clearTimeout(timer);
}
