import { finishExtraction, planExtraction } from '@skryba/extract';
import { SkrybaError } from '@skryba/schema';
import { type Job, WaitingChildrenError } from 'bullmq';
import { childFailure } from '../childFailure.ts';
import { DocumentStore } from '../DocumentStore.ts';
import { documentOf, hexOf } from '../documentJobSchema.ts';
import { catalogJob, type JobPayload } from '../jobCatalog.ts';
import { runStage } from '../runStage.ts';
import { extractionFileSchema, ocrPageResultSchema, planFileSchema } from '../stageResults.ts';
import type { WorkerResources } from '../WorkerResources.ts';

/**
 * The `extract` queue's step job: the three steps of `extractDocument`, spread over jobs.
 * Step `plan` parses the file and decides per page (`planExtraction`); pages that need OCR become
 * one `ocr-page` child job each, so the pages of one scan run on many workers at once, and this job
 * waits for them. Step `join` (the same job, woken when its children are done) puts the pages back
 * in page order (`finishExtraction`).
 */
export async function extractDocumentJob(
  job: Job,
  token: string | undefined,
  payload: JobPayload<'extract-document'>,
  resources: WorkerResources,
): Promise<{ pages: number; ocrPages: number }> {
  const document = documentOf(payload);
  const hex = hexOf(document.id);
  const store = new DocumentStore(document.store);
  const { parser, limits, stages } = resources.ingest;

  if (payload.step === 'plan') {
    const bytes = await store.readInput(hex);
    const plan = await runStage(() =>
      planExtraction(bytes, { judge: stages.judgeTextLayer, limits, parser }),
    );
    await store.writeWork(hex, 'plan', plan);
    const ocrPlans = plan.plans.filter((page) => page.kind === 'ocr');
    if (ocrPlans.length > 0) {
      const parent = { id: job.id!, queue: job.queueQualifiedName };
      const pages = ocrPlans.map((page) =>
        catalogJob(
          'ocr-page',
          { ...document, page: page.index, mode: page.mode, mediaType: plan.raw.mediaType },
          // Deterministic ids: if this step runs again (its worker died), the pages are not added twice.
          { jobId: `${hex}.p${page.index}`, parent, ignoreDependencyOnFailure: true },
        ),
      );
      await resources.queues.queue('ocr-page').addBulk(pages);
      // Saved before waiting, so the job wakes up (or retries) in the join step.
      await job.updateData({ ...payload, step: 'join' });
      if (token && (await job.moveToWaitingChildren(token))) throw new WaitingChildrenError();
    }
  }

  const plan = await store.readWork(hex, 'plan', planFileSchema);
  if (!plan) throw new Error(`The page plan of ${document.id} is missing from the store.`);
  const failure = await childFailure(job, document, resources.queues);
  if (failure) throw new SkrybaError(failure.code, failure.message, { page: failure.page });
  const results = Object.values(await job.getChildrenValues()).map((value) =>
    ocrPageResultSchema.parse(value),
  );
  const outcomes = new Map(results.map((result) => [result.page, result.outcome]));
  const extracted = await runStage(() =>
    finishExtraction(plan.raw, plan.plans, outcomes, stages.judgeTextLayer),
  );
  await store.writeWork(
    hex,
    'extraction',
    extractionFileSchema.parse({ extracted, ocr: results[0]?.engine ?? null }),
  );
  return { pages: plan.plans.length, ocrPages: results.length };
}
