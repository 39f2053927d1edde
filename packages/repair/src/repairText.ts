import type { LanguageModel, Lexicon, WordRef } from '@skryba/lexicon';
import { applyCaseShape, caseShapeOf, isProperNoun, WordFlag } from '@skryba/lexicon';
import type { RepairEdit } from '@skryba/schema';
import { blockEvidence, judgeBlocks } from './blockEvidence.ts';
import type { ConfusionModel } from './ConfusionModel.ts';
import { decodeSentence, type SlotOption } from './decodeSentence.ts';
import { emailRepairs } from './emailRepairs.ts';
import { type Candidate, findCandidates } from './findCandidates.ts';
import { punctuationRepairs, type Replacement } from './punctuationRepairs.ts';
import { type SuffixModel, suffixOf } from './SuffixModel.ts';
import { type RepairToken, splitRepairTokens } from './splitRepairTokens.ts';
import type { WordTrie } from './WordTrie.ts';

/** Tunable weights of the repair decision (see `scripts/tuneRepair.ts`). */
export interface RepairSettings {
  /** Weight of the channel log-probability against the language model. @defaultValue 1 */
  channelWeight: number;
  /** Options per word kept for the sentence decoder. @defaultValue 5 */
  maxOptions: number;
  /** A known word is replaced only when the replacement's posterior reaches this. @defaultValue 0.85 */
  minConfidenceKnown: number;
  /** An unknown (non-lexicon) word is replaced when the replacement's posterior reaches this. @defaultValue 0.3 */
  minConfidenceUnknown: number;
  /** Score penalty for turning a lowercase word into a proper noun. @defaultValue 2.5 */
  properNounPenalty: number;
  /** ln P(c | c) for a character no Polish word has (`¢`, `$`, `é`, digits): OCR glyphs, rarely meant. @defaultValue ln 0.02 */
  foreignGlyphLogP: number;
  /** Weight of the word-ending association against the word model. @defaultValue 0.3 */
  suffixWeight: number;
  /** ln P of an OCR error outside the confusion model (tried only when nothing else explains a word). @defaultValue −12 */
  genericEditLogP: number;
}

export const defaultRepairSettings: RepairSettings = {
  channelWeight: 1,
  maxOptions: 5,
  minConfidenceKnown: 0.85,
  minConfidenceUnknown: 0.3,
  properNounPenalty: 2.5,
  foreignGlyphLogP: Math.log(0.02),
  suffixWeight: 0.3,
  genericEditLogP: -12,
};

/** Everything repair reads, loaded once (`loadRepairResources`). */
export interface RepairResources {
  lexicon: Lexicon;
  lm: LanguageModel;
  confusion: ConfusionModel;
  suffixes: SuffixModel;
  settings: RepairSettings;
  /** Words the lexicon lacks but the archive uses (learned with `withVocabulary`). */
  learnedWords?: WordTrie;
  /** Candidate lists by lowercase observed word; repeated words cost one search. */
  cache: Map<string, Candidate[]>;
  /** Scored options by observed word as written (and whether it opens a sentence). */
  optionCache?: Map<string, { known: boolean; options: Option[] }>;
}

export interface RepairResult {
  text: string;
  applied: boolean;
  edits: RepairEdit[];
  /** Blocks judged mangled Polish and repaired / all blocks (diagnostics). */
  blocks: { mangled: number; total: number };
}

interface Block {
  start: number;
  text: string;
  tokens: RepairToken[];
}

function splitBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  for (const m of text.matchAll(/[^\n]+(?:\n[^\S\n]*[^\s][^\n]*)*/g)) {
    blocks.push({ start: m.index, text: m[0], tokens: splitRepairTokens(m[0]) });
  }
  return blocks;
}

/** Unknown words at least this long may get one generic edit when the confusion model finds nothing. */
const GENERIC_MIN_LENGTH = 5;

function candidatesOf(observed: string, resources: RepairResources): Candidate[] {
  const key = observed.toLowerCase();
  let found = resources.cache.get(key);
  if (!found) {
    found = findCandidates(resources.lexicon, resources.confusion, key);
    if (found.length === 0 && key.length >= GENERIC_MIN_LENGTH && !resources.lexicon.has(key)) {
      found = findCandidates(resources.lexicon, resources.confusion, key, {
        genericEdits: 1,
        genericLogP: resources.settings.genericEditLogP,
      });
    }
    if (resources.learnedWords) {
      // Learned words have no lexicon number: index −1 (no case flags, prior from the language model).
      const learned = findCandidates(resources.learnedWords, resources.confusion, key).map((c) => ({
        ...c,
        index: -1,
      }));
      found = [...found, ...learned].sort((a, b) => b.channelLogP - a.channelLogP);
    }
    if (resources.cache.size > 200_000) resources.cache.clear();
    resources.cache.set(key, found);
  }
  return found;
}

