import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SCHEMA_VERSION } from './record.ts';

const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** `schema/record.v1.json` or `schema/failure.v1.json` at the repository root. */
export function publishedSchemaPath(kind: 'record' | 'failure'): string {
  return path.join(repositoryRoot, 'schema', `${kind}.v${SCHEMA_VERSION.split('.')[0]}.json`);
}
