import { ABBREVIATIONS } from '@skryba/lexicon';
/**
 * A piece of a block as repair sees it:
 * - `word`: letters (and the glyphs wrong-model OCR puts in Polish words: `rozwija¢`, `$wiat`,
 *   `uczestnik6w`), a repair candidate;
 * - `number`: digits, a context token for the language model (`<num>`);
 * - `protected`: never touched: URLs, e-mails, codes and reference numbers (`OR-03.0003.245.2019`),
 *   anything mixing digits and letters other than a confusion digit inside a word;
 * - `boundary`: the end of a sentence (`.`, `!`, `?` before a capital, or a blank line).
 * Everything else (spaces, commas, quotes) lies between tokens and is never changed.
 */
export interface RepairToken {
  kind: 'word' | 'number' | 'protected' | 'boundary';
  text: string;
  start: number;
  end: number;
}

/** Characters that belong to a word in wrong-model OCR output. */
const WORD_RUN = /(?:[\p{L}\p{M}¢$©®]|(?<=\p{L})[016](?=\p{L}))+/gu;
const NUMBER_RUN = /(?<!\p{L})\p{Nd}+(?:[.,:/-]\p{Nd}+)*(?!\p{L})/gu;
const LETTER = /\p{L}/u;
const DIGIT = /\p{Nd}/u;
/** Digits OCR substitutes for letters inside words (6/ó, 0/o, 1/l). */
const CONFUSION_DIGIT = /[016]/;
const URL_OR_EMAIL = /^(?:[a-z][a-z0-9+.-]*:\/\/|www\.)|@|\.(?:pl|com|org|eu|net|gov|info)\b/i;
const SENTENCE_END = /[.!?…]+["”»)]*$/u;

/**
 * True when the chunk is a code rather than words and numbers: `A4`, `2019r`, `OR-03.0003.245.2019`,
 * command-line options (`--byte-offset`, `-0,`), identifiers and assignments (`BASH_ALIASES`,
 * `sl=01;32`), shell variables (`$0`), paths.
 */
/** Characters prose does not use but commands, paths, identifiers and markup do. */
// `$` alone is not code: wrong-model OCR writes `$wiat` for `świat`; shell variables are `$0`, `$HOME`.
const CODE_CHARACTERS = /[=_<>{}|\\^`~#*+]|\$(?:\d|[A-Z_]{2,}|\{)|^--?\p{L}|::|\/\p{L}+\//u;

function isCode(chunk: string): boolean {
  if (URL_OR_EMAIL.test(chunk) || CODE_CHARACTERS.test(chunk)) return true;
  for (let k = 0; k < chunk.length; k++) {
    if (!DIGIT.test(chunk[k]!)) continue;
    const before = LETTER.test(chunk[k - 1] ?? '');
    const after = LETTER.test(chunk[k + 1] ?? '');
    const insideWord = before && after && CONFUSION_DIGIT.test(chunk[k]!);
    if ((before || after) && !insideWord) return true;
  }
  return (
    LETTER.test(chunk) &&
    DIGIT.test(chunk) &&
    /\p{L}[-./\\_]|[-./\\_]\p{L}/u.test(chunk) &&
    /[-./\\_]\p{Nd}|\p{Nd}[-./\\_]/u.test(chunk)
  );
}

/** Splits one whitespace-free chunk into word and number tokens; null when the chunk is a code. */
function wordsOfChunk(chunk: string, offset: number): RepairToken[] | null {
  if (isCode(chunk)) return null;
  const out: RepairToken[] = [];
  for (const m of chunk.matchAll(WORD_RUN)) {
    if (LETTER.test(m[0]))
      out.push({ kind: 'word', text: m[0], start: offset + m.index, end: offset + m.index + m[0].length });
  }
  for (const m of chunk.matchAll(NUMBER_RUN)) {
    out.push({ kind: 'number', text: m[0], start: offset + m.index, end: offset + m.index + m[0].length });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Tokens of a block with their offsets in it, in order. */
export function splitRepairTokens(text: string): RepairToken[] {
  const tokens: RepairToken[] = [];
  const chunkPattern = /\S+/g;
  let previousEnd = 0;
  for (const match of text.matchAll(chunkPattern)) {
    const chunk = match[0];
    const start = match.index;
    if (tokens.length > 0 && /\n[^\S\n]*\n/.test(text.slice(previousEnd, start))) {
      const last = tokens[tokens.length - 1]!;
      if (last.kind !== 'boundary')
        tokens.push({ kind: 'boundary', text: '', start: previousEnd, end: previousEnd });
    }
    previousEnd = start + chunk.length;
    const words = wordsOfChunk(chunk, start);
    if (words === null) {
      tokens.push({ kind: 'protected', text: chunk, start, end: start + chunk.length });
      continue;
    }
    tokens.push(...words);
    const end = SENTENCE_END.exec(chunk);
    const lastWord = words.at(-1);
    const abbreviation =
      end?.[0] === '.' &&
      lastWord?.end === start + end.index &&
      ABBREVIATIONS.has(lastWord.text.toLowerCase());
    if (end && !abbreviation) {
      const next = /\S/u.exec(text.slice(previousEnd));
      const nextChar = next ? text[previousEnd + next.index]! : '';
      // `ul. Długa` and `m.in. tak` do not end a sentence: the next word starts lowercase or is short.
      const lowerNext =
        nextChar !== '' && nextChar === nextChar.toLowerCase() && nextChar !== nextChar.toUpperCase();
      if (!lowerNext)
        tokens.push({ kind: 'boundary', text: end[0], start: start + end.index, end: previousEnd });
    }
  }
  return tokens;
}
