import type { TextLayerJudgement } from '@skryba/extract';
import type { Lexicon } from '@skryba/lexicon';
import { blockEvidence, judgeBlocks } from './blockEvidence.ts';
import { splitRepairTokens } from './splitRepairTokens.ts';

const MIN_LETTERS = 20;

/**
 * Scores a PDF page's text layer for the extraction quality gate. `score` is the share of its words
 * that read as correct (Polish lexicon words, or words of blocks in another language); the verdict
 * is `mangled` when most of its letters sit in blocks of Polish stripped of diacritics by
 * wrong-model OCR, `empty` when it holds next to no letters.
 */
export function judgeTextLayer(text: string, lexicon: Lexicon): TextLayerJudgement {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  if (letters < MIN_LETTERS) return { score: 0, verdict: 'empty' };
  const blocks = text.split(/\n[^\S\n]*\n/).filter((b) => b.trim());
  const evidence = blocks.map((b) => blockEvidence(b, splitRepairTokens(b), lexicon));
  const mangled = judgeBlocks(evidence);
  let words = 0;
  let correct = 0;
  let mangledLetters = 0;
  evidence.forEach((e, i) => {
    words += e.words;
    correct += e.francCode === 'pol' || e.francCode === 'und' ? e.known : e.words;
    if (mangled[i]) mangledLetters += e.letters;
  });
  const score = words === 0 ? 0 : Math.round((correct / words) * 1000) / 1000;
  return { score, verdict: mangledLetters > 0.5 * letters ? 'mangled' : 'usable' };
}
