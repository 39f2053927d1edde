import { z } from 'zod';
import { failureReportSchema } from './failureReport.ts';
import { recordSchema, SCHEMA_VERSION } from './record.ts';

/** The record's JSON Schema as published in `schema/record.v1.json`. */
export function recordJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(recordSchema, { target: 'draft-2020-12' }),
    $id: `https://skryba.invalid/schema/record.v${SCHEMA_VERSION.split('.')[0]}.json`,
    title: `skryba record ${SCHEMA_VERSION}`,
  };
}

/** The failure report's JSON Schema as published in `schema/failure.v1.json`. */
export function failureJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(failureReportSchema, { target: 'draft-2020-12' }),
    $id: `https://skryba.invalid/schema/failure.v${SCHEMA_VERSION.split('.')[0]}.json`,
    title: `skryba failure report ${SCHEMA_VERSION}`,
  };
}
