import { z } from 'zod';

/**
 * Resource limits applied to every input. Archives hold broken and hostile files; these bounds keep one
 * file from taking a batch or a worker down. Every value is documented in the README's "Limits" section.
 */
export const limitsSchema = z.object({
  /**
   * Largest input file accepted.
   * @defaultValue 200 MiB
   */
  maxBytes: z
    .number()
    .int()
    .positive()
    .default(200 * 1024 * 1024),
  /**
   * Most pages a PDF may have.
   * @defaultValue 500
   */
  maxPages: z.number().int().positive().default(500),
  /**
   * Most pixels one page may be rendered or decoded to (width × height). A 300 dpi A4 page is ≈ 8.7 M;
   * an A0 poster at 300 dpi is ≈ 140 M.
   * @defaultValue 60 M
   */
  maxPixelsPerPage: z.number().int().positive().default(60_000_000),
  /**
   * Most pixels one image embedded in a PDF may have before pdf.js leaves it out (the page is then
   * rendered without it, and the record warns). Separate from `maxPixelsPerPage` because a scan is
   * decoded at its own resolution and then rendered down: a 600 dpi A3 scan is ≈ 70 M pixels, a
   * 1200 dpi A4 one ≈ 139 M. Decoding costs about one to three bytes per pixel, outside the sandbox
   * thread's heap limit.
   * @defaultValue 150 M
   */
  maxImagePixels: z.number().int().positive().default(150_000_000),
  /**
   * Most bytes a DOCX may decompress to, all parts together.
   * @defaultValue 256 MiB
   */
  maxDecompressedBytes: z
    .number()
    .int()
    .positive()
    .default(256 * 1024 * 1024),
  /**
   * Largest compression ratio accepted for one DOCX part; real Word XML compresses ≈ 5–20×.
   * @defaultValue 200
   */
  maxCompressionRatio: z.number().positive().default(200),
  /**
   * Longest text a document may yield, in characters (≈ 1,000 dense pages).
   * @defaultValue 3,000,000
   */
  maxTextChars: z.number().int().positive().default(3_000_000),
  /**
   * Longest OCR of one page; the OCR worker is killed and replaced, the page gets `E_OCR_TIMEOUT`.
   * @defaultValue 60 s
   */
  ocrPageTimeoutMs: z.number().int().positive().default(60_000),
  /**
   * Longest parse or render step of one file in the sandbox thread before it is killed.
   * @defaultValue 60 s
   */
  parseTimeoutMs: z.number().int().positive().default(60_000),
  /**
   * Heap limit of a sandbox thread that parses or renders one file.
   * @defaultValue 1024 MiB
   */
  parseMemoryMb: z.number().int().positive().default(1024),
});
export type Limits = z.infer<typeof limitsSchema>;

/** The default limits, for callers that configure nothing. */
export const defaultLimits: Limits = limitsSchema.parse({});
