import { SkrybaError } from '@skryba/schema';
import { PDFParse } from 'pdf-parse';
import { getDocument, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { layoutTextItems, looksFragmented, type PositionedText } from './layoutTextItems.ts';
import type { Limits } from './limits.ts';
import { pdfjsOptions } from './pdfjsOptions.ts';

export interface PdfTextLayer {
  pageCount: number;
  /** Text layer of each page, in page order; empty for image-only pages. */
  pageTexts: string[];
  /** The file contains JavaScript actions (never executed; reported as a warning). */
  hasJavaScript: boolean;
}

const JAVASCRIPT_MARKERS = ['/JavaScript', '/JS '];

function containsAscii(bytes: Uint8Array, needle: string): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(needle, 0, 'latin1');
}

/**
 * Whether the document declares scripts (OpenAction, the JavaScript name tree, document actions), as
 * pdf.js resolves them: this sees scripts inside compressed object streams, which a byte scan cannot.
 * pdf-parse keeps its pdf.js document private; it is reused here rather than parsing the file twice.
 */
async function declaresJavaScript(parser: PDFParse): Promise<boolean> {
  const load = (parser as unknown as { load?: () => Promise<PDFDocumentProxy> }).load;
  if (typeof load !== 'function') return false;
  const actions = await load
    .call(parser)
    .then((doc) => doc.getJSActions())
    .catch(() => null);
  return actions !== null && Object.keys(actions).length > 0;
}

/** Maps pdf.js exceptions (by name: they cross realms) to stable error codes. */
export function pdfErrorToSkryba(thrown: unknown): SkrybaError {
  if (thrown instanceof SkrybaError) return thrown;
  const name = (thrown as { name?: string } | null)?.name ?? '';
  const message = thrown instanceof Error ? thrown.message : String(thrown);
  if (name === 'PasswordException' || /password/i.test(message)) {
    return new SkrybaError(
      'E_PDF_ENCRYPTED',
      'The PDF is password-protected; skryba cannot open it without the password.',
      {
        cause: thrown,
      },
    );
  }
  return new SkrybaError('E_PDF_CORRUPT', `The PDF is damaged and cannot be read (${message}).`, {
    cause: thrown,
  });
}

const sameWords = (a: string, b: string) => a.replace(/\s+/g, ' ').trim() === b.replace(/\s+/g, ' ').trim();

/** Re-reads the given pages' text runs with their positions and lays them out as lines. */
async function relayoutPages(
  bytes: Uint8Array,
  limits: Limits,
  pages: number[],
): Promise<Map<number, string>> {
  const doc = await getDocument(pdfjsOptions(bytes, limits)).promise;
  try {
    const result = new Map<number, string>();
    for (const index of pages) {
      const page = await doc.getPage(index + 1);
      const content = await page.getTextContent();
      const items: PositionedText[] = [];
      for (const item of content.items) {
        if (!('str' in item)) continue;
        const [a, b, , , x, y] = item.transform as number[];
        items.push({
          str: item.str,
          x: x!,
          y: y!,
          width: item.width,
          size: Math.hypot(a!, b!) || item.height,
        });
      }
      result.set(index, layoutTextItems(items));
      page.cleanup();
    }
    return result;
  } finally {
    await doc.destroy();
  }
}

/**
 * Reads the page count and every page's text layer with pdf-parse. Throws `E_LIMIT_PAGES` before
 * reading any text when the document is longer than the limit.
 */
export async function readPdfTextLayer(bytes: Uint8Array, limits: Limits): Promise<PdfTextLayer> {
  const parser = new PDFParse(pdfjsOptions(bytes, limits));
  try {
    const info = await parser.getInfo();
    const pageCount = info.total;
    if (pageCount > limits.maxPages) {
      throw new SkrybaError(
        'E_LIMIT_PAGES',
        `The PDF has ${pageCount} pages; the limit is ${limits.maxPages} (raise limits.maxPages to accept it).`,
      );
    }
    if (pageCount === 0) throw new SkrybaError('E_PDF_CORRUPT', 'The PDF has no pages.');
    // pageJoiner '' stops pdf-parse from inserting "-- 1 of 4 --" between pages.
    const result = await parser.getText({ pageJoiner: '' });
    const pageTexts = Array.from({ length: pageCount }, (_, i) => result.getPageText(i + 1) ?? '');
    // Laid out again from glyph positions: pdf-parse follows pdf.js's end-of-line marks, which OCR
    // text layers set after every word, and it drops the blank lines between paragraphs that the
    // entity stage reads signature blocks and headers by. The positional layout replaces pdf-parse's
    // text when the page is word-by-word, or when both hold the same words (it only adds the breaks).
    const withText = pageTexts.flatMap((text, i) => (text.trim() ? [i] : []));
    if (withText.length > 0) {
      for (const [i, laidOut] of await relayoutPages(bytes, limits, withText)) {
        if (looksFragmented(pageTexts[i]!) || sameWords(laidOut, pageTexts[i]!)) pageTexts[i] = laidOut;
      }
    }
    const hasJavaScript =
      JAVASCRIPT_MARKERS.some((marker) => containsAscii(bytes, marker)) || (await declaresJavaScript(parser));
    return { pageCount, pageTexts, hasJavaScript };
  } catch (thrown) {
    throw pdfErrorToSkryba(thrown);
  } finally {
    await parser.destroy().catch(() => undefined);
  }
}
