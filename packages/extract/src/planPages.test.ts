import { describe, expect, it } from 'vitest';
import { assembleExtraction } from './assembleExtraction.ts';
import { planPages } from './planPages.ts';
import type { RawDocument } from './RawDocument.ts';
import type { TextLayerJudge } from './TextLayerJudge.ts';

// A judge that reads a verdict written into the page text, so each branch of the decision is reachable.
const judge: TextLayerJudge = (text) => {
  if (text.includes('MANGLED')) return { score: 0.3, verdict: 'mangled' };
  if (text.trim() === '') return { score: 0, verdict: 'empty' };
  return { score: 0.95, verdict: 'usable' };
};

const pdf: RawDocument = {
  mediaType: 'application/pdf',
  pages: [
    { index: 0, text: 'dobry tekst' },
    { index: 1, text: '' },
    { index: 2, text: 'MANGLED spoteczne' },
    { index: 3, text: 'MANGLED bez skanu' },
  ],
  warnings: [],
};

describe('planPages', () => {
  it('keeps usable layers, OCRs empty ones, and re-OCRs mangled ones only over a scan', () => {
    expect(planPages(pdf, judge).map((p) => (p.kind === 'ocr' ? `ocr:${p.mode}` : 'text'))).toEqual([
      'text',
      'ocr:always',
      'ocr:if-scanned',
      'ocr:if-scanned',
    ]);
  });

  it('never OCRs DOCX or text and always OCRs images', () => {
    expect(
      planPages({ mediaType: 'text/plain', pages: [{ index: 0, text: '' }], warnings: [] }, judge)[0]!.kind,
    ).toBe('text');
    expect(
      planPages({ mediaType: 'image/png', pages: [{ index: 0, text: null }], warnings: [] }, judge)[0],
    ).toMatchObject({
      kind: 'ocr',
      mode: 'always',
    });
  });
});

describe('assembleExtraction', () => {
  it('records how each page got its text and what happened to its layer', () => {
    const plans = planPages(pdf, judge);
    const outcomes = new Map([
      [1, { text: 'tekst z OCR', confidence: 0.91 }],
      [2, { text: 'społeczne z polskim modelem', confidence: 0.93 }],
      [3, null],
    ]);
    const doc = assembleExtraction(pdf, plans, outcomes, judge);
    expect(doc.pages.map((p) => [p.method, p.textLayer?.action, p.text])).toEqual([
      ['text-layer', 'kept', 'dobry tekst'],
      ['ocr', 'ocr', 'tekst z OCR'],
      ['ocr', 'ocr', 'społeczne z polskim modelem'],
      ['text-layer', 'repaired', 'MANGLED bez skanu'],
    ]);
    expect(doc.usedOcr).toBe(true);
    expect(doc.warnings.map((w) => [w.code, w.page])).toEqual([['W_TEXT_LAYER_REPLACED', 2]]);
  });

  it('keeps a mangled layer when the new OCR reads worse, and turns page errors into warnings', () => {
    const plans = planPages(pdf, judge);
    const outcomes = new Map([
      [1, { error: { code: 'E_OCR_TIMEOUT' as const, message: 'too slow' } }],
      [2, { text: 'MANGLED MANGLED', confidence: 0.2 }],
    ]);
    const worse: TextLayerJudge = (text) =>
      text.startsWith('MANGLED MANGLED') ? { score: 0.1, verdict: 'mangled' } : judge(text);
    const doc = assembleExtraction(pdf, plans, outcomes, worse);
    expect(doc.pages[1]).toMatchObject({ method: 'text-layer', text: '' });
    expect(doc.pages[2]).toMatchObject({ method: 'text-layer', text: 'MANGLED spoteczne' });
    expect(doc.warnings).toEqual([{ code: 'E_OCR_TIMEOUT', message: 'too slow', page: 1 }]);
  });
});
