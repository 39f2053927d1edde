import type { DocumentTypeLabel } from '@skryba/schema';
import { compileRulePattern } from './compileRulePattern.ts';
import { DOCUMENT_TYPE_RULES, type DocumentTypeRule } from './documentTypeRules.ts';
import { foldText } from './foldText.ts';

export interface RuleEvidence {
  rule: string;
  label: DocumentTypeLabel;
  /** The phrase as it appears in the text: `text.slice(start, end)`. */
  text: string;
  start: number;
  end: number;
  /** Rule weight × position (title region, heading line) × 1/k for the rule's k-th occurrence. */
  weight: number;
}

export interface FindRuleEvidenceOptions {
  rules?: readonly DocumentTypeRule[];
  /**
   * The title region: the first `headLines` non-empty lines, within the first `headChars`.
   * @defaultValue 8
   */
  headLines?: number;
  /** @defaultValue 800 */
  headChars?: number;
  /**
   * Weight factor in the title region (what a document says it is comes first).
   * @defaultValue 2
   */
  headFactor?: number;
  /**
   * Weight factor when the phrase opens a short line (a heading: `ZAPROSZENIE`, `## Komunikat`).
   * @defaultValue 1.5
   */
  headingFactor?: number;
  /**
   * Occurrences listed per rule (later ones add little weight: 1/k).
   * @defaultValue 5
   */
  maxPerRule?: number;
}

const compiled = new WeakMap<DocumentTypeRule, RegExp>();

function regexOf(rule: DocumentTypeRule): RegExp {
  let re = compiled.get(rule);
  if (!re) {
    re = compileRulePattern(rule.pattern.source, rule.lineStart);
    compiled.set(rule, re);
  }
  return re;
}

/**
 * Every rule phrase in the text, matched on the folded text (case, diacritics and OCR confusions
 * ignored) with offsets into the original, weighted by where it stands.
 */
export function findRuleEvidence(text: string, options: FindRuleEvidenceOptions = {}): RuleEvidence[] {
  const folded = foldText(text);
  const headLines = options.headLines ?? 8;
  const headChars = options.headChars ?? 800;
  const headFactor = options.headFactor ?? 2;
  const headingFactor = options.headingFactor ?? 1.5;
  const maxPerRule = options.maxPerRule ?? 5;

  // End of the title region: after `headLines` non-empty lines, or `headChars`, whichever first.
  let headEnd = Math.min(text.length, headChars);
  let seen = 0;
  for (const m of text.matchAll(/[^\n]*\S[^\n]*/g)) {
    if (++seen === headLines) {
      headEnd = Math.min(headEnd, m.index + m[0].length);
      break;
    }
  }

  const out: RuleEvidence[] = [];
  for (const rule of options.rules ?? DOCUMENT_TYPE_RULES) {
    const re = regexOf(rule);
    re.lastIndex = 0;
    let k = 0;
    for (const m of folded.matchAll(re)) {
      if (m[0].length === 0) continue;
      k++;
      if (k > maxPerRule) break;
      const start = m.index;
      // Rules match word stems (`interpelacj`); the evidence shows the whole word (`interpelację`).
      let end = start + m[0].trimEnd().length;
      if (/[\p{L}¢]$/u.test(m[0])) while (end < text.length && /[\p{L}¢]/u.test(text[end]!)) end++;
      const lineStart = text.lastIndexOf('\n', start - 1) + 1;
      const lineEndAt = text.indexOf('\n', start);
      const line = text.slice(lineStart, lineEndAt < 0 ? text.length : lineEndAt);
      const opensLine = /^[\s#*>_]*$/.test(text.slice(lineStart, start));
      let weight = rule.weight / k;
      if (start < headEnd) weight *= headFactor;
      if (opensLine && line.trim().length <= 120) weight *= headingFactor;
      out.push({ rule: rule.id, label: rule.label, text: text.slice(start, end), start, end, weight });
    }
  }
  // Two rules of one label on the same words (`ZAPROSZENIE` as a heading and as a word) are one
  // piece of evidence: keep the heavier.
  out.sort((a, b) => b.weight - a.weight || a.start - b.start);
  const kept: RuleEvidence[] = [];
  for (const e of out) {
    if (!kept.some((k) => k.label === e.label && k.start < e.end && e.start < k.end)) kept.push(e);
  }
  return kept.sort((a, b) => a.start - b.start || b.weight - a.weight);
}
