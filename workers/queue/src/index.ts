export { addDeadLetter } from './addDeadLetter.ts';
export type { StageFailure, WorkFile } from './DocumentStore.ts';
export { DocumentStore, stageFailureSchema } from './DocumentStore.ts';
export type { DocumentJob } from './documentJobSchema.ts';
export { documentJobSchema, hexOf } from './documentJobSchema.ts';
export type { CatalogJob, DeadLetter, JobCatalog, JobName, JobPayload, RetryPolicy } from './jobCatalog.ts';
export { catalogJob, deadLetterSchema, isJobName, jobCatalog, parseJobPayload } from './jobCatalog.ts';
export { listDeadLetters } from './listDeadLetters.ts';
export type { QueueClient, QueueClientOptions } from './openQueueClient.ts';
export { openQueueClient } from './openQueueClient.ts';
export type { QueueConnection, QueueErrorListener, QueueSet } from './openQueues.ts';
export {
  closeOrDisconnect,
  openQueues,
  pingRedis,
  redactUrl,
  redisOptions,
  withTimeout,
} from './openQueues.ts';
export type { QueueName, StageQueue } from './queueNames.ts';
export {
  DEAD_LETTER_QUEUE,
  DEFAULT_PREFIX,
  queueNameSchema,
  STAGE_QUEUES,
  stageQueueSchema,
} from './queueNames.ts';
export type { RetryOutcome } from './retryDeadLetters.ts';
export { retryDeadLetters } from './retryDeadLetters.ts';
export { runWorkerProcess } from './runWorkerProcess.ts';
export type { DashboardOptions, RunningDashboard } from './serveDashboard.ts';
export { serveDashboard } from './serveDashboard.ts';
export type { EmitResult, OcrPageResult } from './stageResults.ts';
export { emitResultSchema, ingestOutcomeSchema } from './stageResults.ts';
export type { RunningWorkers, StartWorkersOptions } from './startWorkers.ts';
export { startWorkers } from './startWorkers.ts';
