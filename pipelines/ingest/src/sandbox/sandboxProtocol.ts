import { limitsSchema, rawDocumentSchema } from '@skryba/extract';
import { errorCodeSchema, mediaTypeSchema } from '@skryba/schema';
import { z } from 'zod';

// `z.instanceof` would narrow to Uint8Array<ArrayBuffer>; shared and transferred buffers are ArrayBufferLike.
const bytes = z.custom<Uint8Array>((value) => value instanceof Uint8Array, 'expected bytes');

/** Messages from the main thread to a sandbox thread. Document bytes travel as a shared buffer view. */
export const sandboxRequestSchema = z.discriminatedUnion('op', [
  z.object({ id: z.number(), op: z.literal('read'), bytes, limits: limitsSchema }),
  z.object({
    id: z.number(),
    op: z.literal('prepare'),
    /** Identifies the document so the thread can keep it open between its pages. */
    sourceId: z.string(),
    bytes,
    mediaType: mediaTypeSchema,
    limits: limitsSchema,
    page: z.number().int().nonnegative(),
    mode: z.enum(['always', 'if-scanned']),
  }),
  z.object({ id: z.number(), op: z.literal('release'), sourceId: z.string() }),
]);
export type SandboxRequest = z.infer<typeof sandboxRequestSchema>;

export const ocrImageSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('gray'),
    image: z.object({
      width: z.number().int().positive(),
      height: z.number().int().positive(),
      pixels: bytes,
    }),
    dpi: z.number().nullable(),
  }),
  z.object({ kind: z.literal('encoded'), bytes, dpi: z.number().nullable() }),
]);

export const sandboxErrorSchema = z.object({
  code: errorCodeSchema,
  message: z.string(),
  page: z.number().int().nonnegative().optional(),
});

/** Replies from a sandbox thread. */
export const sandboxResponseSchema = z.union([
  z.object({ id: z.number(), ok: z.literal(true), op: z.literal('read'), value: rawDocumentSchema }),
  z.object({
    id: z.number(),
    ok: z.literal(true),
    op: z.literal('prepare'),
    value: ocrImageSchema.nullable(),
  }),
  z.object({ id: z.number(), ok: z.literal(true), op: z.literal('release'), value: z.null() }),
  z.object({ id: z.number(), ok: z.literal(false), error: sandboxErrorSchema }),
]);
export type SandboxResponse = z.infer<typeof sandboxResponseSchema>;
