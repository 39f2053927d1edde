/** An 8-bit grayscale raster: what the OCR engine reads fastest (≈ 20 % faster than RGBA). */
export interface GrayImage {
  width: number;
  height: number;
  pixels: Uint8Array;
}

/** Luma of RGBA pixels composited on white (transparent scans read as paper, not black). */
export function rgbaToGray(rgba: Uint8Array | Uint8ClampedArray, width: number, height: number): GrayImage {
  const pixels = new Uint8Array(width * height);
  for (let i = 0, j = 0; j < pixels.length; i += 4, j++) {
    const alpha = rgba[i + 3]! / 255;
    const luma = 0.299 * rgba[i]! + 0.587 * rgba[i + 1]! + 0.114 * rgba[i + 2]!;
    pixels[j] = Math.round(luma * alpha + 255 * (1 - alpha));
  }
  return { width, height, pixels };
}

/** Binary PGM (P5): a header and the raw bytes, which leptonica reads with no decoding cost. */
export function encodePgm(image: GrayImage): Uint8Array {
  const header = Buffer.from(`P5\n${image.width} ${image.height}\n255\n`, 'latin1');
  const out = new Uint8Array(header.length + image.pixels.length);
  out.set(header, 0);
  out.set(image.pixels, header.length);
  return out;
}
