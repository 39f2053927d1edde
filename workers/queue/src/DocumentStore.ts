import { randomBytes } from 'node:crypto';
import { link, mkdir, readFile, rename, rm, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { errorCodeSchema } from '@skryba/schema';
import { z } from 'zod';

/** Why a document failed, as the first failing stage left it for the stages after it. */
export const stageFailureSchema = z.object({
  code: errorCodeSchema,
  message: z.string(),
  page: z.number().int().nonnegative().optional(),
});
export type StageFailure = z.infer<typeof stageFailureSchema>;

const HEX = /^[0-9a-f]{64}$/;

/**
 * Intermediate results of one document, by the step that writes them: `plan` (extract, step 1),
 * `extraction` (extract, step 3), `outcome` (enrich), `failure` (the first stage that failed) and
 * `emitted` (emit: what was written where, so a re-run of the emit job repeats nothing).
 */
export type WorkFile = 'plan' | 'extraction' | 'outcome' | 'failure' | 'emitted';

/**
 * The shared folder the jobs refer to, so large bytes never travel through Redis:
 * `inputs/<hex>` holds each submitted file (content-addressed) and `work/<hex>/<step>.json` what one
 * stage hands to the next. Every write is atomic (a temporary file, then a rename) so a worker killed
 * mid-write leaves either the old file or the new one; names come from hashes only.
 */
export class DocumentStore {
  constructor(readonly root: string) {}

  private check(hex: string): string {
    if (!HEX.test(hex)) throw new Error(`Not a document hash: ${hex}`);
    return hex;
  }

  inputPath(hex: string): string {
    return path.join(this.root, 'inputs', this.check(hex));
  }

  workPath(hex: string, file: WorkFile): string {
    return path.join(this.root, 'work', this.check(hex), `${file}.json`);
  }

  /** Stores a submitted file; a file already there under the same hash has the same bytes. */
  async putInput(hex: string, bytes: Uint8Array): Promise<void> {
    const target = this.inputPath(hex);
    const existing = await stat(target).catch(() => null);
    if (existing?.isFile() && existing.size === bytes.byteLength) return;
    await atomicWrite(target, bytes);
  }

  async hasInput(hex: string): Promise<boolean> {
    return stat(this.inputPath(hex)).then(
      (s) => s.isFile(),
      () => false,
    );
  }

  async readInput(hex: string): Promise<Uint8Array> {
    return new Uint8Array(await readFile(this.inputPath(hex)));
  }

  async removeInput(hex: string): Promise<void> {
    await rm(this.inputPath(hex), { force: true });
  }

  async writeWork(hex: string, file: Exclude<WorkFile, 'failure'>, value: unknown): Promise<void> {
    await atomicWrite(this.workPath(hex, file), `${JSON.stringify(value)}\n`);
  }

  /** Reads and validates a stage's result; null when that stage has not written it. */
  async readWork<T extends z.ZodType>(hex: string, file: WorkFile, schema: T): Promise<z.output<T> | null> {
    let text: string;
    try {
      text = await readFile(this.workPath(hex, file), 'utf8');
    } catch (thrown) {
      if ((thrown as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw thrown;
    }
    return schema.parse(JSON.parse(text));
  }

  /**
   * Records why the document failed, unless a stage already did: the first failure wins (a hard
   * link cannot replace an existing name), so every later stage reports the same cause.
   */
  async writeFailureOnce(hex: string, failure: StageFailure): Promise<StageFailure> {
    const target = this.workPath(hex, 'failure');
    const temporary = await writeTemporary(target, `${JSON.stringify(stageFailureSchema.parse(failure))}\n`);
    try {
      await link(temporary, target);
    } catch (thrown) {
      if ((thrown as NodeJS.ErrnoException).code !== 'EEXIST') throw thrown;
    } finally {
      await unlink(temporary).catch(() => undefined);
    }
    return (await this.readFailure(hex)) ?? failure;
  }

  async readFailure(hex: string): Promise<StageFailure | null> {
    return this.readWork(hex, 'failure', stageFailureSchema);
  }

  /** Forgets every intermediate result of a document: a new submission starts clean. */
  async clearWork(hex: string): Promise<void> {
    await rm(path.join(this.root, 'work', this.check(hex)), { recursive: true, force: true });
  }

  /** Removes the bulky intermediate results once emitted; `failure` and `emitted` (small) stay. */
  async pruneWork(hex: string): Promise<void> {
    await Promise.all(
      (['plan', 'extraction', 'outcome'] as const).map((file) =>
        rm(this.workPath(hex, file), { force: true }),
      ),
    );
  }
}

async function writeTemporary(target: string, content: string | Uint8Array): Promise<string> {
  await mkdir(path.dirname(target), { recursive: true });
  const temporary = `${target}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  await writeFile(temporary, content);
  return temporary;
}

async function atomicWrite(target: string, content: string | Uint8Array): Promise<void> {
  const temporary = await writeTemporary(target, content);
  try {
    await rename(temporary, target);
  } catch (thrown) {
    await unlink(temporary).catch(() => undefined);
    throw thrown;
  }
}
