// `pnpm schema:update`: writes the published JSON Schemas. A test keeps them in sync with the zod source.
import { writeFileSync } from 'node:fs';
import { failureJsonSchema, recordJsonSchema } from '../src/index.ts';
import { publishedSchemaPath } from '../src/publishedSchemaPath.ts';

writeFileSync(publishedSchemaPath('record'), `${JSON.stringify(recordJsonSchema(), null, 2)}\n`);
writeFileSync(publishedSchemaPath('failure'), `${JSON.stringify(failureJsonSchema(), null, 2)}\n`);
