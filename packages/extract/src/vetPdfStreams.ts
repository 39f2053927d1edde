import { constants, inflateSync } from 'node:zlib';
import { SkrybaError } from '@skryba/schema';
import type { Limits } from './limits.ts';

/** Below this an inflated stream is never called a bomb, whatever its ratio. */
const SMALL_STREAM = 1024 * 1024;
/** How far before `stream` a stream's dictionary may start. */
const DICT_WINDOW = 4096;

const bomb = (why: string) =>
  new SkrybaError(
    'E_ZIP_BOMB',
    `The PDF holds a decompression bomb: ${why}. It was refused before pdf.js could inflate it.`,
  );

/**
 * Refuses a PDF whose compressed page content inflates absurdly, the way a DOCX zip bomb is refused
 * (`maxCompressionRatio`, `maxDecompressedBytes`). pdf.js inflates a content stream whole and parses
 * every operator: a 200 KB file whose page inflates to 100 MB of operators took 45 s and 1.6 GB in
 * three parse steps, each under the parse timeout. Images are skipped (pdf.js reads only the bytes
 * their declared size needs, and `maxImagePixels` bounds that), and so are streams that do not
 * inflate as they stand (encrypted or damaged: pdf.js deals with those).
 */
export function vetPdfStreams(bytes: Uint8Array, limits: Limits): void {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let total = 0;
  for (
    let at = buffer.indexOf('stream', 0, 'latin1');
    at >= 0;
    at = buffer.indexOf('stream', at + 6, 'latin1')
  ) {
    const before = buffer.toString('latin1', Math.max(0, at - DICT_WINDOW), at);
    // `stream` right after a dictionary's `>>` starts a stream (not `endstream`, not text).
    if (!/>>\s*$/.test(before)) continue;
    const dict = before.slice(Math.max(0, before.lastIndexOf(' obj')));
    if (/\/Subtype\s*\/Image\b/.test(dict)) continue;
    if (!/\/Filter\s*(\[\s*)?\/FlateDecode\b/.test(dict)) continue;
    let start = at + 6;
    if (buffer[start] === 0x0d) start++;
    if (buffer[start] === 0x0a) start++;
    const end = buffer.indexOf('endstream', start, 'latin1');
    const data = buffer.subarray(start, end < 0 ? buffer.length : end);
    const cap = Math.min(
      limits.maxDecompressedBytes - total + 1,
      Math.max(SMALL_STREAM, Math.ceil(data.length * limits.maxCompressionRatio)),
    );
    let inflated: number;
    try {
      inflated = inflateSync(data, { maxOutputLength: cap, finishFlush: constants.Z_SYNC_FLUSH }).length;
    } catch (thrown) {
      if ((thrown as NodeJS.ErrnoException).code !== 'ERR_BUFFER_TOO_LARGE') continue;
      throw total + cap > limits.maxDecompressedBytes
        ? bomb(
            `its compressed streams inflate to more than ${limits.maxDecompressedBytes} bytes (limits.maxDecompressedBytes)`,
          )
        : bomb(
            `a ${data.length}-byte stream inflates more than ${limits.maxCompressionRatio} times over (limits.maxCompressionRatio)`,
          );
    }
    total += inflated;
    at = Math.max(at, end);
  }
}
