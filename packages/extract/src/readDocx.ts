import { inflateRawSync } from 'node:zlib';
import { SkrybaError, type Warning } from '@skryba/schema';
import mammoth from 'mammoth';
import type { Limits } from './limits.ts';
import { readZipDirectory, type ZipEntry } from './readZipDirectory.ts';

const invalid = (why: string, cause?: unknown) =>
  new SkrybaError('E_DOCX_INVALID', `The file is not a readable Word document: ${why}.`, { cause });

/** Inflates one entry with a hard output cap: the declared size in the directory may lie. */
function inflateEntry(bytes: Uint8Array, entry: ZipEntry, cap: number): Buffer {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== 0x04034b50)
    throw invalid(`damaged entry ${entry.name}`);
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) return Buffer.from(data);
  if (entry.method !== 8) throw invalid(`entry ${entry.name} uses an unsupported compression method`);
  try {
    return inflateRawSync(data, { maxOutputLength: cap });
  } catch (thrown) {
    if ((thrown as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
      throw new SkrybaError(
        'E_ZIP_BOMB',
        `The document decompresses to more than its sizes declare and past the limit (limits.maxDecompressedBytes) at part ${entry.name}; refused as a zip bomb.`,
        {
          cause: thrown,
        },
      );
    }
    throw invalid(`entry ${entry.name} is damaged`, thrown);
  }
}

/**
 * Vets a DOCX before mammoth reads it: a zip-bomb check on declared and actual sizes, no encrypted
 * parts, no DTD or entity declarations in any XML part (Word never writes them; they are how XXE
 * and entity-expansion attacks arrive), and a note of external relationships, which are never fetched.
 */
function vetDocx(bytes: Uint8Array, limits: Limits): Warning[] {
  const directory = readZipDirectory(bytes);
  if (!directory.ok) throw invalid(directory.reason);
  const { entries } = directory;
  if (!entries.some((e) => e.name === 'word/document.xml')) throw invalid('word/document.xml is missing');
  if (entries.some((e) => e.encrypted)) throw invalid('it is encrypted');
  let declared = 0;
  for (const entry of entries) {
    declared += entry.uncompressedSize;
    const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
    if (
      declared > limits.maxDecompressedBytes ||
      (entry.uncompressedSize > 1_000_000 && ratio > limits.maxCompressionRatio)
    ) {
      throw new SkrybaError(
        'E_ZIP_BOMB',
        `The document would decompress to more than the limit (${limits.maxDecompressedBytes} bytes, ratio ≤ ${limits.maxCompressionRatio}); refused as a zip bomb.`,
      );
    }
  }
  const warnings: Warning[] = [];
  let actual = 0;
  for (const entry of entries.filter((e) => /\.(xml|rels)$/i.test(e.name))) {
    const xml = inflateEntry(bytes, entry, limits.maxDecompressedBytes - actual);
    actual += xml.length;
    const head = xml.subarray(0, 4096).toString('utf8');
    if (/<!DOCTYPE|<!ENTITY/i.test(head) || xml.includes('<!ENTITY')) {
      throw invalid(
        `part ${entry.name} declares a DTD or entities, which Word never writes (refused for safety)`,
      );
    }
    if (entry.name.endsWith('.rels') && xml.includes('TargetMode="External"') && warnings.length === 0) {
      warnings.push({
        code: 'W_DOCX_EXTERNAL_LINKS_IGNORED',
        message:
          'The document links to external resources (images, templates or links); they were not fetched.',
      });
    }
  }
  return warnings;
}

/** Text of a DOCX with paragraph breaks kept (mammoth separates paragraphs with a blank line). */
export async function readDocx(
  bytes: Uint8Array,
  limits: Limits,
): Promise<{ text: string; warnings: Warning[] }> {
  const warnings = vetDocx(bytes, limits);
  try {
    const result = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    return { text: result.value, warnings };
  } catch (thrown) {
    // mammoth walks the XML recursively: absurd nesting ends in a stack overflow, caught here.
    if (thrown instanceof RangeError) throw invalid('its XML is nested too deeply to read', thrown);
    throw invalid(thrown instanceof Error ? thrown.message : String(thrown), thrown);
  }
}
