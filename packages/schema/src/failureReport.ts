import { z } from 'zod';
import { errorCodeSchema } from './errorCodes.ts';
import { SCHEMA_VERSION, sourceSchema } from './record.ts';

/** What `failures/<id>.json` holds for an input that produced no record. */
export const failureReportSchema = z.object({
  schemaVersion: z.string(),
  /** `sha256:<hex>` of the bytes, or of the path when the file could not be read at all. */
  id: z.string().regex(/^sha256:[0-9a-f]{64}$/),
  code: errorCodeSchema,
  /** One or two sentences a person understands: what is wrong and, when known, what to do. */
  message: z.string(),
  source: sourceSchema.extend({
    /** The path as given on the command line or found in a folder walk. */
    path: z.string(),
  }),
  /** 0-based page the failure concerns, when it concerns one. */
  page: z.number().int().nonnegative().optional(),
});
export type FailureReport = z.infer<typeof failureReportSchema>;

export { SCHEMA_VERSION };
