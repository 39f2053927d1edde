import { constants, inflateSync } from 'node:zlib';
import { SkrybaError } from '@skryba/schema';

/** Enough compressed data to tell a zlib stream from noise; the rest is left to the decoder. */
const SAMPLE_BYTES = 64 * 1024;

const corrupt = (why: string) =>
  new SkrybaError('E_IMAGE_CORRUPT', `The PNG image cannot be decoded: ${why}.`);

/**
 * Checks that a PNG's image data starts as a zlib stream. The decoder (skia) is lenient: it turns
 * noise behind a valid header into an opaque picture, which OCR would report as a blank page instead
 * of a broken file. A truncated PNG still passes (its beginning decodes, and what it shows is kept).
 */
export function checkPngData(bytes: Uint8Array): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const parts: Uint8Array[] = [];
  let sampled = 0;
  for (let p = 8; p + 8 <= bytes.length && sampled < SAMPLE_BYTES; ) {
    const length = view.getUint32(p);
    const type = String.fromCharCode(...bytes.subarray(p + 4, p + 8));
    if (type === 'IEND') break;
    if (type === 'IDAT') {
      const data = bytes.subarray(p + 8, Math.min(p + 8 + length, bytes.length));
      parts.push(data);
      sampled += data.length;
    }
    p += 12 + length;
  }
  if (sampled === 0) throw corrupt('it holds no image data');
  try {
    // A sync flush accepts a stream that stops early; only data that is not deflate at all throws.
    inflateSync(Buffer.concat(parts).subarray(0, SAMPLE_BYTES), {
      finishFlush: constants.Z_SYNC_FLUSH,
      maxOutputLength: 4 * 1024 * 1024,
    });
  } catch (thrown) {
    if ((thrown as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') return;
    throw corrupt(`its image data is not a valid compressed stream (${(thrown as Error).message})`);
  }
}
