import { describe, expect, it } from 'vitest';
import { decodeText } from './decodeText.ts';

const polish = 'Zażółć gęślą jaźń — Świętych, Łódź, Kraków, są, się. ŻÓŁW ĄĘ ŚĆ ŹŃ';

function encodeUtf16(text: string, littleEndian: boolean, bom: boolean): Uint8Array {
  const out = new Uint8Array((text.length + (bom ? 1 : 0)) * 2);
  const view = new DataView(out.buffer);
  let p = 0;
  if (bom) {
    view.setUint16(0, 0xfeff, littleEndian);
    p = 2;
  }
  for (let i = 0; i < text.length; i++, p += 2) view.setUint16(p, text.charCodeAt(i), littleEndian);
  return out;
}

/** Single-byte encodings built from their code charts (independent of the decoder under test). */
const CP1250: Record<string, number> = {
  ą: 0xb9,
  ć: 0xe6,
  ę: 0xea,
  ł: 0xb3,
  ń: 0xf1,
  ó: 0xf3,
  ś: 0x9c,
  ź: 0x9f,
  ż: 0xbf,
  Ą: 0xa5,
  Ć: 0xc6,
  Ę: 0xca,
  Ł: 0xa3,
  Ń: 0xd1,
  Ó: 0xd3,
  Ś: 0x8c,
  Ź: 0x8f,
  Ż: 0xaf,
  '—': 0x97,
};
const ISO8859_2: Record<string, number> = {
  ą: 0xb1,
  ć: 0xe6,
  ę: 0xea,
  ł: 0xb3,
  ń: 0xf1,
  ó: 0xf3,
  ś: 0xb6,
  ź: 0xbc,
  ż: 0xbf,
  Ą: 0xa1,
  Ć: 0xc6,
  Ę: 0xca,
  Ł: 0xa3,
  Ń: 0xd1,
  Ó: 0xd3,
  Ś: 0xa6,
  Ź: 0xac,
  Ż: 0xaf,
  '—': 0x2d,
};
const encodeSingleByte = (text: string, chart: Record<string, number>) =>
  Uint8Array.from([...text].map((ch) => chart[ch] ?? ch.charCodeAt(0)));

describe('decodeText', () => {
  it('reads UTF-8 with and without a BOM', () => {
    const bytes = new TextEncoder().encode(polish);
    expect(decodeText(bytes)).toEqual({ text: polish, encoding: 'utf-8' });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes])).text).toBe(polish);
  });

  it('reads UTF-16 in both byte orders, with or without a BOM', () => {
    expect(decodeText(encodeUtf16(polish, true, true))).toEqual({ text: polish, encoding: 'utf-16le' });
    expect(decodeText(encodeUtf16(polish, false, true))).toEqual({ text: polish, encoding: 'utf-16be' });
    expect(decodeText(encodeUtf16(polish, true, false))).toEqual({ text: polish, encoding: 'utf-16le' });
  });

  it('tells Windows-1250 from ISO-8859-2 by the Polish letters they yield', () => {
    const cp1250 = decodeText(encodeSingleByte(polish, CP1250));
    expect(cp1250).toEqual({ text: polish, encoding: 'windows-1250' });
    const iso = decodeText(encodeSingleByte(polish, ISO8859_2));
    expect(iso).toEqual({ text: polish.replace('—', '-'), encoding: 'iso-8859-2' });
  });

  it('refuses binary data', () => {
    const codeOf = (bytes: Uint8Array) => {
      try {
        decodeText(bytes);
        return 'decoded';
      } catch (thrown) {
        return (thrown as { code?: string }).code;
      }
    };
    const garbage = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256);
    expect(codeOf(garbage)).toBe('E_UNSUPPORTED_TYPE');
    const textWithNuls = new TextEncoder().encode(
      'Sprawozdanie\u0000 z posiedzenia\u0000\u0000 rady gminy w dniu 3 marca',
    );
    expect(codeOf(textWithNuls)).toBe('E_UNSUPPORTED_TYPE');
  });
});
