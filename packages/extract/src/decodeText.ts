import { SkrybaError } from '@skryba/schema';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1250' | 'iso-8859-2';

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
}

const POLISH_LETTERS = /[ąćęłńóśźżĄĆĘŁŃÓŚŹŻ]/gu;
// C0 controls except tab, LF, FF and CR; DEL; C1 controls. Real text has almost none of these.
// biome-ignore lint/suspicious/noControlCharactersInRegex: detecting control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f]/gu;

const count = (text: string, pattern: RegExp): number => text.match(pattern)?.length ?? 0;

function decodeWith(bytes: Uint8Array, encoding: TextEncoding, fatal = false): string {
  return new TextDecoder(encoding, { fatal, ignoreBOM: false }).decode(bytes);
}

/** UTF-16 without a BOM shows as a zero byte in every other position for Latin text. */
function guessUtf16(bytes: Uint8Array): TextEncoding | null {
  const sample = bytes.subarray(0, Math.min(bytes.length, 4096) & ~1);
  if (sample.length < 16) return null;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < sample.length; i += 2) {
    if (sample[i] === 0) zeroEven++;
    if (sample[i + 1] === 0) zeroOdd++;
  }
  const pairs = sample.length / 2;
  if (zeroOdd / pairs > 0.3 && zeroEven / pairs < 0.05) return 'utf-16le';
  if (zeroEven / pairs > 0.3 && zeroOdd / pairs < 0.05) return 'utf-16be';
  return null;
}

/**
 * Decodes a plain-text file the way Polish archives write them: UTF-8, UTF-16 (with or without BOM)
 * or one of the two legacy 8-bit encodings (Windows-1250, ISO-8859-2), told apart by which one
 * yields Polish letters rather than symbols and control codes. Throws `E_UNSUPPORTED_TYPE` for data that
 * is not text in any of them.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  let encoding: TextEncoding | null = null;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) encoding = 'utf-8';
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) encoding = 'utf-16le';
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) encoding = 'utf-16be';
  else encoding = guessUtf16(bytes);

  let text: string;
  if (encoding) {
    try {
      text = decodeWith(bytes, encoding, true);
    } catch {
      throw new SkrybaError(
        'E_UNSUPPORTED_TYPE',
        `The file claims to be ${encoding} text but is not valid ${encoding}.`,
      );
    }
  } else {
    try {
      text = decodeWith(bytes, 'utf-8', true);
      encoding = 'utf-8';
    } catch {
      const candidates = (['windows-1250', 'iso-8859-2'] as const).map((enc) => {
        const decoded = decodeWith(bytes, enc);
        return { enc, decoded, score: count(decoded, POLISH_LETTERS) - 4 * count(decoded, CONTROL) };
      });
      const best = candidates[0]!.score >= candidates[1]!.score ? candidates[0]! : candidates[1]!;
      text = best.decoded;
      encoding = best.enc;
    }
  }
  const sample = text.length > 200_000 ? text.slice(0, 200_000) : text;
  const controls = count(sample, CONTROL);
  if (sample.includes('\u0000') || controls > Math.max(2, sample.length * 0.01)) {
    throw new SkrybaError(
      'E_UNSUPPORTED_TYPE',
      'The file is not a PDF, Word document, image or text file: its bytes look like binary data.',
    );
  }
  return { text, encoding };
}
