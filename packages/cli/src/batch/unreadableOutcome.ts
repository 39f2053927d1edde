import path from 'node:path';
import { type IngestOutcome, sha256Hex, toFailureReport } from '@skryba/ingest';
import type { SkrybaError } from '@skryba/schema';

/**
 * The outcome of an input that could not even be read (rejected path, unreadable file): there are
 * no bytes to hash, so its id hashes the path. Embedded and queued batches give the same report.
 */
export function unreadableOutcome(entryPath: string, error: SkrybaError): IngestOutcome {
  const source = {
    fileName: path.basename(entryPath),
    mediaType: null,
    bytes: 0,
    sha256: sha256Hex(`path:${entryPath}`),
  };
  return { status: 'failure', failure: toFailureReport(error, source, entryPath) };
}
