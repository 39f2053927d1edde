import { foldText } from './foldText.ts';
import { loadNatural } from './naturalBayes.ts';

export interface DocumentTokensOptions {
  /**
   * Characters that count as the title region, whose tokens also appear prefixed `h:`.
   * @defaultValue 400
   */
  headChars?: number;
}

/** Short words and numbers say nothing about the type; they only add noise to a tiny model. */
const KEEP = /^\p{L}[\p{L}\p{N}]{2,}$/u;

let tokenizer: { tokenize(text: string): string[] } | null = null;

/**
 * The classifier's view of a document: folded word tokens (so `Kraków`, `krakow` and OCR's `Krakéw`
 * come close, and natural's tokenizer does not cut words at Polish letters), title-region tokens
 * once more with an `h:` prefix (what a document says it is comes first), in text order, without
 * repeats.
 */
export function documentTokens(text: string, options: DocumentTokensOptions = {}): string[] {
  tokenizer ??= new (loadNatural().RegexpTokenizer)({ pattern: /[^\p{L}\p{N}]+/u });
  const headChars = options.headChars ?? 400;
  const seen = new Set<string>();
  const out: string[] = [];
  const push = (t: string) => {
    if (!seen.has(t)) {
      seen.add(t);
      out.push(t);
    }
  };
  for (const t of tokenizer.tokenize(foldText(text.slice(0, headChars)))) if (KEEP.test(t)) push(`h:${t}`);
  for (const t of tokenizer.tokenize(foldText(text))) if (KEEP.test(t)) push(t);
  return out;
}
