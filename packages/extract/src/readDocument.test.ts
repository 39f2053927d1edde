import { readFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { defaultLimits, limitsSchema } from './limits.ts';
import { readDocument } from './readDocument.ts';
import { makeDocx, makeZip } from './testing/buildZip.ts';

const fixtures = new URL('../../../fixtures/', import.meta.url);
const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`documents/${name}`, fixtures)));
const seed = (name: string) => readFileSync(new URL(`seeds/${name}`, fixtures), 'utf8');
const words = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('readDocument', () => {
  it('reads a born-digital PDF text layer exactly (pdf-parse)', async () => {
    const raw = await readDocument(fixture('001_e8bd44b07124655c.born-digital.pdf'), defaultLimits);
    expect(raw.mediaType).toBe('application/pdf');
    expect(raw.pages).toHaveLength(1);
    expect(words(raw.pages[0]!.text!)).toBe(words(seed('001_e8bd44b07124655c.txt')));
  });

  it('reads DOCX text with paragraph breaks (mammoth)', async () => {
    const raw = await readDocument(fixture('004_10b2ab1836c4a002.docx'), defaultLimits);
    expect(words(raw.pages[0]!.text!)).toBe(words(seed('004_10b2ab1836c4a002.txt')));
    expect(raw.pages[0]!.text).toContain('\n\n');
  });

  it('leaves an image-only PDF page without text and an image without a text layer', async () => {
    const scan = await readDocument(fixture('004_10b2ab1836c4a002.scan.pdf'), defaultLimits);
    expect(scan.pages.map((p) => p.text?.trim())).toEqual(['']);
    const image = await readDocument(fixture('000_cd7d5d2b610712f1.scan.jpg'), defaultLimits);
    expect(image).toMatchObject({ mediaType: 'image/jpeg', pages: [{ index: 0, text: null }] });
  });

  it('lays out a word-by-word OCR text layer into lines', async () => {
    const raw = await readDocument(fixture('004_10b2ab1836c4a002.scan-eng-layer.pdf'), defaultLimits);
    const lines = raw.pages[0]!.text!.split('\n').filter((line) => line.trim());
    expect(lines.length).toBeLessThan(60);
    expect(lines.some((line) => line.includes('W odpowiedzi na Pana'))).toBe(true);
  });

  it('decodes legacy encodings and says so', async () => {
    const raw = await readDocument(fixture('001_e8bd44b07124655c.cp1250.txt'), defaultLimits);
    expect(raw.pages[0]!.text).toBe(seed('001_e8bd44b07124655c.txt'));
    expect(raw.warnings.map((w) => w.code)).toEqual(['W_TEXT_ENCODING_LEGACY']);
  });

  it.each([
    ['an empty file', new Uint8Array(), 'E_EMPTY_FILE'],
    ['a truncated PDF', fixture('004_10b2ab1836c4a002.born-digital.pdf').subarray(0, 400), 'E_PDF_CORRUPT'],
    ['a zip that is not a Word document', makeZip([{ name: 'notes.txt', data: 'x' }]), 'E_UNSUPPORTED_TYPE'],
    [
      'a DOCX declaring an external entity',
      makeDocx(
        [],
        [
          {
            name: 'word/settings.xml',
            data: '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>',
          },
        ],
      ),
      'E_DOCX_INVALID',
    ],
  ])('fails %s with %s', async (_what, bytes, code) => {
    await expect(readDocument(bytes, defaultLimits)).rejects.toMatchObject({ code });
  });

  it('names an old Word file, refuses PNG noise, and keeps a truncated PNG', async () => {
    const doc = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Uint8Array(512)]);
    await expect(readDocument(doc, defaultLimits)).rejects.toMatchObject({
      code: 'E_UNSUPPORTED_TYPE',
      message: expect.stringContaining('Word 97–2003'),
    });
    const png = fixture('003_b45d6cf69d2708ee.scan.png');
    const noisy = new Uint8Array(png);
    noisy.fill(0x5a, 136, 5000); // the first IDAT chunk's data starts at byte 136: no zlib header left
    await expect(readDocument(noisy, defaultLimits)).rejects.toMatchObject({ code: 'E_IMAGE_CORRUPT' });
    const truncated = png.subarray(0, png.length / 3);
    await expect(readDocument(truncated, defaultLimits)).resolves.toMatchObject({ mediaType: 'image/png' });
  });

  it('says when a PDF embeds an image over the pixel limit (pdf.js leaves it out silently)', async () => {
    const scan = fixture('004_10b2ab1836c4a002.scan.pdf');
    const few = await readDocument(scan, limitsSchema.parse({ maxImagePixels: 1_000_000 }));
    expect(few.warnings).toEqual([
      expect.objectContaining({ code: 'E_LIMIT_PIXELS', message: expect.stringMatching(/\d+ × \d+ pixels/) }),
    ]);
    expect((await readDocument(scan, defaultLimits)).warnings).toEqual([]);
  });

  it('refuses a PDF whose page content is a decompression bomb before pdf.js inflates it', async () => {
    const pdfWithContent = (content: Buffer) => {
      const stream = deflateSync(content);
      const objects = [
        '<< /Type /Catalog /Pages 2 0 R >>',
        '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
        '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>',
      ].map((body, i) => Buffer.from(`${i + 1} 0 obj\n${body}\nendobj\n`));
      const head = Buffer.from(`4 0 obj\n<< /Filter /FlateDecode /Length ${stream.length} >>\nstream\n`);
      return new Uint8Array(
        Buffer.concat([
          Buffer.from('%PDF-1.7\n'),
          ...objects,
          head,
          stream,
          Buffer.from('\nendstream\nendobj\ntrailer\n<< /Size 5 /Root 1 0 R >>\n%%EOF\n'),
        ]),
      );
    };
    const bomb = pdfWithContent(Buffer.alloc(20 * 1024 * 1024, '1 0 0 1 0 0 cm\n'));
    await expect(readDocument(bomb, defaultLimits)).rejects.toMatchObject({
      code: 'E_ZIP_BOMB',
      message: expect.stringContaining('limits.maxCompressionRatio'),
    });
    // The same page with an ordinary amount of content is read (pdf.js rebuilds the missing xref).
    const page = pdfWithContent(Buffer.from('BT /F1 12 Tf 72 720 Td (Hello) Tj ET\n'.repeat(50)));
    await expect(readDocument(page, defaultLimits)).resolves.toMatchObject({ mediaType: 'application/pdf' });
  });

  it('refuses a text far beyond the text limit from its size, and binary data as binary', async () => {
    const limits = limitsSchema.parse({ maxTextChars: 1000 });
    const long = new TextEncoder().encode('a'.repeat(4001));
    await expect(readDocument(long, limits)).rejects.toMatchObject({ code: 'E_LIMIT_TEXT' });
    const binary = new Uint8Array(4001).map((_, i) => (i * 7919) % 256);
    await expect(readDocument(binary, limits)).rejects.toMatchObject({ code: 'E_UNSUPPORTED_TYPE' });
  });

  it('refuses a DOCX whose part inflates past the limit even when its directory lies', async () => {
    const bomb = makeDocx([], [{ name: 'word/bomb.xml', data: 'a'.repeat(8_000_000), declaredSize: 100 }]);
    const limits = limitsSchema.parse({ maxDecompressedBytes: 1_000_000 });
    await expect(readDocument(bomb, limits)).rejects.toMatchObject({ code: 'E_ZIP_BOMB' });
  });

  it('applies page, pixel and size limits before doing the work', async () => {
    const pdf = fixture('004_10b2ab1836c4a002.born-digital.pdf');
    await expect(readDocument(pdf, limitsSchema.parse({ maxBytes: 100 }))).rejects.toMatchObject({
      code: 'E_LIMIT_BYTES',
    });
    const png = fixture('003_b45d6cf69d2708ee.scan.png');
    await expect(readDocument(png, limitsSchema.parse({ maxPixelsPerPage: 1000 }))).rejects.toMatchObject({
      code: 'E_LIMIT_PIXELS',
    });
    const text = new TextEncoder().encode('słowo '.repeat(100));
    await expect(readDocument(text, limitsSchema.parse({ maxTextChars: 100 }))).rejects.toMatchObject({
      code: 'E_LIMIT_TEXT',
    });
  });
});
