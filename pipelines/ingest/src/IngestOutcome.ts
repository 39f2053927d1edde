import type { FailureReport, SkrybaRecord } from '@skryba/schema';

/** Every input ends as exactly one of these. */
export type IngestOutcome =
  | { status: 'record'; record: SkrybaRecord }
  | { status: 'failure'; failure: FailureReport };
