import { redactUrl } from './openQueues.ts';
import { type RunningWorkers, type StartWorkersOptions, startWorkers } from './startWorkers.ts';

/**
 * `skryba worker`: starts the stage workers and runs until SIGTERM or SIGINT. The first signal
 * closes gracefully (`worker.close()`: no new jobs, active jobs finish, resources close); a second
 * one exits at once, leaving active jobs to other workers through BullMQ's stalled-job check.
 * Resolves with the exit code.
 */
export async function runWorkerProcess(
  options: StartWorkersOptions,
  onReady?: (workers: RunningWorkers) => void,
): Promise<number> {
  const { log } = options;
  const workers = await startWorkers(options);
  log(
    `ready   worker ${workers.name}: queues ${workers.queues.join(',')}, ${options.concurrency} OCR thread(s), ` +
      `${redactUrl(options.connection.url)} prefix ${options.connection.prefix}`,
  );
  onReady?.(workers);
  return new Promise<number>((resolve) => {
    let stopping = false;
    const stop = (signal: NodeJS.Signals) => {
      if (stopping) {
        log(`${signal} again: exiting now; active jobs go back to the queue when their lock expires`);
        process.exit(130);
      }
      stopping = true;
      log(`${signal}: finishing active jobs, then exiting (send it again to exit at once)`);
      workers.close().then(
        () => {
          process.off('SIGTERM', stop);
          process.off('SIGINT', stop);
          log('closed');
          resolve(0);
        },
        (error: unknown) => {
          log(`closing failed: ${error instanceof Error ? error.message : String(error)}`);
          resolve(1);
        },
      );
    };
    process.on('SIGTERM', stop);
    process.on('SIGINT', stop);
  });
}
