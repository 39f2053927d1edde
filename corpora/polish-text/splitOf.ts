import { createHash } from 'node:crypto';

/** Which part of a corpus a document belongs to. */
export type Split = 'train' | 'heldout';

/**
 * The one split rule for every corpus document: the first byte of sha256(id) below 52 (≈ 20 %) is
 * held out. Held-out documents are later rendered, OCR'd with the wrong model and used to benchmark
 * repair, so no count, frequency or n-gram may ever be learned from them.
 */
export function splitOf(id: string): Split {
  const firstByte = createHash('sha256').update(id, 'utf8').digest()[0]!;
  return firstByte < 52 ? 'heldout' : 'train';
}
