import { decodeBundle, encodeBundle } from './binaryBundle.ts';
import type { DawgArrays } from './buildDawg.ts';
import type { LexiconPriors } from './Lexicon.ts';

/** What ties a priors artifact to the forms artifact it was computed for. */
export function dawgFingerprint(dawg: DawgArrays): string {
  // FNV-1a over the labels and a sample of targets: cheap, and any rebuild with other forms changes it.
  let h = 0x811c9dc5;
  for (let i = 0; i < dawg.edgeLabel.length; i += 7) h = Math.imul(h ^ dawg.edgeLabel[i]!, 0x01000193);
  for (let i = 0; i < dawg.edgeTarget.length; i += 13) h = Math.imul(h ^ dawg.edgeTarget[i]!, 0x01000193);
  return `${dawg.wordCount}:${dawg.final.length}:${dawg.edgeTarget.length}:${(h >>> 0).toString(16)}`;
}

/** Serialises the automaton and per-word flags (the `forms.dawg.br` artifact). */
export function encodeForms(dawg: DawgArrays, flags: Uint8Array, source: Record<string, unknown>): Buffer {
  return encodeBundle(
    { kind: 'skryba-forms', alphabet: dawg.alphabet, root: dawg.root, wordCount: dawg.wordCount, source },
    {
      final: dawg.final,
      edgeCount: dawg.edgeCount,
      edgeLabel: dawg.edgeLabel,
      edgeTarget: dawg.edgeTarget,
      flags,
    },
  );
}

/** Inverse of {@link encodeForms}. */
export function decodeForms(bytes: Uint8Array): {
  dawg: DawgArrays;
  flags: Uint8Array;
  meta: Record<string, unknown>;
} {
  const { meta, arrays } = decodeBundle(bytes);
  if (meta.kind !== 'skryba-forms') throw new Error('not a forms artifact');
  const dawg: DawgArrays = {
    alphabet: meta.alphabet as string,
    root: meta.root as number,
    wordCount: meta.wordCount as number,
    final: arrays.final as Uint8Array,
    edgeCount: arrays.edgeCount as Uint8Array,
    edgeLabel: arrays.edgeLabel as Uint8Array,
    edgeTarget: arrays.edgeTarget as Uint32Array,
  };
  return { dawg, flags: arrays.flags as Uint8Array, meta };
}

/** Serialises word priors (the `priors.bin.br` artifact) for the forms with the given fingerprint. */
export function encodePriors(
  priors: LexiconPriors,
  fingerprint: string,
  source: Record<string, unknown>,
): Buffer {
  return encodeBundle(
    { kind: 'skryba-priors', fingerprint, step: priors.step, oovLogPrior: priors.oovLogPrior, source },
    { quantised: priors.quantised },
  );
}

/** Inverse of {@link encodePriors}. */
export function decodePriors(bytes: Uint8Array): {
  priors: LexiconPriors;
  fingerprint: string;
  meta: Record<string, unknown>;
} {
  const { meta, arrays } = decodeBundle(bytes);
  if (meta.kind !== 'skryba-priors') throw new Error('not a priors artifact');
  return {
    priors: {
      quantised: arrays.quantised as Uint8Array,
      step: meta.step as number,
      oovLogPrior: meta.oovLogPrior as number,
    },
    fingerprint: meta.fingerprint as string,
    meta,
  };
}
