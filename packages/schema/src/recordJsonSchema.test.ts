import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { publishedSchemaPath } from './publishedSchemaPath.ts';
import { failureJsonSchema, recordJsonSchema } from './recordJsonSchema.ts';

describe('published JSON Schemas', () => {
  it.each([
    ['record', recordJsonSchema],
    ['failure', failureJsonSchema],
  ] as const)(
    'schema/%s.v1.json matches the zod schema (run pnpm schema:update after changing it)',
    (kind, make) => {
      const published = JSON.parse(readFileSync(publishedSchemaPath(kind), 'utf8'));
      expect(published).toEqual(make());
    },
  );

  it('publishes the field names downstream systems rely on', () => {
    const schema = recordJsonSchema() as { properties: Record<string, unknown>; required: string[] };
    for (const field of [
      'schemaVersion',
      'id',
      'source',
      'pages',
      'language',
      'text',
      'repair',
      'documentType',
      'title',
      'dates',
      'venues',
      'signatories',
      'addressees',
      'referenceNumbers',
      'contacts',
      'provenance',
    ]) {
      expect(schema.required).toContain(field);
    }
  });
});
