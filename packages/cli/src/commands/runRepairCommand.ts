import { readFile } from 'node:fs/promises';
import { decodeText, normalizeText } from '@skryba/extract';
import { loadRepairer } from '@skryba/repair';
import { SkrybaError } from '@skryba/schema';
import { z } from 'zod';
import { UsageError } from '../UsageError.ts';

export const repairOptionsSchema = z.object({ json: z.boolean().default(false) });
export type RepairOptions = z.infer<typeof repairOptionsSchema>;

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return new Uint8Array(Buffer.concat(chunks));
}

/**
 * `skryba repair [file] [--json]`: repairs wrong-model OCR text from a file or stdin. Prints the
 * repaired text, or with `--json` the text, whether repair applied and every edit.
 */
export async function runRepairCommand(file: string | undefined, options: RepairOptions): Promise<number> {
  let bytes: Uint8Array;
  try {
    bytes = file ? new Uint8Array(await readFile(file)) : await readStdin();
  } catch (thrown) {
    throw new UsageError(`cannot read ${file}: ${(thrown as NodeJS.ErrnoException).code ?? String(thrown)}`);
  }
  let text: string;
  try {
    text = bytes.length === 0 ? '' : normalizeText(decodeText(bytes).text);
  } catch (thrown) {
    if (thrown instanceof SkrybaError) throw new UsageError(`${file ?? 'stdin'}: ${thrown.message}`);
    throw thrown;
  }
  const result = loadRepairer().repair(text);
  if (options.json) {
    process.stdout.write(
      `${JSON.stringify({ text: result.text, applied: result.applied, edits: result.edits }, null, 2)}\n`,
    );
  } else {
    process.stdout.write(result.text);
  }
  return 0;
}
