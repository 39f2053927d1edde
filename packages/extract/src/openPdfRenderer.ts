import { SkrybaError } from '@skryba/schema';
import { getDocument, OPS, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { type GrayImage, rgbaToGray } from './GrayImage.ts';
import type { Limits } from './limits.ts';
import { pdfjsOptions } from './pdfjsOptions.ts';
import { pdfErrorToSkryba } from './readPdfTextLayer.ts';

/** What is painted on a page, learned from its operator list without rendering it. */
export interface PageImageInfo {
  widthPt: number;
  heightPt: number;
  imageCount: number;
  /** Share of the page area covered by the largest image, 0..1. */
  largestImageCoverage: number;
  /** Resolution of the largest image as placed on the page (pixels per inch), or null without images. */
  largestImageDpi: number | null;
}

export interface PdfRenderer {
  pageCount: number;
  inspectPage(index: number): Promise<PageImageInfo>;
  /** Renders a page to gray at `dpi`, lowered when the page would exceed `limits.maxPixelsPerPage`. */
  renderPageGray(index: number, dpi: number): Promise<{ image: GrayImage; dpi: number }>;
  close(): Promise<void>;
}

type Matrix = [number, number, number, number, number, number];
const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[2] * n[1],
  m[1] * n[0] + m[3] * n[1],
  m[0] * n[2] + m[2] * n[3],
  m[1] * n[2] + m[3] * n[3],
  m[0] * n[4] + m[2] * n[5] + m[4],
  m[1] * n[4] + m[3] * n[5] + m[5],
];

/** Opens a PDF with pdf.js for page inspection and rendering (text comes from {@link readPdfTextLayer}). */
export async function openPdfRenderer(bytes: Uint8Array, limits: Limits): Promise<PdfRenderer> {
  let doc: PDFDocumentProxy;
  try {
    doc = await getDocument(pdfjsOptions(bytes, limits)).promise;
  } catch (thrown) {
    throw pdfErrorToSkryba(thrown);
  }
  const pageAt = async (index: number) => {
    try {
      return await doc.getPage(index + 1);
    } catch (thrown) {
      throw pdfErrorToSkryba(thrown);
    }
  };

  return {
    pageCount: doc.numPages,

    async inspectPage(index) {
      const page = await pageAt(index);
      const [x0, y0, x1, y1] = page.view as [number, number, number, number];
      const widthPt = Math.abs(x1 - x0);
      const heightPt = Math.abs(y1 - y0);
      const ops = await page.getOperatorList();
      let ctm: Matrix = [1, 0, 0, 1, 0, 0];
      const stack: Matrix[] = [];
      let imageCount = 0;
      let largestArea = 0;
      let largestDpi: number | null = null;
      for (let i = 0; i < ops.fnArray.length; i++) {
        const fn = ops.fnArray[i];
        const args = ops.argsArray[i] as unknown[];
        if (fn === OPS.save) stack.push(ctm);
        else if (fn === OPS.restore) ctm = stack.pop() ?? ctm;
        else if (fn === OPS.transform) ctm = multiply(ctm, args as Matrix);
        else if (fn === OPS.paintImageXObject || fn === OPS.paintImageXObjectRepeat) {
          // args: [objId, pixelWidth, pixelHeight]; the image fills the unit square under the CTM.
          const pixelWidth = Number(args[1]);
          const placedWidth = Math.hypot(ctm[0], ctm[1]);
          const placedHeight = Math.hypot(ctm[2], ctm[3]);
          imageCount++;
          const area = placedWidth * placedHeight;
          if (area > largestArea && placedWidth > 0) {
            largestArea = area;
            largestDpi = (pixelWidth / placedWidth) * 72;
          }
        }
      }
      page.cleanup();
      const pageArea = widthPt * heightPt;
      return {
        widthPt,
        heightPt,
        imageCount,
        largestImageCoverage: pageArea > 0 ? Math.min(1, largestArea / pageArea) : 0,
        largestImageDpi: largestDpi,
      };
    },

    async renderPageGray(index, requestedDpi) {
      const page = await pageAt(index);
      const base = page.getViewport({ scale: 1 });
      const maxScale = Math.sqrt(limits.maxPixelsPerPage / Math.max(1, base.width * base.height));
      const scale = Math.min(requestedDpi / 72, maxScale);
      const dpi = scale * 72;
      if (dpi < 50) {
        throw new SkrybaError(
          'E_LIMIT_PIXELS',
          `Page ${index + 1} measures ${Math.round(base.width)}×${Math.round(base.height)} pt; rendering it readably would exceed limits.maxPixelsPerPage (${limits.maxPixelsPerPage}).`,
          { page: index },
        );
      }
      const viewport = page.getViewport({ scale });
      const width = Math.max(1, Math.floor(viewport.width));
      const height = Math.max(1, Math.floor(viewport.height));
      // biome-ignore lint/suspicious/noExplicitAny: pdf.js types its canvas factory as `any`
      const factory = (doc as any).canvasFactory;
      const { canvas, context } = factory.create(width, height);
      try {
        await page.render({ canvas, canvasContext: context, viewport, background: 'white' }).promise;
        const rgba = context.getImageData(0, 0, width, height).data as Uint8ClampedArray;
        return { image: rgbaToGray(rgba, width, height), dpi };
      } catch (thrown) {
        throw pdfErrorToSkryba(thrown);
      } finally {
        factory.destroy({ canvas, context });
        page.cleanup();
      }
    },

    async close() {
      await doc.destroy().catch(() => undefined);
    },
  };
}
