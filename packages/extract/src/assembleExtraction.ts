import type { PageMethod, Warning } from '@skryba/schema';
import { normalizeText } from './normalizeText.ts';
import type { OcrResult } from './OcrEngine.ts';
import type { PagePlan } from './planPages.ts';
import type { ExtractedDocument, ExtractedPage, RawDocument } from './RawDocument.ts';
import type { TextLayerJudge } from './TextLayerJudge.ts';

/** What OCR made of a planned page: a result, no image worth reading (`null`), or a page-level error. */
export type PageOcrOutcome = OcrResult | null | { error: { code: Warning['code']; message: string } };

const LOW_CONFIDENCE = 0.6;

function methodOf(mediaType: RawDocument['mediaType']): PageMethod {
  if (mediaType === 'application/pdf') return 'text-layer';
  if (mediaType === 'text/plain') return 'plain';
  return 'docx';
}

const tidy = (text: string) =>
  normalizeText(text)
    .replace(/[ \t]+$/gm, '')
    .replace(/\s+$/, '');

/**
 * Joins plans and OCR outcomes into the extracted document. A re-OCR'd page whose OCR reads worse
 * than the mangled layer it replaces keeps the layer (a poor scan should not erase readable text).
 */
export function assembleExtraction(
  raw: RawDocument,
  plans: PagePlan[],
  outcomes: ReadonlyMap<number, PageOcrOutcome>,
  judge: TextLayerJudge,
): ExtractedDocument {
  const warnings: Warning[] = [...raw.warnings];
  let usedOcr = false;
  const pages = plans.map((plan): ExtractedPage => {
    const layer = plan.judgement && { score: plan.judgement.score, verdict: plan.judgement.verdict };
    if (plan.kind === 'text') {
      return {
        index: plan.index,
        method: methodOf(raw.mediaType),
        text: tidy(plan.text),
        ...(layer && { textLayer: { ...layer, action: 'kept' as const } }),
      };
    }
    const outcome = outcomes.get(plan.index) ?? null;
    const keepLayer = (): ExtractedPage => ({
      index: plan.index,
      method: 'text-layer',
      text: tidy(plan.layerText ?? ''),
      ...(layer && {
        textLayer: {
          ...layer,
          action: layer.verdict === 'mangled' ? ('repaired' as const) : ('kept' as const),
        },
      }),
    });
    if (outcome === null)
      return plan.layerText === null ? { index: plan.index, method: 'ocr', text: '' } : keepLayer();
    if ('error' in outcome) {
      warnings.push({ code: outcome.error.code, message: outcome.error.message, page: plan.index });
      return plan.layerText === null ? { index: plan.index, method: 'ocr', text: '' } : keepLayer();
    }
    const text = tidy(outcome.text);
    if (plan.layerText !== null && layer?.verdict === 'mangled' && judge(text).score < layer.score) {
      return keepLayer();
    }
    usedOcr = true;
    if (text.length === 0) {
      warnings.push({
        code: 'W_PAGE_BLANK',
        message: `Page ${plan.index + 1} holds no readable text.`,
        page: plan.index,
      });
    } else if (outcome.confidence < LOW_CONFIDENCE) {
      warnings.push({
        code: 'W_OCR_LOW_CONFIDENCE',
        message: `OCR of page ${plan.index + 1} is uncertain (confidence ${outcome.confidence.toFixed(2)}).`,
        page: plan.index,
      });
    }
    if (layer?.verdict === 'mangled') {
      warnings.push({
        code: 'W_TEXT_LAYER_REPLACED',
        message: `Page ${plan.index + 1}'s text layer was mangled; the page was OCR'd again with the Polish model.`,
        page: plan.index,
      });
    }
    return {
      index: plan.index,
      method: 'ocr',
      text,
      ocrConfidence: Math.round(outcome.confidence * 1000) / 1000,
      ...(layer && { textLayer: { ...layer, action: 'ocr' as const } }),
    };
  });
  return { mediaType: raw.mediaType, pages, warnings, usedOcr };
}
