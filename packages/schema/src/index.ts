export type { ErrorCode, WarningCode } from './errorCodes.ts';
export { errorCodeSchema, warningCodeSchema } from './errorCodes.ts';
export type { FailureReport } from './failureReport.ts';
export { failureReportSchema } from './failureReport.ts';
export type {
  Contacts,
  DateMention,
  DateRole,
  DocumentType,
  DocumentTypeLabel,
  Language,
  MediaType,
  Page,
  PageMethod,
  Person,
  Provenance,
  Repair,
  RepairEdit,
  SkrybaRecord,
  Source,
  Venue,
  Warning,
} from './record.ts';
export {
  contactsSchema,
  dateMentionSchema,
  dateRoleSchema,
  documentTypeLabelSchema,
  documentTypeSchema,
  languageSchema,
  mediaTypeSchema,
  pageMethodSchema,
  pageSchema,
  personSchema,
  provenanceSchema,
  recordSchema,
  repairEditSchema,
  repairSchema,
  SCHEMA_VERSION,
  sourceSchema,
  textLayerActionSchema,
  textLayerVerdictSchema,
  venueSchema,
  warningSchema,
} from './record.ts';
export { failureJsonSchema, recordJsonSchema } from './recordJsonSchema.ts';
export { SkrybaError, toSkrybaError } from './SkrybaError.ts';
