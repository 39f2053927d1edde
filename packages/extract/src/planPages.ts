import type { PageImageMode } from './openPageImageSource.ts';
import type { RawDocument } from './RawDocument.ts';
import type { TextLayerJudge, TextLayerJudgement } from './TextLayerJudge.ts';

/** What to do with one page: keep the text it has, or OCR it (and when to fall back). */
export type PagePlan =
  | { index: number; kind: 'text'; text: string; judgement?: TextLayerJudgement }
  | {
      index: number;
      kind: 'ocr';
      mode: PageImageMode;
      layerText: string | null;
      judgement?: TextLayerJudgement;
    };

/**
 * The per-page decision. PDF pages with a usable text layer keep it; an empty layer is OCR'd; a
 * mangled layer is OCR'd with the Polish model when the page carries a scan, and otherwise kept for
 * repair. Images are always OCR'd; DOCX and plain text never are.
 */
export function planPages(raw: RawDocument, judge: TextLayerJudge): PagePlan[] {
  return raw.pages.map((page): PagePlan => {
    if (page.text === null) return { index: page.index, kind: 'ocr', mode: 'always', layerText: null };
    if (raw.mediaType !== 'application/pdf') return { index: page.index, kind: 'text', text: page.text };
    const judgement = judge(page.text);
    if (judgement.verdict === 'usable')
      return { index: page.index, kind: 'text', text: page.text, judgement };
    const mode = judgement.verdict === 'empty' ? 'always' : 'if-scanned';
    return { index: page.index, kind: 'ocr', mode, layerText: page.text, judgement };
  });
}
