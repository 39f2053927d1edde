import { randomBytes, randomUUID } from 'node:crypto';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  type IngestOutcome,
  ingestDocument,
  loadTextStages,
  type OpenIngestResources,
  openIngestResources,
  sha256Hex,
} from '@skryba/ingest';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DocumentStore } from './DocumentStore.ts';
import { hexOf } from './documentJobSchema.ts';
import { listDeadLetters } from './listDeadLetters.ts';
import { openQueueClient, type QueueClient } from './openQueueClient.ts';
import { openQueues, type QueueConnection, type QueueSet } from './openQueues.ts';
import { retryDeadLetters } from './retryDeadLetters.ts';
import { serveDashboard } from './serveDashboard.ts';
import { type RunningWorkers, startWorkers } from './startWorkers.ts';
import { dropQueues, testRedisUrl } from './testing/dropQueues.ts';
import { repoRoot, spawnSkryba } from './testing/spawnSkryba.ts';

// Queue semantics with workers in this process (no OCR): failures, retries, dead letters,
// deduplication. Real Redis, a fresh key prefix per test.

const documents = path.join(repoRoot, 'fixtures/documents');
const fixture = (name: string) => readFile(path.join(documents, name)).then((b) => new Uint8Array(b));
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('queue semantics', () => {
  const url = testRedisUrl();
  let connection: QueueConnection;
  let work: string;
  let queues: QueueSet;
  let clients: QueueClient[];
  let workers: RunningWorkers[];
  let log: string[];
  let embedded: OpenIngestResources;

  beforeAll(async () => {
    embedded = openIngestResources({ ocrWorkers: 1, stages: await loadTextStages() });
  });
  afterAll(() => embedded.close());

  beforeEach(async () => {
    connection = { url, prefix: `test-${randomUUID()}` };
    work = await mkdtemp(path.join(tmpdir(), 'skryba-queue-'));
    queues = openQueues(connection, () => undefined);
    clients = [];
    workers = [];
    log = [];
  });

  afterEach(async () => {
    await Promise.all([...clients.map((c) => c.close()), ...workers.map((w) => w.close())]);
    await queues.close();
    await dropQueues(url, connection.prefix);
    await rm(work, { recursive: true, force: true });
  });

  const client = () => {
    const opened = openQueueClient({
      connection,
      store: path.join(work, 'store'),
      out: path.join(work, 'out'),
      pollMs: 500,
    });
    clients.push(opened);
    return opened;
  };
  const start = async (options: { queues?: ('extract' | 'ocr-page' | 'enrich' | 'emit')[] } = {}) => {
    const running = await startWorkers({
      connection,
      concurrency: 1,
      log: (line) => log.push(line),
      ...options,
    });
    workers.push(running);
    return running;
  };
  const input = (bytes: Uint8Array, name: string) => ({
    bytes,
    path: path.join('in', name),
    id: `sha256:${sha256Hex(bytes)}`,
  });

  it('fails poisoned inputs at once, without retries, and keeps processing the rest', async () => {
    const inputs = [
      input((await fixture('004_10b2ab1836c4a002.born-digital.pdf')).subarray(0, 3000), 'truncated.pdf'),
      input(new Uint8Array(0), 'empty.pdf'),
      input(new Uint8Array(randomBytes(4096)), 'noise.bin'),
      input(await fixture('001_e8bd44b07124655c.docx'), 'letter.docx'),
      input(await fixture('003_b45d6cf69d2708ee.txt'), 'notice.txt'),
    ];
    await start();
    const submitter = client();
    const outcomes = await Promise.all(inputs.map((i) => submitter.ingest(i)));
    const expected = await Promise.all(inputs.map((i) => ingestDocument(i, embedded)));
    expect(outcomes).toEqual(expected);
    expect(outcomes.map((o) => (o.status === 'failure' ? o.failure.code : o.status))).toEqual([
      'E_PDF_CORRUPT',
      'E_EMPTY_FILE',
      'E_UNSUPPORTED_TYPE',
      'record',
      'record',
    ]);
    expect(log.filter((line) => line.startsWith('retry'))).toEqual([]);
    expect(await listDeadLetters(queues)).toEqual([]);
  });

  it('processes a document submitted twice at the same time once', async () => {
    await start();
    const document = input(await fixture('000_cd7d5d2b610712f1.docx'), 'twice.docx');
    const [first, second] = await Promise.all([client().ingest(document), client().ingest(document)]);
    expect(second).toEqual(first);
    expect(first.status).toBe('record');
    const hex = hexOf(document.id);
    expect(log.filter((line) => line.startsWith(`done    extract ${hex}`))).toHaveLength(1);
    expect(log.filter((line) => line.startsWith(`done    emit ${hex}`))).toHaveLength(1);
  });

  it('parks a document whose retries are exhausted in the dead-letter queue; `skryba retry` resubmits it', async () => {
    const document = input(await fixture('002_030b25acebc912d6.txt'), 'lost.txt');
    const hex = hexOf(document.id);
    const store = new DocumentStore(path.join(work, 'store'));
    // Every stage but extract runs; the document is submitted, then its stored input vanishes (a
    // shared volume that went away): extract fails on every attempt with a transient error.
    await start({ queues: ['enrich', 'emit'] });
    const submitter = client();
    const outcome = submitter.ingest(document);
    while ((await queues.queue('extract').getWaitingCount()) === 0) await wait(50);
    await store.removeInput(hex);
    await start({ queues: ['extract'] });
    const failed: IngestOutcome = await outcome;
    expect(failed).toMatchObject({
      status: 'failure',
      failure: { code: 'E_RETRIES_EXHAUSTED', id: document.id },
    });
    expect(log.filter((line) => line.startsWith(`retry   extract ${hex}`))).toHaveLength(2);
    const failurePath = path.join(work, 'out', 'failures', `${document.id}.json`);
    expect(JSON.parse(await readFile(failurePath, 'utf8')).code).toBe('E_RETRIES_EXHAUSTED');

    const letters = await listDeadLetters(queues);
    expect(letters.map((l) => [l.document.id, l.stage])).toEqual([[document.id, 'extract']]);
    const listed = spawnSkryba(['failures', '--redis', url, '--prefix', connection.prefix]);
    expect(await listed.exited).toBe(0);
    expect(listed.lines.join('\n')).toContain(`${document.id}  extract`);

    // Without its input it cannot be resubmitted; once the input is back, it can.
    expect(await retryDeadLetters(queues, submitter)).toMatchObject([{ id: document.id, status: 'error' }]);
    await store.putInput(hex, document.bytes);
    const retried = spawnSkryba(['retry', hex.slice(0, 12), '--redis', url, '--prefix', connection.prefix]);
    expect(await retried.exited, retried.lines.join('\n')).toBe(0);
    const recordPath = path.join(work, 'out', `${document.id}.json`);
    for (let i = 0; i < 300 && !(await stat(recordPath).catch(() => null)); i++) await wait(100);
    const record = JSON.parse(await readFile(recordPath, 'utf8'));
    const expected = await ingestDocument(document, embedded);
    expect(expected.status === 'record' && record).toEqual(expected.status === 'record' && expected.record);
    await expect(stat(failurePath)).rejects.toThrow();
    expect(await listDeadLetters(queues)).toEqual([]);
  });

  it('`skryba ingest --no-wait` only enqueues; the workers write the outcomes', async () => {
    const dir = path.join(work, 'in');
    await mkdir(dir);
    const names = ['001_e8bd44b07124655c.cp1250.txt', '004_10b2ab1836c4a002.docx'];
    for (const name of names) await copyFile(path.join(documents, name), path.join(dir, name));
    const out = path.join(work, 'out');
    const submitted = spawnSkryba([
      'ingest',
      dir,
      '--out',
      out,
      '--redis',
      url,
      '--prefix',
      connection.prefix,
      '--no-wait',
    ]);
    expect(await submitted.exited, submitted.lines.join('\n')).toBe(0);
    expect(submitted.lines.filter((line) => line.startsWith('queued '))).toHaveLength(2);
    expect(await readdir(out).catch(() => [])).not.toContainEqual(expect.stringMatching(/\.json$/));
    await start();
    const expected = await Promise.all(
      names.map(async (name) => ingestDocument(input(await fixture(name), name), embedded)),
    );
    for (const outcome of expected) {
      if (outcome.status !== 'record') throw new Error('fixture should give a record');
      const recordPath = path.join(out, `${outcome.record.id}.json`);
      for (let i = 0; i < 300 && !(await stat(recordPath).catch(() => null)); i++) await wait(100);
      expect(JSON.parse(await readFile(recordPath, 'utf8'))).toEqual(outcome.record);
    }
  });

  it('serves Bull Board over the stage queues and the dead-letter queue', async () => {
    const dashboard = await serveDashboard({ connection, port: 0 });
    try {
      const response = await fetch(new URL('api/queues', dashboard.url));
      expect(response.status).toBe(200);
      const body = (await response.json()) as { queues: { name: string }[] };
      expect(body.queues.map((q) => q.name).sort()).toEqual([
        'dead-letter',
        'emit',
        'enrich',
        'extract',
        'ocr-page',
      ]);
      expect(dashboard.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    } finally {
      await dashboard.close();
    }
  });
});
