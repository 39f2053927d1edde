import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectMediaType } from './detectMediaType.ts';
import { makeDocx, makeZip } from './testing/buildZip.ts';

const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../../../fixtures/documents/${name}`, import.meta.url)));

describe('detectMediaType', () => {
  it.each([
    ['004_10b2ab1836c4a002.born-digital.pdf', 'application/pdf'],
    ['004_10b2ab1836c4a002.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ['003_b45d6cf69d2708ee.scan.png', 'image/png'],
    ['000_cd7d5d2b610712f1.scan.jpg', 'image/jpeg'],
    ['001_e8bd44b07124655c.scan.tiff', 'image/tiff'],
    ['004_10b2ab1836c4a002.txt', 'unknown'],
  ])('%s is %s', (name, expected) => {
    expect(detectMediaType(fixture(name))).toBe(expected);
  });

  it('finds a PDF header behind a little junk, as PDF readers do', () => {
    const pdf = fixture('004_10b2ab1836c4a002.born-digital.pdf');
    expect(
      detectMediaType(new Uint8Array([...new TextEncoder().encode('junk\n'), ...pdf.subarray(0, 64)])),
    ).toBe('application/pdf');
  });

  it('tells a Word document from any other zip', () => {
    expect(detectMediaType(makeDocx(['Ala ma kota.']))).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(detectMediaType(makeZip([{ name: 'a.txt', data: 'x' }]))).toBe('zip');
  });

  it('calls a truncated Word document a Word document, and a truncated other zip a zip', () => {
    const docx = fixture('004_10b2ab1836c4a002.docx');
    expect(detectMediaType(docx.subarray(0, Math.floor(docx.length * 0.6)))).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    const zip = makeZip([{ name: 'a.txt', data: 'x'.repeat(1000) }]);
    expect(detectMediaType(zip.subarray(0, 40))).toBe('zip');
  });
});
