import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DocumentStore } from './DocumentStore.ts';

const hex = 'cd'.repeat(32);

describe('DocumentStore', () => {
  let root: string;
  let store: DocumentStore;
  beforeEach(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'skryba-store-'));
    store = new DocumentStore(root);
  });
  afterEach(() => rm(root, { recursive: true, force: true }));

  it('stores inputs under their hash and leaves no temporary files', async () => {
    await store.putInput(hex, new Uint8Array([1, 2, 3]));
    await store.putInput(hex, new Uint8Array([1, 2, 3]));
    expect([...(await store.readInput(hex))]).toEqual([1, 2, 3]);
    expect(await readdir(path.join(root, 'inputs'))).toEqual([hex]);
    await store.removeInput(hex);
    expect(await store.hasInput(hex)).toBe(false);
  });

  it('refuses names that are not hashes (no path ever comes from a payload)', () => {
    expect(() => store.inputPath('../../etc/passwd')).toThrow();
    expect(() => store.workPath('AB'.repeat(32), 'plan')).toThrow();
  });

  it('reads back what a stage wrote, validated, and null for what it did not', async () => {
    const schema = z.object({ pages: z.number() });
    expect(await store.readWork(hex, 'plan', schema)).toBeNull();
    await store.writeWork(hex, 'plan', { pages: 3 });
    expect(await store.readWork(hex, 'plan', schema)).toEqual({ pages: 3 });
    await store.writeWork(hex, 'plan', { pages: 'three' });
    await expect(store.readWork(hex, 'plan', schema)).rejects.toThrow();
  });

  it('keeps the first failure: later stages report the same cause', async () => {
    const first = await store.writeFailureOnce(hex, { code: 'E_PDF_CORRUPT', message: 'damaged', page: 2 });
    const second = await store.writeFailureOnce(hex, { code: 'E_RETRIES_EXHAUSTED', message: 'gave up' });
    expect(first).toEqual({ code: 'E_PDF_CORRUPT', message: 'damaged', page: 2 });
    expect(second).toEqual(first);
    expect(JSON.parse(await readFile(store.workPath(hex, 'failure'), 'utf8')).code).toBe('E_PDF_CORRUPT');
    expect(
      (await readdir(path.dirname(store.workPath(hex, 'failure')))).filter((n) => n.endsWith('.tmp')),
    ).toEqual([]);
  });

  it('prunes bulky results but keeps what makes re-runs idempotent; clears everything for a new run', async () => {
    await store.writeWork(hex, 'extraction', {});
    await store.writeWork(hex, 'emitted', {});
    await store.writeFailureOnce(hex, { code: 'E_OCR_FAILED', message: 'x' });
    await store.pruneWork(hex);
    expect((await readdir(path.join(root, 'work', hex))).sort()).toEqual(['emitted.json', 'failure.json']);
    await store.clearWork(hex);
    expect(await readdir(path.join(root, 'work'))).toEqual([]);
  });
});
