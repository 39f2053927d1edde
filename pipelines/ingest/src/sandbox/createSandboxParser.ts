import { randomUUID } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import type { DocumentParser, Limits, OcrImage, PageImageSource, RawDocument } from '@skryba/extract';
import { SkrybaError } from '@skryba/schema';
import { type SandboxRequest, type SandboxResponse, sandboxResponseSchema } from './sandboxProtocol.ts';

export interface SandboxParserOptions {
  /**
   * Sandbox threads: files parsed or pages rendered at the same time.
   * @defaultValue 2
   */
  threads?: number;
  /** Time and heap limits applied to every request (`parseTimeoutMs`, `parseMemoryMb`). */
  limits: Limits;
}

export interface SandboxParser extends DocumentParser {
  close(): Promise<void>;
}

type RequestBody = SandboxRequest extends infer R
  ? R extends SandboxRequest
    ? Omit<R, 'id'>
    : never
  : never;

interface Pending {
  body: RequestBody;
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

/**
 * One thread running untrusted parsers. It handles one request at a time, so when it overruns its time
 * or heap limit and is killed, only that request fails; the next request gets a fresh thread.
 */
class SandboxThread {
  private worker: Worker | null = null;
  private current: (Pending & { id: number; timer: NodeJS.Timeout }) | null = null;
  private readonly queue: Pending[] = [];
  private nextId = 1;

  constructor(private readonly limits: Limits) {}

  get load(): number {
    return this.queue.length + (this.current ? 1 : 0);
  }

  request(body: RequestBody): Promise<unknown> {
    return new Promise((resolve, reject) => {
      this.queue.push({ body, resolve, reject });
      this.pump();
    });
  }

  private spawn(): Worker {
    const worker = new Worker(new URL('./sandboxThread.mjs', import.meta.url), {
      resourceLimits: { maxOldGenerationSizeMb: this.limits.parseMemoryMb },
      // The thread must not inherit loaders or flags meant for the parent (vitest, inspectors).
      execArgv: [],
      stdout: true,
      stderr: true,
    });
    // pdf.js prints warnings about damaged files; they belong to the failure report, not the terminal.
    worker.stdout.resume();
    worker.stderr.resume();
    worker.on('message', (message: unknown) => this.settle(message));
    worker.on('error', (error: Error & { code?: string }) => {
      const outOfMemory = error.code === 'ERR_WORKER_OUT_OF_MEMORY';
      this.fail(
        outOfMemory
          ? new SkrybaError(
              'E_LIMIT_MEMORY',
              `Reading the file needed more than ${this.limits.parseMemoryMb} MB of memory; it was stopped.`,
            )
          : new SkrybaError('E_INTERNAL', `The sandbox thread failed: ${error.message}`, { cause: error }),
      );
    });
    worker.on('exit', () => {
      if (this.worker === worker) this.worker = null;
      this.fail(
        new SkrybaError('E_INTERNAL', 'The sandbox thread exited unexpectedly.', { retryable: true }),
      );
    });
    worker.unref();
    return worker;
  }

  private pump(): void {
    if (this.current || this.queue.length === 0) return;
    const next = this.queue.shift()!;
    const id = this.nextId++;
    this.worker ??= this.spawn();
    const timer = setTimeout(() => {
      this.fail(
        new SkrybaError(
          'E_DOCUMENT_TIMEOUT',
          `Reading the file took longer than ${this.limits.parseTimeoutMs} ms (limits.parseTimeoutMs); it was stopped.`,
        ),
      );
    }, this.limits.parseTimeoutMs);
    this.current = { ...next, id, timer };
    this.worker.postMessage({ ...next.body, id });
  }

  private settle(message: unknown): void {
    const parsed = sandboxResponseSchema.safeParse(message);
    const current = this.current;
    if (!current || !parsed.success || parsed.data.id !== current.id) return;
    clearTimeout(current.timer);
    this.current = null;
    const response: SandboxResponse = parsed.data;
    if (response.ok) current.resolve(response.value);
    else
      current.reject(
        new SkrybaError(response.error.code, response.error.message, { page: response.error.page }),
      );
    this.pump();
  }

  /** Fails the running request and kills the thread (its state may be anything now). */
  private fail(error: SkrybaError): void {
    const current = this.current;
    if (!current) return;
    clearTimeout(current.timer);
    this.current = null;
    const worker = this.worker;
    this.worker = null;
    void worker?.terminate();
    current.reject(error);
    this.pump();
  }

  async close(): Promise<void> {
    for (const pending of this.queue.splice(0))
      pending.reject(new SkrybaError('E_INTERNAL', 'The sandbox was closed.'));
    const worker = this.worker;
    this.worker = null;
    await worker?.terminate();
  }
}

/** Copies the bytes once into shared memory so every page request reaches the thread without a copy. */
function shared(bytes: Uint8Array): Uint8Array {
  const view = new Uint8Array(new SharedArrayBuffer(bytes.byteLength));
  view.set(bytes);
  return view;
}

/**
 * A {@link DocumentParser} whose parsing and rendering run in sandbox threads with the time and heap
 * limits of `limits`: a hostile file can hang or exhaust its thread, never the process.
 */
export function createSandboxParser(options: SandboxParserOptions): SandboxParser {
  const threads = Array.from(
    { length: Math.max(1, options.threads ?? 2) },
    () => new SandboxThread(options.limits),
  );
  const leastLoaded = () => threads.reduce((a, b) => (b.load < a.load ? b : a));

  return {
    async readDocument(bytes, limits): Promise<RawDocument> {
      return (await leastLoaded().request({ op: 'read', bytes: shared(bytes), limits })) as RawDocument;
    },
    async openPageImageSource(bytes, mediaType, limits): Promise<PageImageSource> {
      const sourceId = randomUUID();
      const sharedBytes = shared(bytes);
      // Pages of one document go to the same thread while it lives, so it can keep the file open.
      const thread = leastLoaded();
      return {
        async prepare(page, mode) {
          const body = {
            op: 'prepare' as const,
            sourceId,
            bytes: sharedBytes,
            mediaType,
            limits,
            page,
            mode,
          };
          return (await thread.request(body)) as OcrImage | null;
        },
        async close() {
          await thread.request({ op: 'release', sourceId }).catch(() => undefined);
        },
      };
    },
    async close() {
      await Promise.all(threads.map((thread) => thread.close()));
    },
  };
}
