import { z } from 'zod';

/**
 * One BullMQ queue per stage, in the order a document passes through them. A worker process can
 * serve any subset (`skryba worker --queues ocr-page`), so OCR-heavy machines can take only pages.
 */
export const STAGE_QUEUES = ['extract', 'ocr-page', 'enrich', 'emit'] as const;
export const stageQueueSchema = z.enum(STAGE_QUEUES);
export type StageQueue = z.infer<typeof stageQueueSchema>;

/** Documents whose jobs exhausted their retries wait here until `skryba retry`; no worker consumes it. */
export const DEAD_LETTER_QUEUE = 'dead-letter';

export const queueNameSchema = z.enum([...STAGE_QUEUES, DEAD_LETTER_QUEUE]);
export type QueueName = z.infer<typeof queueNameSchema>;

/**
 * Redis key prefix of every skryba queue (BullMQ's own default is `bull`).
 * @defaultValue 'skryba'
 */
export const DEFAULT_PREFIX = 'skryba';
