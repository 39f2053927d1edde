import { parentPort } from 'node:worker_threads';
import { type OcrImage, openPageImageSource, type PageImageSource, readDocument } from '@skryba/extract';
import { toSkrybaError } from '@skryba/schema';
import { type SandboxRequest, type SandboxResponse, sandboxRequestSchema } from './sandboxProtocol.ts';

/** Documents kept open between their pages; a small cap bounds the memory they hold. */
const openSources = new Map<string, PageImageSource>();
const MAX_OPEN = 2;

async function sourceFor(request: Extract<SandboxRequest, { op: 'prepare' }>): Promise<PageImageSource> {
  let source = openSources.get(request.sourceId);
  if (!source) {
    for (const [id, old] of openSources) {
      if (openSources.size < MAX_OPEN) break;
      openSources.delete(id);
      await old.close();
    }
    source = await openPageImageSource(request.bytes, request.mediaType, request.limits);
    openSources.set(request.sourceId, source);
  }
  return source;
}

async function handle(
  request: SandboxRequest,
): Promise<{ response: SandboxResponse; transfer: ArrayBuffer[] }> {
  switch (request.op) {
    case 'read':
      return {
        response: {
          id: request.id,
          ok: true,
          op: 'read',
          value: await readDocument(request.bytes, request.limits),
        },
        transfer: [],
      };
    case 'prepare': {
      const source = await sourceFor(request);
      const image: OcrImage | null = await source.prepare(request.page, request.mode);
      const buffer = image?.kind === 'gray' ? image.image.pixels.buffer : undefined;
      return {
        response: { id: request.id, ok: true, op: 'prepare', value: image },
        transfer: buffer instanceof ArrayBuffer ? [buffer] : [],
      };
    }
    case 'release': {
      await openSources.get(request.sourceId)?.close();
      openSources.delete(request.sourceId);
      return { response: { id: request.id, ok: true, op: 'release', value: null }, transfer: [] };
    }
  }
}

parentPort?.on('message', async (message: unknown) => {
  const id = (message as { id?: number })?.id ?? -1;
  try {
    const { response, transfer } = await handle(sandboxRequestSchema.parse(message));
    parentPort?.postMessage(response, transfer);
  } catch (thrown) {
    const error = toSkrybaError(thrown);
    parentPort?.postMessage({
      id,
      ok: false,
      error: {
        code: error.code,
        message: error.message,
        ...(error.page !== undefined && { page: error.page }),
      },
    } satisfies SandboxResponse);
  }
});
