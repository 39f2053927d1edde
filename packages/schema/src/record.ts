import { z } from 'zod';
import { warningCodeSchema } from './errorCodes.ts';

/** Semver of the record format. Minor: fields added; major: fields renamed, removed or retyped. */
export const SCHEMA_VERSION = '1.0.0';

const offset = z.number().int().nonnegative();
/** Offsets are UTF-16 code unit indices into `record.text`, `end` exclusive (JavaScript `slice`). */
const span = { start: offset, end: offset };

export const mediaTypeSchema = z.enum([
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'image/png',
  'image/jpeg',
  'image/tiff',
  'text/plain',
]);
export type MediaType = z.infer<typeof mediaTypeSchema>;

export const sourceSchema = z.object({
  /** Base name of the input file as it was given (directories are not part of the record). */
  fileName: z.string(),
  /** Detected from the bytes, not the extension; null when the bytes are of no supported kind. */
  mediaType: mediaTypeSchema.nullable(),
  bytes: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type Source = z.infer<typeof sourceSchema>;

export const pageMethodSchema = z.enum(['text-layer', 'ocr', 'docx', 'plain']);
export type PageMethod = z.infer<typeof pageMethodSchema>;

export const textLayerVerdictSchema = z.enum(['usable', 'mangled', 'empty']);
export const textLayerActionSchema = z.enum(['kept', 'repaired', 'ocr']);

export const pageSchema = z.object({
  /** 0-based page number. */
  index: z.number().int().nonnegative(),
  method: pageMethodSchema,
  /** Mean OCR word confidence, 0..1; present only when the page was OCR'd. */
  ocrConfidence: z.number().min(0).max(1).optional(),
  /** Characters of this page in `text`. */
  chars: z.number().int().nonnegative(),
  ...span,
  /** PDF pages only: how the existing text layer was judged and what was done about it. */
  textLayer: z
    .object({
      /** 0..1, share of the layer's words that read as correct text. */
      score: z.number().min(0).max(1),
      verdict: textLayerVerdictSchema,
      action: textLayerActionSchema,
    })
    .optional(),
});
export type Page = z.infer<typeof pageSchema>;

export const languageBlockSchema = z.object({
  ...span,
  code: z.string(),
  confidence: z.number().min(0).max(1),
});
export const languageSchema = z.object({
  /** ISO 639-3 (`pol`, `eng`, `deu`, `ces`, …); `und` when the text is too short to tell. */
  code: z.string(),
  /** Estimated probability that `code` is right, 0..1 (calibrated, not franc's raw score). */
  confidence: z.number().min(0).max(1),
  blocks: z.array(languageBlockSchema),
});
export type Language = z.infer<typeof languageSchema>;

export const repairEditSchema = z.object({
  /** Span of `after` in the final `text`. */
  ...span,
  before: z.string(),
  after: z.string(),
  confidence: z.number().min(0).max(1),
});
export type RepairEdit = z.infer<typeof repairEditSchema>;
export const repairSchema = z.object({
  applied: z.boolean(),
  edits: z.array(repairEditSchema),
});
export type Repair = z.infer<typeof repairSchema>;

export const documentTypeLabelSchema = z.enum([
  'announcement',
  'invitation',
  'consultation',
  'letter',
  'session_notice',
  'legal_act',
  'other',
]);
export type DocumentTypeLabel = z.infer<typeof documentTypeLabelSchema>;
export const evidenceSchema = z.object({
  /** `rule`: a phrase in the text; `classifier`: the statistical model's vote. */
  source: z.enum(['rule', 'classifier']),
  label: documentTypeLabelSchema,
  /** The phrase as it appears in `text`, or a short description of the classifier's vote. */
  text: z.string(),
  start: offset.optional(),
  end: offset.optional(),
  weight: z.number(),
});
export const documentTypeSchema = z.object({
  label: documentTypeLabelSchema,
  confidence: z.number().min(0).max(1),
  evidence: z.array(evidenceSchema),
});
export type DocumentType = z.infer<typeof documentTypeSchema>;

export const dateRoleSchema = z.enum(['document', 'event', 'deadline', 'period', 'mentioned']);
export type DateRole = z.infer<typeof dateRoleSchema>;
export const dateMentionSchema = z.object({
  text: z.string(),
  ...span,
  /** `YYYY-MM-DD`, a range `start/end`, or `--MM-DD` when the text does not fix the year. */
  iso: z.string(),
  /** `HH:MM`, a range `HH:MM/HH:MM`, or null. */
  time: z.string().nullable(),
  role: dateRoleSchema,
});
export type DateMention = z.infer<typeof dateMentionSchema>;

export const venueSchema = z.object({
  text: z.string(),
  ...span,
  /** Street or square with its number as written, or null. */
  address: z.string().nullable(),
});
export type Venue = z.infer<typeof venueSchema>;

export const personSchema = z.object({
  /** As written in the text. */
  name: z.string(),
  /** The name in the nominative case (`Dominika Jaśkowca` → `Dominik Jaśkowiec`). */
  nominative: z.string(),
  role: z.string().nullable(),
  ...span,
});
export type Person = z.infer<typeof personSchema>;

export const contactsSchema = z.object({
  emails: z.array(z.string()),
  phones: z.array(z.string()),
  urls: z.array(z.string()),
});
export type Contacts = z.infer<typeof contactsSchema>;

export const warningSchema = z.object({
  code: warningCodeSchema,
  message: z.string(),
  page: z.number().int().nonnegative().optional(),
});
export type Warning = z.infer<typeof warningSchema>;

export const provenanceSchema = z.object({
  pipelineVersion: z.string(),
  /** Null when no page was OCR'd. */
  ocr: z.object({ engine: z.string(), engineVersion: z.string(), model: z.string() }).nullable(),
  /** Null when repair did not run (nothing needed it or no lexicon was loaded). */
  lexiconVersion: z.string().nullable(),
  repairModelVersion: z.string().nullable(),
  classifierVersion: z.string().nullable(),
});
export type Provenance = z.infer<typeof provenanceSchema>;

export const recordSchema = z.object({
  schemaVersion: z.string().regex(/^\d+\.\d+\.\d+$/),
  /** `sha256:<hex>` of the source bytes: the same file always gets the same id. */
  id: z.string().regex(/^sha256:[0-9a-f]{64}$/),
  source: sourceSchema,
  pages: z.array(pageSchema),
  language: languageSchema,
  /** The final text; every offset in the record points into it. */
  text: z.string(),
  repair: repairSchema,
  documentType: documentTypeSchema,
  title: z.string().nullable(),
  dates: z.array(dateMentionSchema),
  venues: z.array(venueSchema),
  signatories: z.array(personSchema),
  addressees: z.array(personSchema),
  peopleMentioned: z.array(personSchema),
  referenceNumbers: z.array(z.string()),
  contacts: contactsSchema,
  warnings: z.array(warningSchema),
  provenance: provenanceSchema,
});
export type SkrybaRecord = z.infer<typeof recordSchema>;