interface Option extends SlotOption {
  text: string;
  /** Id of the word's ending in the suffix model. */
  suffix: number;
}

interface WordSlot {
  token: RepairToken;
  options: Option[];
  known: boolean;
}

/**
 * The case a word was meant to have. OCR sometimes reads one letter inside a lowercase word as a
 * capital (`wejSciowym`, `szczegOlnie`): one capital after the first letter is noise, not `mixed`.
 */
function effectiveShape(word: string): ReturnType<typeof caseShapeOf> {
  const shape = caseShapeOf(word);
  if (shape !== 'mixed') return shape;
  const rest = word.slice(1);
  const capitals = rest.match(/\p{Lu}/gu)?.length ?? 0;
  const lowers = rest.match(/\p{Ll}/gu)?.length ?? 0;
  if (capitals !== 1 || lowers < 3) return shape;
  return word[0] === word[0]!.toLowerCase() ? 'lower' : 'capitalized';
}

const optionOf = (suffixes: SuffixModel, ref: WordRef, local: number, text: string): Option => ({
  ref,
  local,
  text,
  suffix: suffixes.idOf(suffixOf(ref.token)),
});

/** Where a word stands: first in its sentence, after a lowercase word (running text), or elsewhere. */
type Position = 'initial' | 'running' | 'other';

function slotFor(token: RepairToken, position: Position, resources: RepairResources): WordSlot {
  resources.optionCache ??= new Map();
  const key = `${position[0]}${token.text}`;
  let template = resources.optionCache.get(key);
  if (!template) {
    template = scoreOptions(token, position, resources);
    if (resources.optionCache.size > 200_000) resources.optionCache.clear();
    resources.optionCache.set(key, template);
  }
  return { token, ...template };
}

function scoreOptions(
  token: RepairToken,
  position: Position,
  resources: RepairResources,
): { known: boolean; options: Option[] } {
  const sentenceInitial = position === 'initial';
  const { lexicon, lm, settings } = resources;
  const option = (ref: WordRef, local: number, text: string) =>
    optionOf(resources.suffixes, ref, local, text);
  const shape = effectiveShape(token.text);
  const known = lexicon.has(token.text);
  const keep = (ref: WordRef, local: number) => option(ref, local, token.text);
  if (shape === 'mixed') return { known, options: [keep(lm.ref(token.text), 0)] };
  const options: Option[] = [];
  for (const candidate of candidatesOf(token.text, resources)) {
    const flags = candidate.index >= 0 ? lexicon.flags(candidate.index) : 0;
    let fit = 0;
    if (shape === 'lower' && isProperNoun(flags)) fit -= settings.properNounPenalty;
    if (
      shape === 'capitalized' &&
      !sentenceInitial &&
      !(flags & WordFlag.capitalized) &&
      !isProperNoun(flags)
    )
      fit -= 0.5;
    // OCR reads a lowercase ś, ż, ł at the start of a word as a capital (`w Swietlicy`): in running
    // text, when the repaired first letter differs and the word is no name, the capital was the
    // misreading. After a capitalised word (`Ochrony Środowiska`) it is part of a name.
    const misreadCapital =
      shape === 'capitalized' &&
      position === 'running' &&
      candidate.word[0] !== token.text[0]!.toLowerCase() &&
      !isProperNoun(flags) &&
      !(flags & WordFlag.capitalized);
    const text = applyCaseShape(
      candidate.word,
      misreadCapital ? 'lower' : shape === 'none' ? 'lower' : shape,
    );
    options.push(option(lm.ref(candidate.word), settings.channelWeight * candidate.channelLogP + fit, text));
  }
  if (!known) {
    // The word as OCR wrote it stays possible: names and foreign words are not in the lexicon.
    let identity = 0;
    for (const ch of token.text.toLowerCase()) {
      identity += lexicon.labelOf(ch) < 0 ? settings.foreignGlyphLogP : resources.confusion.identityLogP(ch);
    }
    options.push(keep(lm.ref(token.text), settings.channelWeight * identity));
  }
  if (options.length === 0) options.push(keep(lm.ref(token.text), 0));
  const rank = new Map(options.map((o) => [o, o.local + lm.logUnigram(o.ref)]));
  options.sort((a, b) => rank.get(b)! - rank.get(a)!);
  return { known, options: options.slice(0, settings.maxOptions) };
}

