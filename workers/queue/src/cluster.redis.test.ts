import { randomUUID } from 'node:crypto';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Queue } from 'bullmq';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { redisOptions } from './openQueues.ts';
import { dropQueues, testRedisUrl } from './testing/dropQueues.ts';
import {
  repoRoot,
  type SkrybaProcess,
  spawnSkryba,
  spawnSkrybaWorker,
  stopProcess,
} from './testing/spawnSkryba.ts';
import { type RedisServer, startRedisServer } from './testing/startRedisServer.ts';

// Real worker processes (`skryba worker`) and the real submitting command (`skryba ingest --redis`)
// against a real Redis. OCR is ≈ 3 s a page here, so each batch holds only a few scanned pages.

const documents = path.join(repoRoot, 'fixtures/documents');
const golden = path.join(repoRoot, 'fixtures/golden');

/** Every file under `dir` (the shared store excepted), by relative path, with its bytes. */
async function outputFiles(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    const relative = path.relative(dir, full);
    if (relative.startsWith('.skryba-store')) continue;
    files.set(relative, await readFile(full, 'utf8'));
  }
  return files;
}

/** For each input: its record or failure report, asserting there is exactly one of the two. */
function outcomesById(files: Map<string, string>): Map<string, { kind: 'record' | 'failure'; text: string }> {
  const byId = new Map<string, { kind: 'record' | 'failure'; text: string }>();
  for (const [name, text] of files) {
    expect(name, 'no temporary or stray files in the output folder').toMatch(
      /^(failures\/)?sha256:[0-9a-f]{64}\.json$/,
    );
    const id = path.basename(name, '.json');
    expect(byId.has(id), `${id} has both a record and a failure report`).toBe(false);
    byId.set(id, { kind: name.startsWith('failures/') ? 'failure' : 'record', text });
  }
  return byId;
}

const goldenOf = (fixture: string) => readFile(path.join(golden, `${fixture}.json`), 'utf8');

