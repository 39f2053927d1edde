import { brotliCompressSync, brotliDecompressSync, constants } from 'node:zlib';

/** The typed arrays a bundle can hold. */
export type BundleArray = Uint8Array | Uint16Array | Uint32Array | Int32Array | Float32Array | Float64Array;

const constructors = {
  Uint8Array,
  Uint16Array,
  Uint32Array,
  Int32Array,
  Float32Array,
  Float64Array,
} as const;
type ArrayType = keyof typeof constructors;

const MAGIC = 'SKRYBA1\n';

/**
 * One artifact = a JSON header (metadata + array directory) followed by 8-byte aligned typed arrays,
 * brotli-compressed as a whole. Decoding creates views on the decompressed buffer, so loading costs
 * one decompression and no per-element parsing.
 */
export function encodeBundle(meta: Record<string, unknown>, arrays: Record<string, BundleArray>): Buffer {
  const directory: { name: string; type: ArrayType; length: number; offset: number }[] = [];
  let offset = 0;
  for (const [name, array] of Object.entries(arrays)) {
    offset = Math.ceil(offset / 8) * 8;
    directory.push({ name, type: array.constructor.name as ArrayType, length: array.length, offset });
    offset += array.byteLength;
  }
  const header = Buffer.from(JSON.stringify({ meta, directory }), 'utf8');
  const headerBlock = Math.ceil((MAGIC.length + 4 + header.length) / 8) * 8;
  const out = Buffer.alloc(headerBlock + offset);
  out.write(MAGIC, 0, 'latin1');
  out.writeUInt32LE(header.length, MAGIC.length);
  header.copy(out, MAGIC.length + 4);
  for (const entry of directory) {
    const array = arrays[entry.name]!;
    out.set(new Uint8Array(array.buffer, array.byteOffset, array.byteLength), headerBlock + entry.offset);
  }
  return brotliCompressSync(out, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 9,
      [constants.BROTLI_PARAM_LGWIN]: 24,
      [constants.BROTLI_PARAM_SIZE_HINT]: out.length,
    },
  });
}

/** Inverse of {@link encodeBundle}. Throws when the bytes are not a bundle. */
export function decodeBundle(compressed: Uint8Array): {
  meta: Record<string, unknown>;
  arrays: Record<string, BundleArray>;
} {
  const raw = brotliDecompressSync(compressed);
  if (raw.toString('latin1', 0, MAGIC.length) !== MAGIC) throw new Error('not a skryba bundle');
  const headerLength = raw.readUInt32LE(MAGIC.length);
  const { meta, directory } = JSON.parse(
    raw.toString('utf8', MAGIC.length + 4, MAGIC.length + 4 + headerLength),
  ) as {
    meta: Record<string, unknown>;
    directory: { name: string; type: ArrayType; length: number; offset: number }[];
  };
  const headerBlock = Math.ceil((MAGIC.length + 4 + headerLength) / 8) * 8;
  // Buffer.alloc pools small buffers, so the byteOffset may be unaligned: copy once if needed.
  const base =
    raw.byteOffset % 8 === 0
      ? raw
      : new Uint8Array(raw.buffer.slice(raw.byteOffset, raw.byteOffset + raw.length));
  const arrays: Record<string, BundleArray> = {};
  for (const entry of directory) {
    const Ctor = constructors[entry.type];
    if (!Ctor) throw new Error(`unknown array type ${entry.type}`);
    arrays[entry.name] = new Ctor(base.buffer, base.byteOffset + headerBlock + entry.offset, entry.length);
  }
  return { meta, arrays };
}
