import { SkrybaError, warningCodeSchema } from '@skryba/schema';
import { assembleExtraction, type PageOcrOutcome } from './assembleExtraction.ts';
import type { Limits } from './limits.ts';
import type { OcrEngine } from './OcrEngine.ts';
import { openPageImageSource, type PageImageSource } from './openPageImageSource.ts';
import { planPages } from './planPages.ts';
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

/** Page-level failures become warnings on that page; anything else fails the document. */
function toPageOutcome(thrown: unknown): PageOcrOutcome {
  if (thrown instanceof SkrybaError) {
    const code = warningCodeSchema.safeParse(thrown.code);
    if (code.success) return { error: { code: code.data, message: thrown.message } };
  }
  throw thrown;
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
 * Text of every page of a document: the text it carries where that is usable, OCR with the Polish
 * model where it is not. A document whose every page failed OCR fails with that page's code.
 */
export async function extractDocument(
  bytes: Uint8Array,
  resources: ExtractResources,
): Promise<ExtractedDocument> {
  const parser = resources.parser ?? inProcessParser;
  const raw = await parser.readDocument(bytes, resources.limits);
  const plans = planPages(raw, resources.judge);
  const ocrPlans = plans.filter((plan) => plan.kind === 'ocr');
  const outcomes = new Map<number, PageOcrOutcome>();
  if (ocrPlans.length > 0) {
    const source = await parser.openPageImageSource(bytes, raw.mediaType, resources.limits);
    try {
      await forEachConcurrent(ocrPlans, resources.pageConcurrency ?? 2, async (plan) => {
        try {
          const image = await source.prepare(plan.index, plan.mode);
          outcomes.set(plan.index, image && (await resources.ocr.recognize(image, { page: plan.index })));
        } catch (thrown) {
          outcomes.set(plan.index, toPageOutcome(thrown));
        }
      });
    } finally {
      await source.close();
    }
  }
  const extracted = assembleExtraction(raw, plans, outcomes, resources.judge);
  const failures = [...outcomes.values()].filter((o): o is { error: { code: never; message: string } } =>
    Boolean(o && 'error' in o),
  );
  if (failures.length > 0 && extracted.pages.every((page) => page.text.length === 0)) {
    const first = failures[0]!.error;
    throw new SkrybaError(first.code, first.message);
  }
  return extracted;
}
