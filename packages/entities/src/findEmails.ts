import type { TextSpan } from './TextSpan.ts';

const EMAIL = /(?<![\p{L}\d._%+-])[\p{L}\d._%+-]+@[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.\p{L}{2,}(?![\p{L}\d@-])/gu;

/** E-mail addresses as written (a sentence-closing dot is not part of the address). */
export function findEmails(text: string): TextSpan[] {
  return [...text.matchAll(EMAIL)].map((m) => {
    const value = m[0].replace(/^[._-]+/, '');
    const start = m.index + (m[0].length - value.length);
    return { start, end: start + value.length, text: value };
  });
}
