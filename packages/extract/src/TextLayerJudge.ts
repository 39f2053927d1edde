/** How usable a page's existing text is. */
export interface TextLayerJudgement {
  /** 0..1: share of the text that reads as correct words. */
  score: number;
  verdict: 'usable' | 'mangled' | 'empty';
}

/**
 * Scores a text layer. The real judge needs the Polish lexicon and lives in `@skryba/repair`
 * (`createTextLayerJudge`); extraction only depends on this signature.
 */
export type TextLayerJudge = (text: string) => TextLayerJudgement;

const MIN_LETTERS = 20;

/**
 * The lexicon-free fallback: a layer with almost no letters is empty; one where letters are a
 * minority of the visible characters (encoding garbage, symbol soup) is mangled. It cannot tell
 * wrong-model Polish from good Polish: that needs the lexicon.
 */
export const judgeTextLayerByCharacters: TextLayerJudge = (text) => {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  if (letters < MIN_LETTERS) return { score: 0, verdict: 'empty' };
  const visible = text.match(/\S/gu)?.length ?? 1;
  const garbage = text.match(/[\uFFFD\p{Co}\p{Cs}]/gu)?.length ?? 0;
  const score = Math.max(0, Math.min(1, letters / visible - (4 * garbage) / visible));
  return { score, verdict: score < 0.5 ? 'mangled' : 'usable' };
};
