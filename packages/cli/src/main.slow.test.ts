import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');
const skryba = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'packages/cli/src/main.ts'), ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, REDIS_URL: '' },
  });

describe('skryba CLI (a real process)', () => {
  it('exits 2 on usage errors', () => {
    expect(skryba('ingest', 'fixtures/documents').status).toBe(2);
    expect(skryba('ingest', '--out', '/tmp/x').status).toBe(2);
    expect(skryba('no-such-command').status).toBe(2);
  });

  it('prints the JSON Schema', () => {
    const result = skryba('schema');
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).properties.documentType).toBeDefined();
  });

  it('exits 0 when every input has a record, streams NDJSON, and exits 1 when one fails', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'skryba-cli-'));
    const ok = skryba(
      'ingest',
      'fixtures/documents/001_e8bd44b07124655c.txt',
      'fixtures/documents/004_10b2ab1836c4a002.docx',
      '--format',
      'ndjson',
    );
    expect(ok.status).toBe(0);
    const lines = ok.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.map((r) => r.source.fileName)).toEqual(
      expect.arrayContaining(['001_e8bd44b07124655c.txt', '004_10b2ab1836c4a002.docx']),
    );
    expect(ok.stderr).toMatch(/records\s+2/);
    const failed = skryba('ingest', 'fixtures/documents/001_e8bd44b07124655c.txt', '/dev/null', '--out', out);
    expect(failed.status).toBe(1);
    expect(readdirSync(path.join(out, 'failures'))).toHaveLength(1);
  });
});

describe('skryba repair (a real process)', () => {
  it('repairs wrong-model OCR from a file and prints the edits as JSON', () => {
    const result = skryba('repair', 'fixtures/seeds/002_030b25acebc912d6.txt', '--json');
    expect(result.status).toBe(0);
    const { text, applied, edits } = JSON.parse(result.stdout);
    expect(applied).toBe(true);
    expect(text).toContain('konsultacje społeczne w Krakowie');
    expect(edits.length).toBeGreaterThan(50);
  });

  it('leaves correct text as it is', () => {
    const result = skryba('repair', 'fixtures/seeds/004_10b2ab1836c4a002.txt');
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(
      readFileSync(path.join(root, 'fixtures/seeds/004_10b2ab1836c4a002.txt'), 'utf8'),
    );
  });
});
