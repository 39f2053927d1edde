import { SkrybaError } from '@skryba/schema';

export interface ImageSize {
  width: number;
  height: number;
}

function pngSize(view: DataView): ImageSize | null {
  if (view.byteLength < 24) return null;
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

function jpegSize(bytes: Uint8Array, view: DataView): ImageSize | null {
  let p = 2;
  while (p + 9 < bytes.length) {
    if (bytes[p] !== 0xff) return null;
    const marker = bytes[p + 1]!;
    if (marker === 0xff) {
      p++;
      continue;
    }
    const length = view.getUint16(p + 2);
    // SOF0..SOF15 carry the frame size; C4 (DHT), C8 (JPG) and CC (DAC) share the range but do not.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: view.getUint16(p + 5), width: view.getUint16(p + 7) };
    }
    p += 2 + length;
  }
  return null;
}

function tiffSize(view: DataView): ImageSize | null {
  if (view.byteLength < 8) return null;
  const little = view.getUint8(0) === 0x49;
  const ifd = view.getUint32(4, little);
  if (ifd + 2 > view.byteLength) return null;
  const entries = view.getUint16(ifd, little);
  let width = 0;
  let height = 0;
  for (let i = 0; i < entries; i++) {
    const at = ifd + 2 + i * 12;
    if (at + 12 > view.byteLength) return null;
    const tag = view.getUint16(at, little);
    const type = view.getUint16(at + 2, little);
    const value = type === 3 ? view.getUint16(at + 8, little) : view.getUint32(at + 8, little);
    if (tag === 256) width = value;
    if (tag === 257) height = value;
  }
  return width && height ? { width, height } : null;
}

/**
 * Pixel size read from the image header, before anything is decoded: a 20,000 × 20,000 image is
 * refused here rather than after it has taken 1.6 GB.
 */
export function readImageSize(
  bytes: Uint8Array,
  mediaType: 'image/png' | 'image/jpeg' | 'image/tiff',
): ImageSize {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const size =
    mediaType === 'image/png'
      ? pngSize(view)
      : mediaType === 'image/jpeg'
        ? jpegSize(bytes, view)
        : tiffSize(view);
  if (!size || size.width === 0 || size.height === 0) {
    throw new SkrybaError('E_IMAGE_CORRUPT', 'The image header is damaged; its size cannot be read.');
  }
  return size;
}
