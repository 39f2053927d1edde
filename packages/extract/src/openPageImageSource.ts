import type { MediaType } from '@skryba/schema';
import { decodeImageGray } from './decodeImageGray.ts';
import type { Limits } from './limits.ts';
import type { OcrImage } from './OcrEngine.ts';
import { openPdfRenderer, type PdfRenderer } from './openPdfRenderer.ts';

/**
 * `always`: render the page whatever it holds (its text layer is empty).
 * `if-scanned`: only when a scanned image covers the page (its text layer is mangled; without an
 * image there is nothing better to read, and the layer is repaired instead).
 */
export type PageImageMode = 'always' | 'if-scanned';

export interface PageImageSource {
  prepare(pageIndex: number, mode: PageImageMode): Promise<OcrImage | null>;
  close(): Promise<void>;
}

/** Below this share of the page, an image is a logo or a stamp, not a scan of the page. */
const SCAN_COVERAGE = 0.25;
const DEFAULT_DPI = 300;

/**
 * Turns pages into OCR input. PDF pages are rendered gray at the resolution of the scan they carry
 * (a JPEG scan without DPI metadata looks like 96 dpi, so the scale comes from the embedded image's
 * pixel size), clamped to 150–400 dpi. Like {@link readDocument}, it parses untrusted bytes.
 */
export async function openPageImageSource(
  bytes: Uint8Array,
  mediaType: MediaType,
  limits: Limits,
): Promise<PageImageSource> {
  let renderer: PdfRenderer | null = null;
  return {
    async prepare(pageIndex, mode) {
      switch (mediaType) {
        case 'application/pdf': {
          renderer ??= await openPdfRenderer(bytes, limits);
          const info = await renderer.inspectPage(pageIndex);
          const scanned = info.imageCount > 0 && info.largestImageCoverage >= SCAN_COVERAGE;
          if (mode === 'if-scanned' && !scanned) return null;
          const dpi =
            scanned && info.largestImageDpi
              ? Math.min(400, Math.max(150, info.largestImageDpi))
              : DEFAULT_DPI;
          const rendered = await renderer.renderPageGray(pageIndex, dpi);
          return { kind: 'gray', image: rendered.image, dpi: rendered.dpi };
        }
        case 'image/png':
        case 'image/jpeg':
          return { kind: 'gray', image: await decodeImageGray(bytes), dpi: null };
        case 'image/tiff':
          return { kind: 'encoded', bytes, dpi: null };
        default:
          return null;
      }
    },
    async close() {
      await renderer?.close();
      renderer = null;
    },
  };
}
