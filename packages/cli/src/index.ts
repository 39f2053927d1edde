export type { BatchSummary, InputResult } from './batch/BatchReporter.ts';
export { BatchReporter } from './batch/BatchReporter.ts';
export type { BatchOptions } from './batch/runBatch.ts';
export { runBatch } from './batch/runBatch.ts';
export type { InputEntry } from './batch/walkInputs.ts';
export { walkInputs } from './batch/walkInputs.ts';
export { createProgram } from './createProgram.ts';
