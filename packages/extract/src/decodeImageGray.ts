import { createCanvas, loadImage } from '@napi-rs/canvas';
import { SkrybaError } from '@skryba/schema';
import { type GrayImage, rgbaToGray } from './GrayImage.ts';

/** Decodes a PNG or JPEG to gray. (TIFF goes to the OCR engine encoded: leptonica reads it.) */
export async function decodeImageGray(bytes: Uint8Array): Promise<GrayImage> {
  let image: Awaited<ReturnType<typeof loadImage>>;
  try {
    image = await loadImage(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  } catch (thrown) {
    throw new SkrybaError('E_IMAGE_CORRUPT', 'The image cannot be decoded.', { cause: thrown });
  }
  const { width, height } = image;
  if (!width || !height) throw new SkrybaError('E_IMAGE_CORRUPT', 'The image cannot be decoded.');
  const canvas = createCanvas(width, height);
  const context = canvas.getContext('2d');
  context.drawImage(image, 0, 0);
  return rgbaToGray(context.getImageData(0, 0, width, height).data, width, height);
}
