import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { createTesseractPool } from './createTesseractPool.ts';
import { decodeImageGray } from './decodeImageGray.ts';

const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../../../fixtures/documents/${name}`, import.meta.url)));

describe('createTesseractPool (real tesseract.js, Polish model, offline)', () => {
  const pool = createTesseractPool({ size: 2, pageTimeoutMs: 60_000 });
  afterAll(() => pool.close());

  it('reads Polish letters from a scan', async () => {
    const image = await decodeImageGray(fixture('003_b45d6cf69d2708ee.scan.png'));
    const result = await pool.recognize({ kind: 'gray', image, dpi: 150 });
    expect(result.text).toContain('Porozmawiajmy o Krakowie');
    expect(result.text).toMatch(/mieszkańców|Ogólnokształcącym/);
    expect(result.confidence).toBeGreaterThan(0.7);
    expect(pool.info).toMatchObject({ engine: 'tesseract.js', model: 'pol 4.0.0_best_int' });
  });

  it('kills a page that overruns its budget, and the next page still works', async () => {
    const impatient = createTesseractPool({ size: 1, pageTimeoutMs: 50 });
    try {
      const image = { kind: 'encoded' as const, bytes: fixture('001_e8bd44b07124655c.scan.tiff'), dpi: null };
      await expect(impatient.recognize(image, { page: 3 })).rejects.toMatchObject({
        code: 'E_OCR_TIMEOUT',
        page: 3,
      });
    } finally {
      await impatient.close();
    }
    const image = await decodeImageGray(fixture('003_b45d6cf69d2708ee.scan.png'));
    await expect(pool.recognize({ kind: 'gray', image, dpi: 150 })).resolves.toMatchObject({
      text: expect.stringContaining('Krakowie'),
    });
  });

  it('replaces the worker it killed: the same pool reads the next page', async () => {
    const single = createTesseractPool({ size: 1, pageTimeoutMs: 60_000 });
    try {
      const image = await decodeImageGray(fixture('003_b45d6cf69d2708ee.scan.png'));
      const page = { kind: 'gray' as const, image, dpi: 150 };
      // 1 ms often expires while the worker is still taking the page's dpi (setParameters): that must
      // reject the page too, not leave a promise pending for ever or rejected with nobody listening.
      for (const timeoutMs of [1, 1, 1, 5]) {
        await expect(single.recognize(page, { page: 0, timeoutMs })).rejects.toMatchObject({
          code: 'E_OCR_TIMEOUT',
          message: expect.stringContaining('the OCR worker was replaced'),
        });
      }
      await expect(single.recognize(page, { page: 1 })).resolves.toMatchObject({
        text: expect.stringContaining('Krakowie'),
      });
    } finally {
      await single.close();
    }
  });
});
