export interface ImageDimensions {
  width: number;
  height: number;
}

/** At most this many are reported: one is enough to explain a blank page. */
const MAX_REPORTED = 3;

/**
 * Image XObjects of a PDF larger than `maxPixels` (`limits.maxImagePixels`), found by scanning the bytes. pdf.js leaves such
 * images out without a word (its `maxImageSize`), so a scan embedded at a resolution beyond the
 * limit renders as an empty page; this lets the record say why. A byte scan suffices because an
 * image is a stream, and stream dictionaries are never compressed or encrypted (object streams
 * cannot hold streams). Dimensions given by indirect reference are not followed.
 */
export function findOversizedImages(bytes: Uint8Array, maxPixels: number): ImageDimensions[] {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const found: ImageDimensions[] = [];
  for (
    let at = buffer.indexOf('/Image', 0, 'latin1');
    at >= 0 && found.length < MAX_REPORTED;
    at = buffer.indexOf('/Image', at + 6, 'latin1')
  ) {
    const from = Math.max(0, at - 2048);
    const window = buffer.toString('latin1', from, Math.min(buffer.length, at + 2048));
    const here = at - from;
    if (!/\/Subtype\s*$/.test(window.slice(Math.max(0, here - 16), here))) continue;
    const begin = window.lastIndexOf('obj', here);
    const end = window.indexOf('stream', here);
    const dict = window.slice(Math.max(begin, 0), end < 0 ? window.length : end);
    const width = /\/Width\s+(\d+)(?!\s+\d+\s+R)/.exec(dict);
    const height = /\/Height\s+(\d+)(?!\s+\d+\s+R)/.exec(dict);
    if (!width || !height) continue;
    const size = { width: Number(width[1]), height: Number(height[1]) };
    if (size.width * size.height > maxPixels) found.push(size);
  }
  return found;
}
