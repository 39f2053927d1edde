import { errorCodeSchema, SkrybaError, warningCodeSchema } from '@skryba/schema';
import { assembleExtraction, type PageOcrOutcome } from './assembleExtraction.ts';
import type { Limits } from './limits.ts';
import type { OcrEngine } from './OcrEngine.ts';
import { openPageImageSource, type PageImageSource } from './openPageImageSource.ts';
import { type PagePlan, planPages } from './planPages.ts';
import type { ExtractedDocument, RawDocument } from './RawDocument.ts';
import { readDocument } from './readDocument.ts';
import type { TextLayerJudge } from './TextLayerJudge.ts';

/**
 * The two steps that parse untrusted bytes. In-process by default; the ingest pipeline substitutes
 * implementations that run them in a sandbox thread with time and memory limits.
 */
export interface DocumentParser {
  readDocument(bytes: Uint8Array, limits: Limits): Promise<RawDocument>;
  openPageImageSource(
    bytes: Uint8Array,
    mediaType: RawDocument['mediaType'],
    limits: Limits,
  ): Promise<PageImageSource>;
}

export const inProcessParser: DocumentParser = { readDocument, openPageImageSource };

export interface ExtractResources {
  ocr: OcrEngine;
  judge: TextLayerJudge;
  limits: Limits;
  /** @defaultValue {@link inProcessParser} */
  parser?: DocumentParser;
  /**
   * Pages of one document rendered and OCR'd at the same time; the OCR engine bounds the real
   * parallelism, this bounds the rendered pages held in memory.
   * @defaultValue 2
   */
  pageConcurrency?: number;
}

/** Step 1: parse the file and decide, page by page, whether its text is usable or must be OCR'd. */
export async function planExtraction(
  bytes: Uint8Array,
  resources: Pick<ExtractResources, 'judge' | 'limits' | 'parser'>,
): Promise<{ raw: RawDocument; plans: PagePlan[] }> {
  const raw = await (resources.parser ?? inProcessParser).readDocument(bytes, resources.limits);
  return { raw, plans: planPages(raw, resources.judge) };
}

/**
 * Step 2, once per page planned for OCR (in the queue, one job per page): render or decode the page
 * and recognize it. Page-level failures come back as an outcome; anything else throws.
 */
export async function ocrPlannedPage(
  source: PageImageSource,
  plan: Extract<PagePlan, { kind: 'ocr' }>,
  ocr: OcrEngine,
): Promise<PageOcrOutcome> {
  try {
    const image = await source.prepare(plan.index, plan.mode);
    return image && (await ocr.recognize(image, { page: plan.index }));
  } catch (thrown) {
    if (thrown instanceof SkrybaError) {
      const code = warningCodeSchema.safeParse(thrown.code);
      if (code.success) return { error: { code: code.data, message: thrown.message } };
    }
    throw thrown;
  }
}

/**
 * Step 3: join plans and OCR outcomes. A document whose every page failed OCR fails with that
 * page's code rather than becoming an empty record.
 */
export function finishExtraction(
  raw: RawDocument,
  plans: PagePlan[],
  outcomes: ReadonlyMap<number, PageOcrOutcome>,
  judge: TextLayerJudge,
): ExtractedDocument {
  const extracted = assembleExtraction(raw, plans, outcomes, judge);
  const failure = [...outcomes.values()].find((o) => o !== null && 'error' in o);
  if (failure && 'error' in failure && extracted.pages.every((page) => page.text.length === 0)) {
    // Page-level codes that fail a document are error codes too (E_OCR_TIMEOUT, E_LIMIT_PIXELS, …).
    const code = errorCodeSchema.catch('E_OCR_FAILED').parse(failure.error.code);
    throw new SkrybaError(code, failure.error.message);
  }
  return extracted;
}

async function forEachConcurrent<T>(
  items: T[],
  limit: number,
  fn: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) await fn(items[next++]!);
  });
  await Promise.all(lanes);
}

/**
 * Text of every page of a document, in-process: the three steps above in a row, pages OCR'd
 * concurrently. The queue workers run the same steps as separate jobs.
 */
export async function extractDocument(
  bytes: Uint8Array,
  resources: ExtractResources,
): Promise<ExtractedDocument> {
  const parser = resources.parser ?? inProcessParser;
  const { raw, plans } = await planExtraction(bytes, resources);
  const ocrPlans = plans.filter((plan) => plan.kind === 'ocr');
  const outcomes = new Map<number, PageOcrOutcome>();
  if (ocrPlans.length > 0) {
    const source = await parser.openPageImageSource(bytes, raw.mediaType, resources.limits);
    try {
      await forEachConcurrent(ocrPlans, resources.pageConcurrency ?? 2, async (plan) => {
        outcomes.set(plan.index, await ocrPlannedPage(source, plan, resources.ocr));
      });
    } finally {
      await source.close();
    }
  }
  return finishExtraction(raw, plans, outcomes, resources.judge);
}
