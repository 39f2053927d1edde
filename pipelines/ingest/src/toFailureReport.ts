import { type FailureReport, SCHEMA_VERSION, type Source, toSkrybaError } from '@skryba/schema';

/** The failure report for an input that produced no record; `thrown` is whatever stopped it. */
export function toFailureReport(thrown: unknown, source: Source, inputPath: string): FailureReport {
  const error = toSkrybaError(thrown);
  return {
    schemaVersion: SCHEMA_VERSION,
    id: `sha256:${source.sha256}`,
    code: error.code,
    message: error.message,
    source: { ...source, path: inputPath },
    ...(error.page !== undefined && { page: error.page }),
  };
}
