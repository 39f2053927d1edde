import type { WordRef } from '@skryba/lexicon';

/** One choice at one position of a sentence. */
export interface SlotOption {
  ref: WordRef;
  /** Score of this option on its own (weighted channel, case fit), natural log. */
  local: number;
}

/** Score of one option following another (language models); `null` stands for a sentence boundary. */
export type TransitionScore<T extends SlotOption> = (from: T | null, to: T | null) => number;

export interface DecodedSentence {
  /** The chosen option per slot (Viterbi path). */
  choice: number[];
  /** Posterior probability of the chosen option per slot (forward-backward marginals). */
  confidence: number[];
}

const logSumExp = (values: number[]): number => {
  let max = Number.NEGATIVE_INFINITY;
  for (const v of values) if (v > max) max = v;
  if (max === Number.NEGATIVE_INFINITY) return max;
  let sum = 0;
  for (const v of values) sum += Math.exp(v - max);
  return max + Math.log(sum);
};

/**
 * Decides a whole sentence at once: the path through every slot's options that maximises the sum of
 * local scores and bigram language-model scores (Viterbi), framed by sentence boundaries, plus each
 * chosen option's posterior probability (forward-backward), which becomes the edit's confidence.
 */
export function decodeSentence<T extends SlotOption>(
  slots: readonly T[][],
  transition: TransitionScore<T>,
): DecodedSentence {
  const n = slots.length;
  if (n === 0) return { choice: [], confidence: [] };

  const forward: number[][] = [];
  const viterbi: number[][] = [];
  const back: number[][] = [];
  // Transition scores are reused by the backward pass.
  const trans: number[][][] = [];
  for (let i = 0; i < n; i++) {
    const options = slots[i]!;
    const f: number[] = [];
    const v: number[] = [];
    const b: number[] = [];
    const t: number[][] = [];
    for (let k = 0; k < options.length; k++) {
      const option = options[k]!;
      if (i === 0) {
        const start = transition(null, option) + option.local;
        f.push(start);
        v.push(start);
        b.push(-1);
        t.push([]);
        continue;
      }
      const previous = slots[i - 1]!;
      const row: number[] = [];
      let best = Number.NEGATIVE_INFINITY;
      let bestFrom = 0;
      const incoming: number[] = [];
      for (let j = 0; j < previous.length; j++) {
        const score = transition(previous[j]!, option);
        row.push(score);
        incoming.push(forward[i - 1]![j]! + score);
        const path = viterbi[i - 1]![j]! + score;
        if (path > best) {
          best = path;
          bestFrom = j;
        }
      }
      f.push(logSumExp(incoming) + option.local);
      v.push(best + option.local);
      b.push(bestFrom);
      t.push(row);
    }
    forward.push(f);
    viterbi.push(v);
    back.push(b);
    trans.push(t);
  }

  const last = slots[n - 1]!;
  const end = last.map((option) => transition(option, null));
  const total = logSumExp(forward[n - 1]!.map((f, k) => f + end[k]!));
  const backward: number[][] = Array.from({ length: n }, () => []);
  backward[n - 1] = end;
  for (let i = n - 2; i >= 0; i--) {
    backward[i] = slots[i]!.map((_, j) =>
      logSumExp(slots[i + 1]!.map((next, k) => trans[i + 1]![k]![j]! + next.local + backward[i + 1]![k]!)),
    );
  }

  const choice = new Array<number>(n);
  let bestEnd = 0;
  for (let k = 1; k < last.length; k++) {
    if (viterbi[n - 1]![k]! + end[k]! > viterbi[n - 1]![bestEnd]! + end[bestEnd]!) bestEnd = k;
  }
  choice[n - 1] = bestEnd;
  for (let i = n - 1; i > 0; i--) choice[i - 1] = back[i]![choice[i]!]!;
  const confidence = choice.map((k, i) => Math.exp(forward[i]![k]! + backward[i]![k]! - total));
  return { choice, confidence };
}
