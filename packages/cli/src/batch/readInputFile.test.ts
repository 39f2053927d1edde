import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readInputFile } from './readInputFile.ts';

describe('readInputFile', () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'skryba-read-'));

  it('reads a regular file', async () => {
    writeFileSync(path.join(folder, 'a.txt'), 'Ala ma kota.');
    expect(Buffer.from(await readInputFile(path.join(folder, 'a.txt'), 100)).toString()).toBe('Ala ma kota.');
  });

  it('refuses a FIFO at once instead of waiting for a writer', async () => {
    const fifo = path.join(folder, 'pipe.txt');
    execFileSync('mkfifo', [fifo]);
    const started = Date.now();
    await expect(readInputFile(fifo, 100)).rejects.toMatchObject({ code: 'E_READ_FAILED' });
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('refuses a device and a file over the size limit before reading it', async () => {
    await expect(readInputFile('/dev/zero', 100)).rejects.toMatchObject({ code: 'E_READ_FAILED' });
    writeFileSync(path.join(folder, 'big.txt'), 'x'.repeat(101));
    await expect(readInputFile(path.join(folder, 'big.txt'), 100)).rejects.toMatchObject({
      code: 'E_LIMIT_BYTES',
    });
  });
});
