import type { ConfusionModel } from './ConfusionModel.ts';
import type { WalkableWords } from './WordTrie.ts';

/** A lexicon word that OCR may have turned into the observed string. */
export interface Candidate {
  /** Lowercase form. */
  word: string;
  /** Word number in the lexicon (−1 for a word learned from the archive, not in the lexicon). */
  index: number;
  /** ln P(observed | word) under the confusion model. */
  channelLogP: number;
}

export interface CandidateSearchOptions {
  /** Hypotheses kept per position of the observed string. @defaultValue 48 */
  beam?: number;
  /** Hypotheses worse than the best at their position by more than this (nats) are dropped. @defaultValue 14 */
  window?: number;
  /** Characters OCR may have dropped in one word. @defaultValue 1 */
  maxDrops?: number;
  /** Candidates returned, best channel first. @defaultValue 12 */
  limit?: number;
  /**
   * Edits outside the confusion model allowed per word (any letter for any other, a character OCR
   * added or dropped), for noise the model never saw (`interpretacii`, `histori`). @defaultValue 0
   */
  genericEdits?: number;
  /** ln P of one generic edit. @defaultValue −8 */
  genericLogP?: number;
}

interface Hypothesis {
  state: number;
  /** Sum of edge offsets so far: with the state it identifies the prefix (word numbers are a perfect hash). */
  index: number;
  logP: number;
  drops: number;
  generic: number;
}

/**
 * The lexicon words that could lie behind an OCR-read word, with the channel probability of each:
 * a beam search over the lexicon automaton that reads the observed string left to right and, at
 * every position, follows each reading the confusion model allows (`t` as `t` or `ł`, `ri` as `ń`,
 * nothing as a dropped `ć`). Only real lexicon words come out; the word numbers come for free.
 */
export function findCandidates(
  lexicon: WalkableWords,
  model: ConfusionModel,
  observedWord: string,
  options: CandidateSearchOptions = {},
): Candidate[] {
  const observed = observedWord.toLowerCase();
  const beam = options.beam ?? 48;
  const window = options.window ?? 14;
  const maxDrops = options.maxDrops ?? 1;
  const maxGeneric = options.genericEdits ?? 0;
  const genericLogP = options.genericLogP ?? -8;
  const n = observed.length;
  const frontier: Hypothesis[][] = Array.from({ length: n + 1 }, () => []);
  frontier[0]!.push({ state: lexicon.root, index: 0, logP: 0, drops: 0, generic: 0 });

  const follow = (h: Hypothesis, edge: number, logP: number, to: number, drop: boolean, generic: boolean) => {
    frontier[to]!.push({
      state: lexicon.edgeTarget(edge),
      index: h.index + lexicon.edgeOffset(edge),
      logP: h.logP + logP,
      drops: h.drops + (drop ? 1 : 0),
      generic: h.generic + (generic ? 1 : 0),
    });
  };
  const extend = (h: Hypothesis, intended: string, logP: number, to: number, drop: boolean) => {
    const edge = lexicon.edgeOf(h.state, lexicon.labelOf(intended));
    if (edge >= 0) follow(h, edge, logP, to, drop, false);
  };
  /** Generic edits: any letter for the observed one, a letter OCR dropped, a character OCR added. */
  const extendGeneric = (h: Hypothesis, pos: number) => {
    if (h.generic >= maxGeneric) return;
    for (let e = lexicon.edgeBegin(h.state); e < lexicon.edgeEnd(h.state); e++) {
      if (pos < n) follow(h, e, genericLogP, pos + 1, false, true);
      follow(h, e, genericLogP, pos, false, true);
    }
    if (pos < n) frontier[pos + 1]!.push({ ...h, logP: h.logP + genericLogP, generic: h.generic + 1 });
  };

  for (let pos = 0; pos <= n; pos++) {
    let here = frontier[pos]!;
    // A dropped character stays at this position: expand drops once before pruning.
    const drops = model.readingsOf('');
    if (drops.length > 0) {
      for (const h of here.slice()) {
        if (h.drops < maxDrops) for (const r of drops) extend(h, r.intended, r.logP, pos, true);
      }
    }
    if (maxGeneric > 0) for (const h of here.slice()) extendGeneric(h, pos);
    here = prune(frontier[pos]!, beam, window);
    frontier[pos] = here;
    if (pos === n) break;
    for (const h of here) {
      const ch = observed[pos]!;
      let identitySeen = false;
      for (let k = 1; k <= model.maxObservedLength && pos + k <= n; k++) {
        for (const r of model.readingsOf(observed.slice(pos, pos + k))) {
          if (k === 1 && r.intended === ch) identitySeen = true;
          extend(h, r.intended, r.logP, pos + k, false);
        }
      }
      if (!identitySeen) extend(h, ch, model.identityLogP(ch), pos + 1, false);
    }
  }
  const best = new Map<number, number>();
  for (const h of frontier[n]!) {
    if (!lexicon.isFinal(h.state)) continue;
    const known = best.get(h.index);
    if (known === undefined || known < h.logP) best.set(h.index, h.logP);
  }
  return [...best]
    .sort((a, b) => b[1] - a[1])
    .slice(0, options.limit ?? 12)
    .map(([index, channelLogP]) => ({ word: lexicon.wordAt(index), index, channelLogP }));
}

/** Prefix keys: automaton state and word-number offset together name one prefix. */
const PREFIX_KEY_SCALE = 2 ** 23;

function prune(hyps: Hypothesis[], beam: number, window: number): Hypothesis[] {
  if (hyps.length <= 1) return hyps;
  // Merge hypotheses of the same prefix (same state and offset sum), keeping the likelier.
  const byKey = new Map<number, Hypothesis>();
  for (const h of hyps) {
    const key = h.state * PREFIX_KEY_SCALE + h.index;
    const known = byKey.get(key);
    if (!known || known.logP < h.logP) byKey.set(key, h);
  }
  const sorted = [...byKey.values()].sort((a, b) => b.logP - a.logP);
  const floor = sorted[0]!.logP - window;
  return sorted.filter((h) => h.logP >= floor).slice(0, beam);
}
