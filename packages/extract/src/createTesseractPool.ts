import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SkrybaError } from '@skryba/schema';
import { encodePgm } from './GrayImage.ts';
import type { OcrEngine, OcrImage, OcrResult, RecognizeOptions } from './OcrEngine.ts';

const require = createRequire(import.meta.url);
// tesseract.js is CommonJS; createRequire gives its real module object under tsx and vitest alike.
const Tesseract = require('tesseract.js') as typeof import('tesseract.js');
const tesseractVersion: string = require('tesseract.js/package.json').version;
const polishDataRoot = path.dirname(require.resolve('@tesseract.js-data/pol/package.json'));
const fastModelRoot = fileURLToPath(new URL('../data/tessdata-fast', import.meta.url));

/**
 * The Polish models skryba can OCR with, all offline:
 * - `best_int`: `@tesseract.js-data/pol` 4.0.0_best_int, LSTM-only integer model (accuracy of
 *   tessdata_best, less memory than `standard`);
 * - `fast`: tessdata_fast, shipped in `packages/extract/data/tessdata-fast` (Apache-2.0), the model
 *   native tesseract uses by default, ≈ 20 % faster;
 * - `standard`: `@tesseract.js-data/pol` 4.0.0 (legacy + LSTM; the LSTM part is used).
 */
export const OCR_MODELS = {
  best_int: { langPath: path.join(polishDataRoot, '4.0.0_best_int'), name: 'pol 4.0.0_best_int' },
  fast: { langPath: fastModelRoot, name: 'pol tessdata_fast 4.1.0' },
  standard: { langPath: path.join(polishDataRoot, '4.0.0'), name: 'pol 4.0.0' },
} as const;
export type OcrModel = keyof typeof OCR_MODELS;

export interface TesseractPoolOptions {
  /**
   * Number of tesseract.js worker threads; each OCRs one page at a time.
   * @defaultValue the caller's choice; the CLI uses the number of cores
   */
  size: number;
  /**
   * Longest OCR of one page before its worker is killed and replaced.
   * @defaultValue 60,000 ms
   */
  pageTimeoutMs?: number;
  /** @defaultValue 'best_int' */
  model?: OcrModel;
}

type TesseractWorker = Awaited<ReturnType<typeof Tesseract.createWorker>>;

interface Slot {
  worker: Promise<TesseractWorker> | null;
  busy: boolean;
}

interface Task {
  image: OcrImage;
  page: number | undefined;
  timeoutMs: number;
  resolve(result: OcrResult): void;
  reject(error: unknown): void;
}

/**
 * A pool of tesseract.js workers with the Polish model from `@tesseract.js-data/pol`, fully offline:
 * `langPath` points into the npm package (without it tesseract.js fetches from a CDN and, offline,
 * kills the process) and `cacheMethod: 'none'` keeps it from writing `pol.traineddata` into the cwd.
 * A page that overruns its time budget gets its worker terminated and replaced.
 */
export function createTesseractPool(options: TesseractPoolOptions): OcrEngine {
  const model = options.model ?? 'best_int';
  const defaultTimeoutMs = options.pageTimeoutMs ?? 60_000;
  const slots: Slot[] = Array.from({ length: Math.max(1, options.size) }, () => ({
    worker: null,
    busy: false,
  }));
  const queue: Task[] = [];
  let closed = false;

  const spawn = async (): Promise<TesseractWorker> => {
    const worker = await Tesseract.createWorker('pol', Tesseract.OEM.LSTM_ONLY, {
      langPath: OCR_MODELS[model].langPath,
      cacheMethod: 'none',
      gzip: true,
      // Errors of a job are delivered to its promise; this keeps tesseract.js from rethrowing them.
      errorHandler: () => undefined,
    });
    // tesseract.js sets `onerror`, which a Node worker thread ignores: without a listener an error in
    // the thread (out of memory) would be rethrown in the main thread and end the process.
    (worker as unknown as { worker?: NodeJS.EventEmitter }).worker?.on('error', () => undefined);
    return worker;
  };

  const kill = (slot: Slot) => {
    const dying = slot.worker;
    slot.worker = null;
    dying?.then((w) => w.terminate()).catch(() => undefined);
  };

  const run = async (slot: Slot, task: Task): Promise<OcrResult> => {
    const { timeoutMs } = task;
    slot.worker ??= spawn();
    const worker = await slot.worker;
    const input =
      task.image.kind === 'gray' ? Buffer.from(encodePgm(task.image.image)) : Buffer.from(task.image.bytes);
    const dpi = task.image.dpi;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        kill(slot);
        reject(
          new SkrybaError(
            'E_OCR_TIMEOUT',
            `OCR of page ${(task.page ?? 0) + 1} took longer than ${timeoutMs} ms; the OCR worker was replaced.`,
            { page: task.page, retryable: true },
          ),
        );
      }, timeoutMs);
    });
    // The page's whole exchange with the worker races the timer. The timer used to start before
    // `setParameters` was awaited outside the race: a timeout firing then rejected a promise nobody
    // listened to yet (an unhandled rejection ends the process), and the killed worker left the
    // awaited call pending for ever.
    const work = (async () => {
      // Wide gaps stay several spaces, so blocks set side by side (signatures, tables) stay apart.
      await worker.setParameters({
        preserve_interword_spaces: '1',
        ...(dpi && { user_defined_dpi: String(Math.round(dpi)) }),
      });
      return worker.recognize(input, {}, { text: true });
    })();
    try {
      const result = await Promise.race([work, timeout]);
      return {
        text: result.data.text ?? '',
        confidence: Math.max(0, Math.min(1, (result.data.confidence ?? 0) / 100)),
      };
    } catch (thrown) {
      if (thrown instanceof SkrybaError) throw thrown;
      kill(slot);
      const message = thrown instanceof Error ? thrown.message : String(thrown);
      throw new SkrybaError('E_OCR_FAILED', `OCR of page ${(task.page ?? 0) + 1} failed: ${message}`, {
        page: task.page,
        cause: thrown,
      });
    } finally {
      clearTimeout(timer);
    }
  };

  const pump = () => {
    for (const slot of slots) {
      if (slot.busy || queue.length === 0) continue;
      const task = queue.shift()!;
      slot.busy = true;
      run(slot, task)
        .then(task.resolve, task.reject)
        .finally(() => {
          slot.busy = false;
          pump();
        });
    }
  };

  return {
    info: { engine: 'tesseract.js', engineVersion: tesseractVersion, model: OCR_MODELS[model].name },
    recognize(image, recognizeOptions: RecognizeOptions = {}) {
      if (closed) return Promise.reject(new SkrybaError('E_INTERNAL', 'The OCR pool is closed.'));
      return new Promise<OcrResult>((resolve, reject) => {
        const { page, timeoutMs = defaultTimeoutMs } = recognizeOptions;
        queue.push({ image, page, timeoutMs, resolve, reject });
        pump();
      });
    },
    async close() {
      closed = true;
      for (const task of queue.splice(0))
        task.reject(new SkrybaError('E_INTERNAL', 'The OCR pool was closed.'));
      await Promise.all(slots.map(async (slot) => (await slot.worker?.catch(() => null))?.terminate()));
      for (const slot of slots) slot.worker = null;
    },
  };
}
