import { ocrPlannedPage } from '@skryba/extract';
import { DocumentStore } from '../DocumentStore.ts';
import { documentOf, hexOf } from '../documentJobSchema.ts';
import type { JobPayload } from '../jobCatalog.ts';
import { runStage } from '../runStage.ts';
import type { OcrPageResult } from '../stageResults.ts';
import type { WorkerResources } from '../WorkerResources.ts';

/**
 * The `ocr-page` queue: one page rendered (or decoded) and recognised, `ocrPlannedPage` exactly as
 * in-process. The document is read from the store and kept open while this process works on its
 * pages. Page-level failures (a page that times out) come back as the page's outcome, as they do
 * in-process; anything else fails the job.
 */
export async function ocrPageJob(
  payload: JobPayload<'ocr-page'>,
  resources: WorkerResources,
): Promise<OcrPageResult> {
  const document = documentOf(payload);
  const hex = hexOf(document.id);
  const store = new DocumentStore(document.store);
  const { parser, limits, ocr } = resources.ingest;
  const outcome = await resources.pageSources.use(
    hex,
    async () => {
      const bytes = await store.readInput(hex);
      return runStage(() => parser.openPageImageSource(bytes, payload.mediaType, limits));
    },
    (source) =>
      runStage(() =>
        ocrPlannedPage(
          source,
          { index: payload.page, kind: 'ocr', mode: payload.mode, layerText: null },
          ocr,
        ),
      ),
  );
  return { page: payload.page, outcome, engine: ocr.info };
}
