import { SkrybaError, type Warning } from '@skryba/schema';
import { decodeText } from './decodeText.ts';
import { detectMediaType } from './detectMediaType.ts';
import type { Limits } from './limits.ts';
import type { RawDocument } from './RawDocument.ts';
import { readDocx } from './readDocx.ts';
import { readImageSize } from './readImageSize.ts';
import { readPdfTextLayer } from './readPdfTextLayer.ts';

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
      const layer = await readPdfTextLayer(bytes, limits);
      checkTextLength(layer.pageTexts.join(''), limits);
      const warnings: Warning[] = layer.hasJavaScript
        ? [{ code: 'W_PDF_JAVASCRIPT_IGNORED', message: 'The PDF contains JavaScript; it was never run.' }]
        : [];
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
      return { mediaType: kind, pages: [{ index: 0, text: null }], warnings: [] };
    }
    case 'zip':
      throw new SkrybaError(
        'E_UNSUPPORTED_TYPE',
        'The file is a zip archive but not a Word document (no word/document.xml); unpack it and ingest its files.',
      );
    case 'unknown': {
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
