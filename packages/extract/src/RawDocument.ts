import { mediaTypeSchema, pageMethodSchema, textLayerVerdictSchema, warningSchema } from '@skryba/schema';
import { z } from 'zod';

/**
 * What parsing a file yields before any OCR: one entry per page with the text it already carries
 * (PDF text layer, DOCX, plain text) or null (images). It crosses the sandbox-thread boundary, hence zod.
 */
export const rawDocumentSchema = z.object({
  mediaType: mediaTypeSchema,
  pages: z.array(z.object({ index: z.number().int().nonnegative(), text: z.string().nullable() })),
  warnings: z.array(warningSchema),
  /** Plain text only: the encoding it was decoded from. */
  encoding: z.string().optional(),
});
export type RawDocument = z.infer<typeof rawDocumentSchema>;

/** A page's final text and how it was obtained. */
export const extractedPageSchema = z.object({
  index: z.number().int().nonnegative(),
  method: pageMethodSchema,
  text: z.string(),
  ocrConfidence: z.number().min(0).max(1).optional(),
  textLayer: z
    .object({
      score: z.number().min(0).max(1),
      verdict: textLayerVerdictSchema,
      action: z.enum(['kept', 'repaired', 'ocr']),
    })
    .optional(),
});
export type ExtractedPage = z.infer<typeof extractedPageSchema>;

export const extractedDocumentSchema = z.object({
  mediaType: mediaTypeSchema,
  pages: z.array(extractedPageSchema),
  warnings: z.array(warningSchema),
  /** True when at least one page was OCR'd (the record's provenance then names the OCR engine). */
  usedOcr: z.boolean(),
});
export type ExtractedDocument = z.infer<typeof extractedDocumentSchema>;
