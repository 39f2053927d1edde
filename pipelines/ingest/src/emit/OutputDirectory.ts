import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { type FailureReport, failureReportSchema, recordSchema, type SkrybaRecord } from '@skryba/schema';
import type { IngestOutcome } from '../IngestOutcome.ts';

/** Records are written with a stable key order and a final newline, so files diff cleanly. */
export const serializeRecord = (record: SkrybaRecord | FailureReport): string =>
  `${JSON.stringify(record, null, 2)}\n`;

/**
 * The emit stage's output folder: `<out>/<id>.json` per record and `<out>/failures/<id>.json` per
 * failure, `<id>` being `sha256:<hex>` of the input. Writes are atomic (temporary file, then rename)
 * so a reader or a killed worker never leaves half a record; names come from hashes only, so
 * nothing is ever written outside the folder whatever the input was called.
 */
export class OutputDirectory {
  constructor(readonly root: string) {}

  recordPath(id: string): string {
    return path.join(this.root, `${id}.json`);
  }

  failurePath(id: string): string {
    return path.join(this.root, 'failures', `${id}.json`);
  }

  async hasRecord(id: string): Promise<boolean> {
    return stat(this.recordPath(id)).then(
      (s) => s.isFile(),
      () => false,
    );
  }

  /** Writes the outcome and removes what an earlier run left for the same input in the other place. */
  async write(outcome: IngestOutcome): Promise<string> {
    if (outcome.status === 'record') {
      const record = recordSchema.parse(outcome.record);
      const target = this.recordPath(record.id);
      await atomicWrite(target, serializeRecord(record));
      await rm(this.failurePath(record.id), { force: true });
      return target;
    }
    const failure = failureReportSchema.parse(outcome.failure);
    const target = this.failurePath(failure.id);
    await atomicWrite(target, serializeRecord(failure));
    return target;
  }
}

let counter = 0;

async function atomicWrite(target: string, content: string): Promise<void> {
  await mkdir(path.dirname(target), { recursive: true });
  const temporary = `${target}.${process.pid}.${counter++}.tmp`;
  await writeFile(temporary, content, 'utf8');
  await rename(temporary, target);
}
