import { createRequire } from 'node:module';
import path from 'node:path';
import type { Limits } from './limits.ts';

const require = createRequire(import.meta.url);
const pdfjsRoot = path.dirname(require.resolve('pdfjs-dist/package.json'));

/**
 * Document options shared by the text reader (pdf-parse) and the renderer (pdf.js). They shut pdf.js
 * off from everything outside the bytes: no eval (font programs), no system fonts, no network
 * (font and cmap data come from the pdfjs-dist package on disk), no XFA forms, no scripting.
 */
export function pdfjsOptions(bytes: Uint8Array, limits: Limits) {
  return {
    // pdf.js may transfer or detach the buffer it is given; the caller keeps its own copy.
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    enableXfa: false,
    stopAtErrors: false,
    maxImageSize: limits.maxImagePixels,
    verbosity: 0,
    standardFontDataUrl: `${path.join(pdfjsRoot, 'standard_fonts')}/`,
    cMapUrl: `${path.join(pdfjsRoot, 'cmaps')}/`,
    cMapPacked: true,
    wasmUrl: `${path.join(pdfjsRoot, 'wasm')}/`,
  };
}
