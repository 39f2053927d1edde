import { sourceSchema } from '@skryba/schema';
import { z } from 'zod';

/**
 * What every stage job of one document carries: references, never the document's bytes (they are in
 * the shared store, under a name derived from their hash). `store` and `out` are absolute paths that
 * every worker must see at the same place (a shared volume).
 */
export const documentJobSchema = z.object({
  /** `sha256:<hex>` of the input bytes: the record's id, and (its hex) every job id of the document. */
  id: z.string().regex(/^sha256:[0-9a-f]{64}$/),
  /** The path as given on the command line or found in a folder walk; it enters failure reports. */
  path: z.string(),
  /** The record's `source`, described from the bytes by the submitter. */
  source: sourceSchema,
  /** Shared store: inputs and intermediate results ({@link DocumentStore}). */
  store: z.string().min(1),
  /** Output folder: records and failure reports (`OutputDirectory`). */
  out: z.string().min(1),
});
export type DocumentJob = z.infer<typeof documentJobSchema>;

/** The hex part of a document id: job ids and store names use it (BullMQ ids cannot contain `:`). */
export const hexOf = (id: string): string => id.slice('sha256:'.length);

/** The document fields of any stage payload (stage payloads extend {@link documentJobSchema}). */
export const documentOf = (payload: DocumentJob): DocumentJob => documentJobSchema.parse(payload);
