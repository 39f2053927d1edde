import { readFileSync } from 'node:fs';
import { limitsSchema } from '@skryba/extract';
import { describe, expect, it } from 'vitest';
import { createSandboxParser } from './createSandboxParser.ts';

const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../../../../fixtures/documents/${name}`, import.meta.url)));

describe('createSandboxParser', () => {
  it('parses in a thread and renders scanned pages to gray', async () => {
    const limits = limitsSchema.parse({});
    const parser = createSandboxParser({ limits, threads: 1 });
    try {
      const raw = await parser.readDocument(fixture('004_10b2ab1836c4a002.scan.pdf'), limits);
      expect(raw).toMatchObject({ mediaType: 'application/pdf', pages: [{ index: 0 }] });
      const source = await parser.openPageImageSource(
        fixture('004_10b2ab1836c4a002.scan.pdf'),
        'application/pdf',
        limits,
      );
      const image = await source.prepare(0, 'if-scanned');
      await source.close();
      expect(image?.kind).toBe('gray');
      if (image?.kind === 'gray') {
        // The scan is a 300 dpi A4 page: rendered at its own resolution, not at pdf.js's 72 dpi default.
        expect(image.image.width).toBeGreaterThan(2400);
        expect(image.image.pixels.length).toBe(image.image.width * image.image.height);
      }
      // A born-digital page carries no scan: nothing to re-OCR when its layer is judged mangled.
      const born = await parser.openPageImageSource(
        fixture('004_10b2ab1836c4a002.born-digital.pdf'),
        'application/pdf',
        limits,
      );
      expect(await born.prepare(0, 'if-scanned')).toBeNull();
      await born.close();
    } finally {
      await parser.close();
    }
  });

  it('stops a request that overruns its time limit and serves the next one with a fresh thread', async () => {
    const hurried = limitsSchema.parse({ parseTimeoutMs: 5 });
    const parser = createSandboxParser({ limits: hurried, threads: 1 });
    try {
      await expect(parser.readDocument(fixture('004_10b2ab1836c4a002.docx'), hurried)).rejects.toMatchObject({
        code: 'E_DOCUMENT_TIMEOUT',
      });
    } finally {
      await parser.close();
    }
    const limits = limitsSchema.parse({});
    const patient = createSandboxParser({ limits, threads: 1 });
    try {
      await expect(patient.readDocument(fixture('004_10b2ab1836c4a002.docx'), limits)).resolves.toMatchObject(
        {
          mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        },
      );
    } finally {
      await patient.close();
    }
  });

  it('carries stable error codes across the thread boundary', async () => {
    const limits = limitsSchema.parse({});
    const parser = createSandboxParser({ limits, threads: 1 });
    try {
      await expect(parser.readDocument(new Uint8Array(), limits)).rejects.toMatchObject({
        code: 'E_EMPTY_FILE',
      });
      const truncated = fixture('004_10b2ab1836c4a002.born-digital.pdf').subarray(0, 300);
      await expect(parser.readDocument(truncated, limits)).rejects.toMatchObject({ code: 'E_PDF_CORRUPT' });
    } finally {
      await parser.close();
    }
  });
});
