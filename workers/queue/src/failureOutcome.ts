import { type IngestOutcome, toFailureReport } from '@skryba/ingest';
import { SkrybaError } from '@skryba/schema';
import type { StageFailure } from './DocumentStore.ts';
import type { DocumentJob } from './documentJobSchema.ts';

/** The failure report for a document, built exactly as the embedded pipeline builds it. */
export function failureOutcome(failure: StageFailure, document: DocumentJob): IngestOutcome {
  const error = new SkrybaError(failure.code, failure.message, { page: failure.page });
  return { status: 'failure', failure: toFailureReport(error, document.source, document.path) };
}
