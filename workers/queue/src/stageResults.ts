import type { OcrEngineInfo, PageOcrOutcome, PagePlan } from '@skryba/extract';
import { extractedDocumentSchema, rawDocumentSchema } from '@skryba/extract';
import type { IngestOutcome } from '@skryba/ingest';
import { errorCodeSchema, failureReportSchema, recordSchema, warningCodeSchema } from '@skryba/schema';
import { z } from 'zod';

// What one stage hands the next, through the store or as a job's return value. Each crosses a
// process boundary (often a machine boundary), so each is parsed where it is read.

const judgementSchema = z.looseObject({
  score: z.number().min(0).max(1),
  verdict: z.enum(['usable', 'mangled', 'empty']),
});

export const pagePlanSchema: z.ZodType<PagePlan> = z.discriminatedUnion('kind', [
  z.object({
    index: z.number().int().nonnegative(),
    kind: z.literal('text'),
    text: z.string(),
    judgement: judgementSchema.optional(),
  }),
  z.object({
    index: z.number().int().nonnegative(),
    kind: z.literal('ocr'),
    mode: z.enum(['always', 'if-scanned']),
    layerText: z.string().nullable(),
    judgement: judgementSchema.optional(),
  }),
]);

/** `work/<hex>/plan.json`: the parsed file and the per-page decision (extract step 1). */
export const planFileSchema = z.object({ raw: rawDocumentSchema, plans: z.array(pagePlanSchema) });

export const ocrEngineInfoSchema: z.ZodType<OcrEngineInfo> = z.object({
  engine: z.string(),
  engineVersion: z.string(),
  model: z.string(),
});

export const pageOcrOutcomeSchema: z.ZodType<PageOcrOutcome> = z.union([
  z.null(),
  z.object({ error: z.object({ code: warningCodeSchema, message: z.string() }) }),
  z.object({ text: z.string(), confidence: z.number().min(0).max(1) }),
]);

/** What an `ocr-page` job returns (small: a page of text), read by its parent when it joins. */
export const ocrPageResultSchema = z.object({
  page: z.number().int().nonnegative(),
  outcome: pageOcrOutcomeSchema,
  engine: ocrEngineInfoSchema,
});
export type OcrPageResult = z.infer<typeof ocrPageResultSchema>;

/** `work/<hex>/extraction.json`: the pages' final text, and the engine that OCR'd them if any. */
export const extractionFileSchema = z.object({
  extracted: extractedDocumentSchema,
  ocr: ocrEngineInfoSchema.nullable(),
});

/** `work/<hex>/outcome.json`: the record or failure report the emit step writes. */
export const ingestOutcomeSchema: z.ZodType<IngestOutcome> = z.discriminatedUnion('status', [
  z.object({ status: z.literal('record'), record: recordSchema }),
  z.object({ status: z.literal('failure'), failure: failureReportSchema }),
]);

/** What the emit job (the root of a document's jobs) returns: where the outcome went. */
export const emitResultSchema = z.object({
  status: z.enum(['record', 'failure']),
  id: z.string(),
  code: errorCodeSchema.optional(),
  file: z.string(),
});
export type EmitResult = z.infer<typeof emitResultSchema>;
