import { z } from 'zod';

/**
 * Every outcome that is not a clean record carries one of these codes. They are a public contract:
 * failure reports, record warnings and job results use them, so a code is never renamed or reused.
 */
export const errorCodeSchema = z.enum([
  /** The bytes are none of the supported kinds (PDF, DOCX, PNG, JPEG, TIFF, text). */
  'E_UNSUPPORTED_TYPE',
  /** The file has zero bytes. */
  'E_EMPTY_FILE',
  /** The file could not be read (permissions, vanished, not a regular file). */
  'E_READ_FAILED',
  /** The path was refused: it leaves the input folder (symlink, `..`). */
  'E_PATH_REJECTED',
  /** The file is larger than `limits.maxBytes`. */
  'E_LIMIT_BYTES',
  /** The PDF has more pages than `limits.maxPages`. */
  'E_LIMIT_PAGES',
  /** An image or page render would exceed `limits.maxPixelsPerPage`. */
  'E_LIMIT_PIXELS',
  /** Extracted text is longer than `limits.maxTextChars`. */
  'E_LIMIT_TEXT',
  /** The PDF needs a password. */
  'E_PDF_ENCRYPTED',
  /** The PDF is damaged beyond what pdf.js can recover. */
  'E_PDF_CORRUPT',
  /** The DOCX is not a valid Word document (not a zip, missing parts, bad XML). */
  'E_DOCX_INVALID',
  /** A DOCX or PDF would decompress beyond `limits.maxDecompressedBytes`, or its compression ratio is absurd. */
  'E_ZIP_BOMB',
  /** The image cannot be decoded. */
  'E_IMAGE_CORRUPT',
  /** OCR of a page took longer than `limits.ocrPageTimeoutMs`; the OCR worker was replaced. */
  'E_OCR_TIMEOUT',
  /** The OCR engine failed on a page. */
  'E_OCR_FAILED',
  /** Parsing or processing the file took longer than its time limit; the work was stopped. */
  'E_DOCUMENT_TIMEOUT',
  /** Parsing the file needed more memory than `limits.parseMemoryMb`; the sandbox thread was stopped. */
  'E_LIMIT_MEMORY',
  /** A job exhausted its retries in the queue (transient errors that never cleared). */
  'E_RETRIES_EXHAUSTED',
  /** A bug: something failed that should not. The message carries the original error. */
  'E_INTERNAL',
]);
export type ErrorCode = z.infer<typeof errorCodeSchema>;

/**
 * Warnings describe something the record's reader should know; the document still has a record.
 * Page-level failures (one page's OCR timed out) reuse the error code with the page index.
 */
export const warningCodeSchema = z.enum([
  'W_PAGE_BLANK',
  'W_OCR_LOW_CONFIDENCE',
  'W_TEXT_LAYER_REPLACED',
  'W_TEXT_ENCODING_LEGACY',
  'W_PDF_JAVASCRIPT_IGNORED',
  'W_DOCX_EXTERNAL_LINKS_IGNORED',
  'W_LANGUAGE_UNCERTAIN',
  'E_OCR_TIMEOUT',
  'E_OCR_FAILED',
  'E_LIMIT_PIXELS',
  'E_PDF_CORRUPT',
]);
export type WarningCode = z.infer<typeof warningCodeSchema>;