describe('a cluster of skryba worker processes', () => {
  let prefix: string;
  let work: string;
  let processes: SkrybaProcess[];
  const redis = testRedisUrl();

  beforeEach(async () => {
    prefix = `test-${randomUUID()}`;
    work = await mkdtemp(path.join(tmpdir(), 'skryba-cluster-'));
    await mkdir(path.join(work, 'in'));
    processes = [];
  });

  afterEach(async () => {
    await Promise.all(processes.map((p) => stopProcess(p)));
    await dropQueues(redis, prefix);
    await rm(work, { recursive: true, force: true });
  });

  async function inputs(fixtures: string[], extra: Record<string, Uint8Array> = {}): Promise<string> {
    const dir = path.join(work, 'in');
    for (const fixture of fixtures) await copyFile(path.join(documents, fixture), path.join(dir, fixture));
    for (const [name, bytes] of Object.entries(extra)) await writeFile(path.join(dir, name), bytes);
    return dir;
  }

  /** A PDF cut short: bad input that fails the same way every time (E_PDF_CORRUPT). */
  const poison = async () => ({
    'poisoned.pdf': (await readFile(path.join(documents, '004_10b2ab1836c4a002.born-digital.pdf'))).subarray(
      0,
      3000,
    ),
  });

  it('two worker processes write the same records and failure reports as the embedded path', async () => {
    const dir = await inputs(
      [
        '000_cd7d5d2b610712f1.txt',
        '001_e8bd44b07124655c.docx',
        '003_b45d6cf69d2708ee.born-digital.pdf',
        '000_cd7d5d2b610712f1.scan.jpg',
        '003_b45d6cf69d2708ee.scan.png',
      ],
      await poison(),
    );
    const workers = await Promise.all([1, 2].map(() => spawnSkrybaWorker({ redis, prefix })));
    processes.push(...workers);
    const embedded = spawnSkryba(['ingest', dir, '--out', path.join(work, 'embedded'), '--ocr-workers', '1']);
    const queued = spawnSkryba([
      'ingest',
      dir,
      '--out',
      path.join(work, 'queued'),
      '--redis',
      redis,
      '--prefix',
      prefix,
    ]);
    processes.push(embedded, queued);
    // Exit code 1: one input failed, on both paths.
    expect(await embedded.exited, embedded.lines.join('\n')).toBe(1);
    expect(await queued.exited, queued.lines.join('\n')).toBe(1);

    const expected = await outputFiles(path.join(work, 'embedded'));
    const actual = await outputFiles(path.join(work, 'queued'));
    expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const [name, text] of expected) expect(actual.get(name), name).toBe(text);
    const kinds = [...outcomesById(actual).values()].map((o) => o.kind).sort();
    expect(kinds).toEqual(['failure', 'record', 'record', 'record', 'record', 'record']);
    // Both processes took part.
    for (const worker of workers) expect(worker.lines.some((line) => / done {4}/.test(line))).toBe(true);
  });

  it('a worker killed (-9) mid-batch loses no page: every input ends with exactly one outcome', async () => {
    const multipage = '005_multipage_seeds-000-004.scan.pdf';
    const dir = await inputs(
      [multipage, '004_10b2ab1836c4a002.scan.pdf', '000_cd7d5d2b610712f1.txt'],
      await poison(),
    );
    const lockDurationMs = 3000;
    const [victim, survivor] = await Promise.all(
      [1, 2].map(() => spawnSkrybaWorker({ redis, prefix, lockDurationMs })),
    );
    processes.push(victim!, survivor!);
    const out = path.join(work, 'out');
    const client = spawnSkryba(['ingest', dir, '--out', out, '--redis', redis, '--prefix', prefix]);
    processes.push(client);

    // Kill the victim while it holds an OCR page.
    const pages = new Queue('ocr-page', { connection: redisOptions(redis), prefix });
    try {
      const deadline = Date.now() + 60_000;
      let holding = false;
      while (!holding && Date.now() < deadline) {
        const active = await pages.getActive();
        holding = active.some((job) => job.processedBy?.endsWith(`:${victim!.child.pid}`));
        if (!holding) await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(holding, 'the victim never took an OCR page').toBe(true);
      victim!.child.kill('SIGKILL');
    } finally {
      await pages.close();
    }

    expect(await client.exited, client.lines.join('\n')).toBe(1);
    // The survivor took the victim's jobs back after their lock expired.
    expect(
      survivor!.lines.some((line) => / stalled /.test(line)),
      survivor!.lines.join('\n'),
    ).toBe(true);
    const outcomes = outcomesById(await outputFiles(out));
    expect(outcomes.size).toBe(4);
    const records = [...outcomes.values()].filter((o) => o.kind === 'record').map((o) => o.text);
    expect(records.sort()).toEqual(
      (
        await Promise.all(
          [multipage, '004_10b2ab1836c4a002.scan.pdf', '000_cd7d5d2b610712f1.txt'].map(goldenOf),
        )
      ).sort(),
    );
    const failure = [...outcomes.values()].find((o) => o.kind === 'failure');
    expect(JSON.parse(failure!.text)).toMatchObject({
      code: 'E_PDF_CORRUPT',
      source: { fileName: 'poisoned.pdf' },
    });
  });

  it('SIGTERM lets a worker finish its active job before it exits; nothing is redone', async () => {
    const dir = await inputs(['000_cd7d5d2b610712f1.scan.jpg']);
    const first = await spawnSkrybaWorker({ redis, prefix });
    processes.push(first);
    const out = path.join(work, 'out');
    const client = spawnSkryba(['ingest', dir, '--out', out, '--redis', redis, '--prefix', prefix]);
    processes.push(client);
    const pages = new Queue('ocr-page', { connection: redisOptions(redis), prefix });
    try {
      while ((await pages.getActiveCount()) === 0) await new Promise((resolve) => setTimeout(resolve, 50));
    } finally {
      await pages.close();
    }
    first.child.kill('SIGTERM');
    expect(await first.exited, first.lines.join('\n')).toBe(0);
    const log = first.lines.join('\n');
    expect(log).toMatch(/done {4}ocr-page [0-9a-f]{64}\.p0[\s\S]*\bclosed$/);
    // The rest of the document (join, enrich, emit) is left to the next worker, which redoes nothing.
    const second = await spawnSkrybaWorker({ redis, prefix });
    processes.push(second);
    expect(await client.exited, client.lines.join('\n')).toBe(0);
    expect(second.lines.join('\n')).not.toMatch(/done {4}ocr-page|stalled /);
    const outcomes = outcomesById(await outputFiles(out));
    expect([...outcomes.values()].map((o) => o.text)).toEqual([
      await goldenOf('000_cd7d5d2b610712f1.scan.jpg'),
    ]);
  });

  describe('with a Redis of its own', () => {
    let server: RedisServer;
    beforeEach(async () => {
      server = await startRedisServer();
    });
    afterEach(async () => {
      await Promise.all(processes.map((p) => stopProcess(p)));
      await server.destroy();
    });

    it('rides out a Redis restart in the middle of a batch', async () => {
      const fixtures = [
        '000_cd7d5d2b610712f1.scan.jpg',
        '001_e8bd44b07124655c.docx',
        '002_030b25acebc912d6.txt',
        '003_b45d6cf69d2708ee.born-digital.pdf',
        '004_10b2ab1836c4a002.txt',
      ];
      const dir = await inputs(fixtures);
      const worker = await spawnSkrybaWorker({ redis: server.url, prefix, lockDurationMs: 3000 });
      processes.push(worker);
      const out = path.join(work, 'out');
      const client = spawnSkryba(['ingest', dir, '--out', out, '--redis', server.url, '--prefix', prefix]);
      processes.push(client);

      // Restart once the first outcome is in, while the others (and the OCR page) are under way.
      await client.waitFor(/^ok /, 60_000);
      await server.stop();
      const doneBeforeRestart = client.lines.filter((line) => /^ok /.test(line)).length;
      expect(doneBeforeRestart).toBeLessThan(fixtures.length);
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await server.start();

      expect(await client.exited, client.lines.join('\n')).toBe(0);
      const outcomes = outcomesById(await outputFiles(out));
      expect([...outcomes.values()].map((o) => o.text).sort()).toEqual(
        (await Promise.all(fixtures.map(goldenOf))).sort(),
      );
    });
  });
});
