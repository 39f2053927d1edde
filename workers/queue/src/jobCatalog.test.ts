import { UnrecoverableError } from 'bullmq';
import { describe, expect, it } from 'vitest';
import { catalogJob, isJobName, jobCatalog, parseJobPayload } from './jobCatalog.ts';
import { DEAD_LETTER_QUEUE, STAGE_QUEUES } from './queueNames.ts';

const hex = 'ab'.repeat(32);
const document = {
  id: `sha256:${hex}`,
  path: 'in/scan.pdf',
  source: { fileName: 'scan.pdf', mediaType: 'application/pdf' as const, bytes: 10, sha256: hex },
  store: '/data/store',
  out: '/data/out',
};

describe('job catalog', () => {
  it('has one entry per stage queue and one for the dead letters, each with a retry policy', () => {
    const queues = Object.values(jobCatalog).map((entry) => entry.queue);
    expect(new Set(queues)).toEqual(new Set([...STAGE_QUEUES, DEAD_LETTER_QUEUE]));
    for (const entry of Object.values(jobCatalog)) expect(entry.retry.attempts).toBeGreaterThanOrEqual(1);
  });

  it('parses on enqueue, applies defaults and the retry policy', () => {
    const job = catalogJob('extract-document', document, { jobId: hex });
    expect(job.queueName).toBe('extract');
    expect(job.data.step).toBe('plan');
    expect(job.opts).toMatchObject({
      jobId: hex,
      attempts: 3,
      backoff: { type: 'exponential', delay: 1000 },
      removeOnComplete: true,
    });
    expect(
      catalogJob('dead-letter', {
        document,
        stage: 'extract',
        reason: 'x',
        failedAt: new Date().toISOString(),
      }).opts.backoff,
    ).toBeUndefined();
  });

  it('refuses to enqueue a payload that does not match', () => {
    expect(() =>
      catalogJob('ocr-page', { ...document, page: -1, mode: 'always', mediaType: 'application/pdf' }),
    ).toThrow();
    expect(() => catalogJob('emit-outcome', { ...document, id: 'sha256:nothex' })).toThrow();
  });

  it('fails a dequeued job with an unparsable payload as unrecoverable (no retries)', () => {
    expect(parseJobPayload('enrich-document', document)).toEqual(document);
    expect(() => parseJobPayload('enrich-document', { ...document, store: '' })).toThrow(UnrecoverableError);
  });

  it('knows its job names', () => {
    expect(isJobName('ocr-page')).toBe(true);
    expect(isJobName('toString')).toBe(false);
  });
});
