/** The token that marks a sentence boundary (also the start and end of a text). */
export const SENTENCE_BOUNDARY = '<s>';
/** The token every number becomes (digits carry no spelling evidence but keep word pairs apart). */
export const NUMBER_TOKEN = '<num>';

/** A token with its place in the original text. */
export interface TokenSpan {
  kind: 'word' | 'number' | 'boundary';
  /** The text as written (the boundary's punctuation, or '' for a paragraph break). */
  text: string;
  /** The token the language model uses: lowercase word, {@link NUMBER_TOKEN} or {@link SENTENCE_BOUNDARY}. */
  token: string;
  start: number;
  end: number;
}

// Words are runs of letters (\p{L}, plus combining marks) joined by internal hyphens or apostrophes;
// numbers are digit runs with internal separators; [.!?…] or a blank line may end a sentence.
const TOKEN =
  /(\p{L}[\p{L}\p{M}]*(?:['’-][\p{L}\p{M}]+)*)|(\p{Nd}+(?:[.,:/-]\p{Nd}+)*)|([.!?…]+)|(\n[^\S\n]*\n)/gu;
const NEXT_STARTS_LOWER = /^[\s"'„”«»()]*\p{Ll}/u;
/** Abbreviations whose full stop does not end a sentence (`ul. Długa`, `pl. Wszystkich Świętych`). */
export const ABBREVIATIONS = new Set([
  'ul',
  'al',
  'pl',
  'os',
  'nr',
  'tel',
  'godz',
  'in',
  'r',
  'ok',
  'ds',
  'im',
  'św',
  'dr',
  'mgr',
  'inż',
  'prof',
  'ks',
  'p',
  'pkt',
  'str',
  'tj',
  'tzw',
  'np',
  'itp',
  'itd',
  'zm',
  'poz',
  'ust',
  'art',
  'lit',
  'wg',
  'ww',
  'jw',
  'tzn',
  'gm',
  'woj',
  'pow',
  'sp',
  'o',
  'z',
  'ul',
  'dz',
  'u',
  'br',
  'ub',
  'min',
  'mln',
  'tys',
  'zł',
  'gr',
]);
// Addresses are not prose: `www.krakow.pl` must not teach the model a word `krakow`.
const URL_OR_EMAIL = /(?:[a-z][a-z0-9+.-]*:\/\/|www\.)[^\s]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/giu;

/**
 * Splits text into words, numbers and sentence boundaries. Sentence-final punctuation counts as a
 * boundary unless the next word starts lowercase (`ul. długa`, `np. tak`), so abbreviations inside
 * a sentence mostly do not split it.
 */
export function tokenSpans(text: string): TokenSpan[] {
  const out: TokenSpan[] = [];
  const skipped = [...text.matchAll(URL_OR_EMAIL)].map((m) => [m.index, m.index + m[0].length] as const);
  let skip = 0;
  for (const m of text.matchAll(TOKEN)) {
    const start = m.index;
    const end = start + m[0].length;
    while (skip < skipped.length && skipped[skip]![1] <= start) skip++;
    if (skip < skipped.length && skipped[skip]![0] <= start) continue;
    if (m[1] !== undefined) out.push({ kind: 'word', text: m[1], token: m[1].toLowerCase(), start, end });
    else if (m[2] !== undefined) out.push({ kind: 'number', text: m[2], token: NUMBER_TOKEN, start, end });
    else {
      if (m[3] !== undefined && NEXT_STARTS_LOWER.test(text.slice(end, end + 40))) continue;
      const last = out[out.length - 1];
      if (m[3] === '.' && last?.kind === 'word' && last.end === start && ABBREVIATIONS.has(last.token))
        continue;
      if (out.length > 0 && out[out.length - 1]!.kind === 'boundary') continue;
      out.push({ kind: 'boundary', text: m[3] ?? '', token: SENTENCE_BOUNDARY, start, end });
    }
  }
  return out;
}

/**
 * The language-model tokens of a text: lowercase words, {@link NUMBER_TOKEN}, and
 * {@link SENTENCE_BOUNDARY} at sentence ends; the text is framed by boundaries on both sides.
 */
export function tokenize(text: string): string[] {
  const tokens = [SENTENCE_BOUNDARY];
  for (const span of tokenSpans(text)) {
    if (span.kind === 'boundary' && tokens[tokens.length - 1] === SENTENCE_BOUNDARY) continue;
    tokens.push(span.token);
  }
  if (tokens[tokens.length - 1] !== SENTENCE_BOUNDARY) tokens.push(SENTENCE_BOUNDARY);
  return tokens;
}