function decodeBlock(block: Block, resources: RepairResources): Replacement[] {
  const { lm, settings, suffixes } = resources;
  const out: Replacement[] = [];
  let sentence: (WordSlot | { fixed: Option })[] = [];
  const option = (ref: WordRef, local: number, text: string) => optionOf(suffixes, ref, local, text);
  const boundary = option(lm.sentenceBoundary, 0, '');
  const transition = (from: Option | null, to: Option | null) => {
    const a = from ?? boundary;
    const b = to ?? boundary;
    return lm.logProb(b.ref, a.ref) + settings.suffixWeight * suffixes.associationById(b.suffix, a.suffix);
  };
  const flush = () => {
    if (sentence.length === 0) return;
    const slots = sentence.map((s) => ('fixed' in s ? [s.fixed] : s.options));
    const decoded = decodeSentence(slots, transition);
    sentence.forEach((s, i) => {
      if ('fixed' in s) return;
      const chosen = s.options[decoded.choice[i]!]!;
      const confidence = decoded.confidence[i]!;
      const threshold = s.known ? settings.minConfidenceKnown : settings.minConfidenceUnknown;
      if (chosen.text !== s.token.text && confidence >= threshold) {
        out.push({ start: s.token.start, end: s.token.end, after: chosen.text, confidence });
      }
    });
    sentence = [];
  };
  const tokens = block.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind === 'boundary') {
      flush();
      continue;
    }
    if (token.kind === 'protected') continue;
    // `0 godz.` is OCR's `o godz.`: a lone zero before a lowercase word, not after a number.
    const next = tokens[i + 1];
    const zeroAsLetter =
      token.kind === 'number' &&
      token.text === '0' &&
      tokens[i - 1]?.kind !== 'number' &&
      next?.kind === 'word' &&
      next.text[0] === next.text[0]!.toLowerCase() &&
      /\s/.test(block.text[token.start - 1] ?? ' ') &&
      /\s/.test(block.text[token.end] ?? '');
    if (token.kind === 'number' && !zeroAsLetter) {
      sentence.push({ fixed: option(lm.ref('<num>'), 0, token.text) });
      continue;
    }
    const previous = tokens[i - 1];
    const position: Position =
      sentence.length === 0
        ? 'initial'
        : previous?.kind === 'word' && caseShapeOf(previous.text) === 'lower'
          ? 'running'
          : 'other';
    sentence.push(slotFor(token, position, resources));
  }
  flush();
  return out;
}

/** Splits the text into blocks and judges each: `true` for Polish stripped of its diacritics. */
function judgeTextBlocks(text: string, resources: RepairResources): { blocks: Block[]; verdicts: boolean[] } {
  const blocks = splitBlocks(text);
  const repairable = (word: string) => candidatesOf(word, resources).length > 0;
  const verdicts = judgeBlocks(
    blocks.map((b) => blockEvidence(b.text, b.tokens, resources.lexicon, repairable)),
  );
  return { blocks, verdicts };
}

/** True when some block of the text is Polish stripped of its diacritics (repair would act on it). */
export function needsRepair(text: string, resources: RepairResources): boolean {
  return judgeTextBlocks(text, resources).verdicts.some(Boolean);
}

/**
 * Repairs Polish text mangled by OCR with the wrong language model. Each block (paragraph) is first
 * judged: only Polish blocks that lost their diacritics are touched; correct Polish and other
 * languages pass through unchanged (but for e-mail at signs OCR misread, fixed everywhere). In a mangled block every word gets candidates from the learned
 * confusion model and the lexicon, and each sentence is decided as a whole by channel × language
 * model (Viterbi); replacements below the confidence threshold keep the original. Every change is
 * returned as an edit whose span points into the repaired text.
 */
export function repairText(text: string, resources: RepairResources): RepairResult {
  const blocks = splitBlocks(text);
  const repairable = (word: string) => candidatesOf(word, resources).length > 0;
  const verdicts = judgeBlocks(
    blocks.map((b) => blockEvidence(b.text, b.tokens, resources.lexicon, repairable)),
  );
  const replacements: Replacement[] = [];
  blocks.forEach((block, i) => {
    // E-mail addresses are misread by every OCR model, Polish included: fixed in every block.
    const found = verdicts[i]
      ? [...emailRepairs(block.text), ...punctuationRepairs(block.text), ...decodeBlock(block, resources)]
      : emailRepairs(block.text);
    for (const r of found)
      replacements.push({ ...r, start: r.start + block.start, end: r.end + block.start });
  });
  replacements.sort((a, b) => a.start - b.start);
  let output = '';
  let cursor = 0;
  const edits: RepairEdit[] = [];
  for (const r of replacements) {
    if (r.start < cursor) continue;
    output += text.slice(cursor, r.start);
    const start = output.length;
    output += r.after;
    edits.push({
      start,
      end: output.length,
      before: text.slice(r.start, r.end),
      after: r.after,
      confidence: Math.round(r.confidence * 1000) / 1000,
    });
    cursor = r.end;
  }
  output += text.slice(cursor);
  return {
    text: output,
    applied: verdicts.some(Boolean) || edits.length > 0,
    edits,
    blocks: { mangled: verdicts.filter(Boolean).length, total: blocks.length },
  };
}
