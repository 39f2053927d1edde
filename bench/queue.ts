import { randomUUID } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { dropQueues } from '../workers/queue/src/testing/dropQueues.ts';
import {
  type SkrybaProcess,
  spawnSkryba,
  spawnSkrybaWorker,
  stopProcess,
} from '../workers/queue/src/testing/spawnSkryba.ts';

/**
 * `pnpm bench queue [--redis <url>] [--rounds <n>]`: the same OCR-heavy batch through the embedded
 * path, one worker process and two worker processes, at one OCR thread per process:
 *
 * - embedded: `skryba ingest --ocr-workers 1` (one tesseract thread; documents and pages still
 *   overlap their parsing and rendering with it, two at a time);
 * - queue ×1: one `skryba worker --concurrency 1` (one tesseract thread; it takes one page job more
 *   than it has threads, so a page renders while another is read);
 * - queue ×2: two such processes;
 * - for reference, the embedded path with two OCR threads: what this machine's cores give OCR at
 *   all (two tesseract.js threads do not read twice as fast as one on a shared 2-core machine).
 *
 * Times are the batch's own (the summary's `elapsed`: from the first input to the last outcome),
 * with the worker processes already started; each is the median of `--rounds` runs (default 3).
 */
const documents = path.resolve(import.meta.dirname, '../fixtures/documents');
const BATCH = [
  '000_cd7d5d2b610712f1.scan.jpg',
  '001_e8bd44b07124655c.scan.tiff',
  '003_b45d6cf69d2708ee.scan.png',
  '004_10b2ab1836c4a002.scan.pdf',
  '005_multipage_seeds-000-004.scan.pdf',
];

interface Run {
  seconds: number;
  docs: number;
  pages: number;
}

function option(args: string[], name: string): string | undefined {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
}

/** Runs `skryba ingest` once and reads its own timing and the OCR'd pages from what it wrote. */
async function ingestOnce(input: string, extra: string[]): Promise<Run> {
  const out = mkdtempSync(path.join(tmpdir(), 'skryba-bench-out-'));
  try {
    const run = spawnSkryba(['ingest', input, '--out', out, ...extra], { nice: true });
    const code = await run.exited;
    if (code !== 0) throw new Error(`skryba ingest exited with ${code}:\n${run.lines.join('\n')}`);
    const elapsed = run.lines.map((line) => line.match(/^elapsed\s+([\d.]+) s$/)?.[1]).find(Boolean);
    if (!elapsed) throw new Error(`no elapsed time in:\n${run.lines.join('\n')}`);
    const records = readdirSync(out).filter((name) => name.endsWith('.json'));
    const pages = records
      .map(
        (name) => JSON.parse(readFileSync(path.join(out, name), 'utf8')) as { pages: { method: string }[] },
      )
      .reduce((sum, record) => sum + record.pages.filter((page) => page.method === 'ocr').length, 0);
    return { seconds: Number(elapsed), docs: records.length, pages };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

const median = (runs: Run[]): Run =>
  [...runs].sort((a, b) => a.seconds - b.seconds)[Math.floor(runs.length / 2)]!;

/** A set of worker processes under their own key prefix, started once and reused by every round. */
async function startCluster(redis: string, processes: number) {
  const prefix = `bench-${randomUUID()}`;
  const workers: SkrybaProcess[] = [];
  for (let i = 0; i < processes; i++)
    workers.push(await spawnSkrybaWorker({ redis, prefix, concurrency: 1, nice: true }));
  return {
    args: ['--redis', redis, '--prefix', prefix],
    async stop() {
      await Promise.all(workers.map((worker) => stopProcess(worker)));
      await dropQueues(redis, prefix);
    },
  };
}

const perMinute = (count: number, seconds: number) => ((count / seconds) * 60).toFixed(1);

export async function benchQueue(args: string[]): Promise<void> {
  const redis = option(args, '--redis') ?? (process.env.REDIS_URL || 'redis://127.0.0.1:6379');
  const rounds = Number(option(args, '--rounds') ?? 3);
  const input = mkdtempSync(path.join(tmpdir(), 'skryba-bench-in-'));
  try {
    mkdirSync(input, { recursive: true });
    for (const name of BATCH) copyFileSync(path.join(documents, name), path.join(input, name));
    console.log(`batch: ${BATCH.length} scanned documents; ${rounds} round(s), medians below`);

    // Idle workers only wait on Redis; the configurations take turns in each round so that load
    // from other processes on the machine falls on all three alike.
    const one = await startCluster(redis, 1);
    const two = await startCluster(redis, 2);
    const runs: Record<'embedded' | 'one' | 'two' | 'ceiling', Run[]> = {
      embedded: [],
      one: [],
      two: [],
      ceiling: [],
    };
    try {
      for (let round = 0; round < rounds; round++) {
        runs.embedded.push(await ingestOnce(input, ['--ocr-workers', '1', '--concurrency', '2']));
        runs.one.push(await ingestOnce(input, one.args));
        runs.two.push(await ingestOnce(input, two.args));
        runs.ceiling.push(await ingestOnce(input, ['--ocr-workers', '2', '--concurrency', '2']));
        const [e, o, t, c] = [runs.embedded, runs.one, runs.two, runs.ceiling].map((r) =>
          r.at(-1)!.seconds.toFixed(1),
        );
        console.log(
          `round ${round + 1}: embedded ${e} s, one process ${o} s, two processes ${t} s, embedded with 2 OCR threads ${c} s`,
        );
      }
    } finally {
      await Promise.all([one.stop(), two.stop()]);
    }
    const embedded = median(runs.embedded);
    const oneProcess = median(runs.one);
    const twoProcesses = median(runs.two);
    const ceiling = median(runs.ceiling);

    const rows: [string, Run][] = [
      ['embedded, 1 OCR thread', embedded],
      ['queue, 1 worker process x 1 OCR thread', oneProcess],
      ['queue, 2 worker processes x 1 OCR thread', twoProcesses],
      ['(reference) embedded, 2 OCR threads', ceiling],
    ];
    console.log(
      `${'configuration'.padEnd(42)} ${'seconds'.padStart(8)} ${'docs/min'.padStart(9)} ${'pages/min'.padStart(10)}`,
    );
    for (const [name, run] of rows) {
      console.log(
        `${name.padEnd(42)} ${run.seconds.toFixed(1).padStart(8)} ${perMinute(run.docs, run.seconds).padStart(9)} ${perMinute(run.pages, run.seconds).padStart(10)}`,
      );
    }
    console.log(
      `OCR pages per run: ${embedded.pages} embedded, ${oneProcess.pages} and ${twoProcesses.pages} through the queue`,
    );
    console.log(
      `two processes / one process: ${(oneProcess.seconds / twoProcesses.seconds).toFixed(2)}x (target >= 1.8x)`,
    );
    console.log(
      `what two OCR threads give in one process on this machine: ${(embedded.seconds / ceiling.seconds).toFixed(2)}x`,
    );
    const overhead = ((oneProcess.seconds - embedded.seconds) / embedded.seconds) * 100;
    console.log(
      `queue overhead at equal parallelism (1 process vs embedded): ${overhead.toFixed(1)} % (target <= 10 %)`,
    );
  } finally {
    rmSync(input, { recursive: true, force: true });
  }
}
