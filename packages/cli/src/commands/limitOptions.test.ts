import { describe, expect, it } from 'vitest';
import { ingestOptionsSchema } from './ingestOptions.ts';
import { limitsFromOptions } from './limitOptions.ts';

const parse = (raw: Record<string, unknown>) => ingestOptionsSchema.safeParse({ out: '/tmp/out', ...raw });

describe('limit options of skryba ingest', () => {
  it('reads sizes, counts and durations with units into Limits fields', () => {
    const parsed = parse({
      maxBytes: '2M',
      maxPages: '10',
      maxPixels: '8.7M',
      maxImagePixels: '150M',
      maxDecompressed: '512k',
      ocrTimeout: '1500ms',
      parseTimeout: '2m',
      parseMemory: '256',
    });
    expect(parsed.success).toBe(true);
    expect(limitsFromOptions(parsed.data!)).toEqual({
      maxBytes: 2 * 1024 * 1024,
      maxPages: 10,
      maxPixelsPerPage: 8_700_000,
      maxImagePixels: 150_000_000,
      maxDecompressedBytes: 512 * 1024,
      ocrPageTimeoutMs: 1500,
      parseTimeoutMs: 120_000,
      parseMemoryMb: 256,
    });
    // A plain number of seconds; the flags not given stay out, so their defaults apply.
    expect(limitsFromOptions(parse({ ocrTimeout: '30' }).data!)).toEqual({ ocrPageTimeoutMs: 30_000 });
  });

  it.each([
    [{ maxPages: '0' }, '--max-pages'],
    [{ maxPages: '-3' }, '--max-pages'],
    [{ maxBytes: 'lots' }, '--max-bytes'],
    [{ ocrTimeout: '5 hours' }, '--ocr-timeout'],
    [{ maxPages: '5', redis: 'redis://127.0.0.1:6379' }, 'with --redis'],
  ])('refuses %o', (raw, mention) => {
    const parsed = parse(raw);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => issue.message).join('; ')).toContain(mention);
  });
});
