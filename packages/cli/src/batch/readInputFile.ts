import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { SkrybaError } from '@skryba/schema';

/**
 * Reads one input, refusing what is not a regular file and what is larger than the limit before
 * reading a byte of it. The file is opened non-blocking: a plain open of a FIFO waits for a writer
 * forever, holding a libuv thread (four of them stop all file I/O) and keeping the process from exiting.
 */
export async function readInputFile(filePath: string, maxBytes: number): Promise<Uint8Array> {
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    // O_NONBLOCK only changes how FIFOs and devices open; regular files read as usual.
    handle = await open(filePath, constants.O_RDONLY | constants.O_NONBLOCK);
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
