/** A replacement of a span of the text (offsets into the text it was found in). */
export interface Replacement {
  start: number;
  end: number;
  after: string;
  /** How sure the rule or the decoder is, 0..1. */
  confidence: number;
}

/**
 * What wrong-model OCR does to Polish punctuation, undone in mangled blocks only:
 * - a bullet `•` read as a lone `e`, `«` or `*` at the start of a line (`e 14 listopada` → `• 14 listopada`);
 * - the en dash between words read as an em dash (`projekt — jest`), and `z o.o.` read as `z 0.0.`;
 * - the opening quote `„` read as two commas (`,,Jak`), as a comma standing apart before a capital
 *   (`społecznych , Jak`), or as `»` when the block has no closing `«`.
 * Polish never puts a space before a comma and never starts a line with a one-letter word `e`, so
 * these readings are safe to undo; the dash and bullet readings were the commonest in the training
 * pairs (`packages/repair/scripts/trainConfusionModel.ts` prints them).
 */
export function punctuationRepairs(block: string): Replacement[] {
  const out: Replacement[] = [];
  for (const m of block.matchAll(/(^|\n)([^\S\n]*)(e|«|\*)(?=[^\S\n]+[\p{Lu}\p{Nd}])/gu)) {
    const start = m.index + m[1]!.length + m[2]!.length;
    out.push({ start, end: start + 1, after: '•', confidence: 0.9 });
  }
  for (const m of block.matchAll(/(?<=^|\s),,(?=\p{L})/gu)) {
    out.push({ start: m.index, end: m.index + 2, after: '„', confidence: 0.9 });
  }
  for (const m of block.matchAll(/(?<=\s),\s?(?=\p{Lu}\p{Ll})/gu)) {
    out.push({ start: m.index, end: m.index + m[0].length, after: '„', confidence: 0.8 });
  }
  // The en dash between words (`projekt – jest`) comes out as an em dash.
  for (const m of block.matchAll(/(?<=\S[^\S\n]|^)—(?=[^\S\n]\S)/gmu)) {
    out.push({ start: m.index, end: m.index + 1, after: '–', confidence: 0.8 });
  }
  // `sp. z o.o.` (a limited company) read with zeros.
  for (const m of block.matchAll(/(?<=\bz[^\S\n])0\.0\./gu)) {
    out.push({ start: m.index, end: m.index + 4, after: 'o.o.', confidence: 0.9 });
  }
  if (!block.includes('«')) {
    for (const m of block.matchAll(/(?<=^|\s)»(?=\p{L})/gu)) {
      out.push({ start: m.index, end: m.index + 1, after: '„', confidence: 0.7 });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
