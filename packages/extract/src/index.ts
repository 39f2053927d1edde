export type { PageOcrOutcome } from './assembleExtraction.ts';
export { assembleExtraction } from './assembleExtraction.ts';
export type { OcrModel, TesseractPoolOptions } from './createTesseractPool.ts';
export { createTesseractPool, OCR_MODELS } from './createTesseractPool.ts';
export type { DecodedText, TextEncoding } from './decodeText.ts';
export { decodeText } from './decodeText.ts';
export { detectMediaType } from './detectMediaType.ts';
export type { DocumentParser, ExtractResources } from './extractDocument.ts';
export {
  extractDocument,
  finishExtraction,
  inProcessParser,
  ocrPlannedPage,
  planExtraction,
} from './extractDocument.ts';
export type { GrayImage } from './GrayImage.ts';
export { encodePgm } from './GrayImage.ts';
export type { Limits } from './limits.ts';
export { defaultLimits, limitsSchema } from './limits.ts';
export { normalizeText } from './normalizeText.ts';
export type { OcrEngine, OcrEngineInfo, OcrImage, OcrResult, RecognizeOptions } from './OcrEngine.ts';
export type { PageImageMode, PageImageSource } from './openPageImageSource.ts';
export { openPageImageSource } from './openPageImageSource.ts';
export type { PagePlan } from './planPages.ts';
export { planPages } from './planPages.ts';
export type { ExtractedDocument, ExtractedPage, RawDocument } from './RawDocument.ts';
export { extractedDocumentSchema, rawDocumentSchema } from './RawDocument.ts';
export { readDocument } from './readDocument.ts';
export type { TextLayerJudge, TextLayerJudgement } from './TextLayerJudge.ts';
export { judgeTextLayerByCharacters } from './TextLayerJudge.ts';
