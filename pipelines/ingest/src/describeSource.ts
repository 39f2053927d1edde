import { createHash } from 'node:crypto';
import path from 'node:path';
import { detectMediaType } from '@skryba/extract';
import type { Source } from '@skryba/schema';

export const sha256Hex = (bytes: Uint8Array | string): string =>
  createHash('sha256').update(bytes).digest('hex');

/** The record's `source` block; the media type is filled in later from what parsing found. */
export function describeSource(bytes: Uint8Array, filePath: string): Source {
  const detected = detectMediaType(bytes);
  return {
    fileName: path.basename(filePath),
    mediaType: detected === 'zip' || detected === 'unknown' ? null : detected,
    bytes: bytes.length,
    sha256: sha256Hex(bytes),
  };
}
