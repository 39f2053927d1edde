import { open } from 'node:fs/promises';
import { SkrybaError } from '@skryba/schema';

/**
 * Reads one input, refusing what is not a regular file (a FIFO would block the batch forever) and
 * what is larger than the limit before reading a byte of it.
 */
export async function readInputFile(filePath: string, maxBytes: number): Promise<Uint8Array> {
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    handle = await open(filePath, 'r');
    const info = await handle.stat();
    if (!info.isFile())
      throw new SkrybaError('E_READ_FAILED', 'This is not a regular file (device, socket or pipe).');
    if (info.size > maxBytes) {
      throw new SkrybaError(
        'E_LIMIT_BYTES',
        `The file has ${info.size} bytes; the limit is ${maxBytes} (limits.maxBytes).`,
      );
    }
    return new Uint8Array(await handle.readFile());
  } catch (thrown) {
    if (thrown instanceof SkrybaError) throw thrown;
    const code = (thrown as NodeJS.ErrnoException).code ?? 'unknown error';
    throw new SkrybaError('E_READ_FAILED', `The file cannot be read (${code}).`, { cause: thrown });
  } finally {
    await handle?.close();
  }
}
