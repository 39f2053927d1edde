import { SkrybaError, type Warning } from '@skryba/schema';
import { checkPngData } from './checkPngData.ts';
import { decodeText } from './decodeText.ts';
import { detectMediaType } from './detectMediaType.ts';
import { findOversizedImages } from './findOversizedImages.ts';
import type { Limits } from './limits.ts';
import type { RawDocument } from './RawDocument.ts';
import { readDocx } from './readDocx.ts';
import { readImageSize } from './readImageSize.ts';
import { readPdfTextLayer } from './readPdfTextLayer.ts';
import { vetPdfStreams } from './vetPdfStreams.ts';

/** Word 97–2003, Excel 97–2003 and other OLE2 compound files start with this. */
const OLE2_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function checkTextLength(text: string, limits: Limits): void {
  if (text.length > limits.maxTextChars) {
    throw new SkrybaError(
      'E_LIMIT_TEXT',
      `The document holds ${text.length} characters of text; the limit is ${limits.maxTextChars} (limits.maxTextChars).`,
    );
  }
}

/**
 * Parses a file into its pages and whatever text they already carry, deciding the kind from the
 * bytes. Untrusted input meets the parsers here, so callers run it in a sandbox thread with time and
 * memory limits. No OCR happens here.
 */
export async function readDocument(bytes: Uint8Array, limits: Limits): Promise<RawDocument> {
  if (bytes.length === 0) throw new SkrybaError('E_EMPTY_FILE', 'The file is empty (0 bytes).');
  if (bytes.length > limits.maxBytes) {
    throw new SkrybaError(
      'E_LIMIT_BYTES',
      `The file has ${bytes.length} bytes; the limit is ${limits.maxBytes} (limits.maxBytes).`,
    );
  }
  const kind = detectMediaType(bytes);
  switch (kind) {
    case 'application/pdf': {
      vetPdfStreams(bytes, limits);
      const layer = await readPdfTextLayer(bytes, limits);
      checkTextLength(layer.pageTexts.join(''), limits);
      const warnings: Warning[] = layer.hasJavaScript
        ? [{ code: 'W_PDF_JAVASCRIPT_IGNORED', message: 'The PDF contains JavaScript; it was never run.' }]
        : [];
      for (const { width, height } of findOversizedImages(bytes, limits.maxImagePixels)) {
        warnings.push({
          code: 'E_LIMIT_PIXELS',
          message: `The PDF embeds an image of ${width} × ${height} pixels, more than limits.maxImagePixels (${limits.maxImagePixels}); it was left out, so a page showing only that image reads as blank.`,
        });
      }
      return { mediaType: kind, pages: layer.pageTexts.map((text, index) => ({ index, text })), warnings };
    }
    case 'application/vnd.openxmlformats-officedocument.wordprocessingml.document': {
      const { text, warnings } = await readDocx(bytes, limits);
      checkTextLength(text, limits);
      return { mediaType: kind, pages: [{ index: 0, text }], warnings };
    }
    case 'image/png':
    case 'image/jpeg':
    case 'image/tiff': {
      const { width, height } = readImageSize(bytes, kind);
      if (width * height > limits.maxPixelsPerPage) {
        throw new SkrybaError(
          'E_LIMIT_PIXELS',
          `The image is ${width} × ${height} pixels; the limit is ${limits.maxPixelsPerPage} pixels (limits.maxPixelsPerPage).`,
        );
      }
      if (kind === 'image/png') checkPngData(bytes);
      return { mediaType: kind, pages: [{ index: 0, text: null }], warnings: [] };
    }
    case 'zip':
      throw new SkrybaError(
        'E_UNSUPPORTED_TYPE',
        'The file is a zip archive but not a Word document (no word/document.xml); unpack it and ingest its files.',
      );
    case 'unknown': {
      if (OLE2_MAGIC.every((b, i) => bytes[i] === b)) {
        throw new SkrybaError(
          'E_UNSUPPORTED_TYPE',
          'The file is a Word 97–2003 document (.doc) or another old Office file (OLE2); skryba reads DOCX: convert it first, e.g. with `soffice --headless --convert-to docx`.',
        );
      }
      // Every character takes at most 4 bytes: a file this long cannot fit the text limit, and is
      // refused before tens of megabytes are decoded (a binary file still gets E_UNSUPPORTED_TYPE).
      if (bytes.length > 4 * limits.maxTextChars) {
        decodeText(bytes.subarray(0, 65_536));
        throw new SkrybaError(
          'E_LIMIT_TEXT',
          `The text file has ${bytes.length} bytes, more than ${limits.maxTextChars} characters can take; the limit is ${limits.maxTextChars} characters (limits.maxTextChars).`,
        );
      }
      const { text, encoding } = decodeText(bytes);
      checkTextLength(text, limits);
      const warnings: Warning[] =
        encoding === 'windows-1250' || encoding === 'iso-8859-2'
          ? [{ code: 'W_TEXT_ENCODING_LEGACY', message: `The text was decoded from ${encoding}.` }]
          : [];
      return { mediaType: 'text/plain', pages: [{ index: 0, text }], warnings, encoding };
    }
    default: {
      const unreachable: never = kind;
      throw new SkrybaError('E_INTERNAL', `Unhandled media type ${String(unreachable)}`);
    }
  }
}
