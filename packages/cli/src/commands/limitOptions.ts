import type { Limits } from '@skryba/extract';
import type { Command } from 'commander';
import { z } from 'zod';

const BYTE_UNITS: Record<string, number> = {
  '': 1,
  b: 1,
  k: 1024,
  kib: 1024,
  m: 1024 ** 2,
  mib: 1024 ** 2,
  g: 1024 ** 3,
  gib: 1024 ** 3,
};
const TIME_UNITS: Record<string, number> = { '': 1000, ms: 1, s: 1000, m: 60_000, min: 60_000 };

/** A positive whole quantity written as a number and an optional unit from `units`. */
const quantity = (units: Record<string, number>, example: string) =>
  z
    .string()
    .trim()
    .transform((text, context) => {
      const match = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(text);
      const unit = units[match?.[2]?.toLowerCase() ?? ''];
      const value = match && unit ? Math.round(Number(match[1]) * unit) : Number.NaN;
      if (!Number.isSafeInteger(value) || value <= 0) {
        context.addIssue({ code: 'custom', message: `expected ${example}, got "${text}"` });
        return z.NEVER;
      }
      return value;
    });

const count = (example: string) => quantity({ '': 1, k: 1000, m: 1_000_000 }, example);
const bytes = (flag: string) =>
  quantity(BYTE_UNITS, `${flag} as a size such as 200M, 512k or 1048576 (bytes)`);
const duration = (flag: string) => quantity(TIME_UNITS, `${flag} as a duration such as 60s, 500ms or 2m`);

/**
 * The limit flags of `skryba ingest`, each overriding one field of `Limits`
 * (`packages/extract/src/limits.ts`; the README's "Limits" section lists the defaults).
 */
export const limitOptionFields = {
  maxBytes: bytes('--max-bytes').optional(),
  maxPages: count('--max-pages as a whole number such as 500').optional(),
  maxPixels: count('--max-pixels as a pixel count such as 60M or 8700000').optional(),
  maxImagePixels: count('--max-image-pixels as a pixel count such as 150M').optional(),
  maxTextChars: count('--max-text-chars as a character count such as 3M').optional(),
  maxDecompressed: bytes('--max-decompressed').optional(),
  ocrTimeout: duration('--ocr-timeout').optional(),
  parseTimeout: duration('--parse-timeout').optional(),
  parseMemory: count('--parse-memory as MiB such as 1024').optional(),
};

type LimitOptions = { [K in keyof typeof limitOptionFields]?: number };

/** The flags that were given, as the `Limits` fields they set (the others keep their defaults). */
export function limitsFromOptions(options: LimitOptions): Partial<Limits> {
  const limits: Partial<Limits> = {
    maxBytes: options.maxBytes,
    maxPages: options.maxPages,
    maxPixelsPerPage: options.maxPixels,
    maxImagePixels: options.maxImagePixels,
    maxTextChars: options.maxTextChars,
    maxDecompressedBytes: options.maxDecompressed,
    ocrPageTimeoutMs: options.ocrTimeout,
    parseTimeoutMs: options.parseTimeout,
    parseMemoryMb: options.parseMemory,
  };
  return Object.fromEntries(Object.entries(limits).filter(([, value]) => value !== undefined));
}

/** Whether any limit flag was given. */
export const hasLimitOptions = (options: LimitOptions): boolean =>
  Object.keys(limitOptionFields).some((key) => options[key as keyof LimitOptions] !== undefined);

/** Registers the limit flags on a command. */
export function addLimitOptions(command: Command): Command {
  return command
    .option('--max-bytes <size>', 'largest input file, e.g. 200M (default: 200 MiB)')
    .option('--max-pages <n>', 'most pages a PDF may have (default: 500)')
    .option('--max-pixels <n>', 'most pixels one page or image may have, e.g. 60M (default: 60 M)')
    .option(
      '--max-image-pixels <n>',
      'most pixels an image inside a PDF may have, e.g. 150M (default: 150 M)',
    )
    .option('--max-text-chars <n>', 'longest text one document may yield, e.g. 3M (default: 3 M)')
    .option('--max-decompressed <size>', 'most bytes a DOCX may inflate to (default: 256 MiB)')
    .option('--ocr-timeout <duration>', 'longest OCR of one page, e.g. 60s (default: 60 s)')
    .option('--parse-timeout <duration>', 'longest parse or render step of one file (default: 60 s)')
    .option('--parse-memory <MiB>', 'heap limit of a sandbox thread that parses a file (default: 1024)');
}
