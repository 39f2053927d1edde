import type { MediaType } from '@skryba/schema';
import { readZipDirectory } from './readZipDirectory.ts';

const startsWith = (bytes: Uint8Array, magic: number[], at = 0): boolean =>
  magic.every((b, i) => bytes[at + i] === b);

/** `%PDF-` may follow a little junk (some scanners prepend bytes); readers accept it within 1 KiB. */
function findPdfHeader(bytes: Uint8Array): boolean {
  const limit = Math.min(bytes.length - 5, 1024);
  for (let i = 0; i <= limit; i++) {
    if (bytes[i] === 0x25 && startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d], i)) return true;
  }
  return false;
}

/** Names that only an Office Open XML package starts with (Word writes one of them first). */
const OOXML_FIRST_ENTRY = /^(\[Content_Types\]\.xml|_rels\/|word\/|docProps\/)/;

/**
 * The name of the zip's first local entry, read from its local header: a truncated DOCX has lost its
 * central directory but still starts like one.
 */
function firstEntryName(bytes: Uint8Array): string | null {
  if (bytes.length < 30) return null;
  const nameLength = bytes[26]! | (bytes[27]! << 8);
  if (30 + nameLength > bytes.length) return null;
  return Buffer.from(bytes.buffer, bytes.byteOffset + 30, nameLength).toString('utf8');
}

/**
 * What kind of document the bytes are, decided from the bytes alone (a PDF named `.docx` is a PDF).
 * Returns `zip` for a zip that is not a Word document (a truncated DOCX, whose central directory is
 * gone, still counts as a Word document when its first entry is an Office part) and `unknown` for bytes that are none of the
 * known containers; text detection is left to {@link decodeText}, which can tell text from binary.
 */
export function detectMediaType(bytes: Uint8Array): Exclude<MediaType, 'text/plain'> | 'zip' | 'unknown' {
  if (findPdfHeader(bytes)) return 'application/pdf';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a])) {
    return 'image/tiff';
  }
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    const directory = readZipDirectory(bytes);
    const docx = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' as const;
    if (directory.ok) return directory.entries.some((e) => e.name === 'word/document.xml') ? docx : 'zip';
    // A damaged zip that starts like an Office package is a damaged Word document (readDocx says
    // why); one that does not is some other broken zip.
    return OOXML_FIRST_ENTRY.test(firstEntryName(bytes) ?? '') ? docx : 'zip';
  }
  return 'unknown';
}
