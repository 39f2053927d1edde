/**
 * Trains the document-type classifier on corpora/municipal/train plus the seeds (seed 002 both as
 * the real wrong-model OCR and as its repaired text), each with a simulated wrong-model OCR copy,
 * cross-validates rules + classifier by leaving one document group out, fits how much each counts,
 * and writes data/documentClassifier.json. Deterministic. Never reads corpora/municipal/heldout.
 *
 *   pnpm exec tsx packages/classify/scripts/trainDocumentClassifier.ts
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DocumentTypeLabel } from '@skryba/schema';
import { type DocumentModel, documentModelSchema } from '../src/documentModelSchema.ts';
import { rulesFingerprint } from '../src/documentTypeRules.ts';
import {
  bestDocumentType,
  combineDocumentTypeScores,
  DOCUMENT_TYPE_LABELS,
  type DocumentTypeScores,
  scoreDocumentType,
} from '../src/scoreDocumentType.ts';
import { type LabelledDocument, selectVocabulary, trainBayes } from '../src/trainBayes.ts';
import { hashSeed, simulateWrongModelOcr } from './simulateWrongModelOcr.ts';

const REPO = join(import.meta.dirname, '..', '..', '..');
const OUT = join(import.meta.dirname, '..', 'data', 'documentClassifier.json');
const MAX_TOKENS = 120;
const RULE_WEIGHTS = [0.1, 0.15, 0.2, 0.3, 0.4, 0.5, 0.7, 1, 1.5];
const CLASSIFIER_WEIGHTS = [0, 0.01, 0.02, 0.05, 0.1, 0.15, 0.2, 0.3, 0.5, 0.7, 1];

function readCorpus(): LabelledDocument[] {
  const docs: LabelledDocument[] = [];
  const train = join(REPO, 'corpora', 'municipal', 'train');
  for (const name of readdirSync(train).sort()) {
    if (!name.endsWith('.json')) continue;
    const textPath = join(train, name.replace(/\.json$/, '.txt'));
    if (!existsSync(textPath)) continue;
    let label: DocumentTypeLabel;
    try {
      label = JSON.parse(readFileSync(join(train, name), 'utf8')).doc_type;
    } catch {
      continue; // a gold file still being written
    }
    if (!DOCUMENT_TYPE_LABELS.includes(label)) continue;
    const id = `train/${name.replace(/\.json$/, '')}`;
    docs.push({ id, group: id, label, text: readFileSync(textPath, 'utf8') });
  }
  const seeds = join(REPO, 'fixtures', 'seeds');
  for (const name of readdirSync(join(seeds, 'gold')).sort()) {
    if (!name.endsWith('.json')) continue;
    const base = name.replace(/\.json$/, '');
    const label = JSON.parse(readFileSync(join(seeds, 'gold', name), 'utf8')).doc_type as DocumentTypeLabel;
    const id = `seed/${base}`;
    docs.push({ id, group: id, label, text: readFileSync(join(seeds, `${base}.txt`), 'utf8') });
    const repaired = join(seeds, 'gold', `${base}.repaired.txt`);
    if (existsSync(repaired))
      docs.push({ id: `${id}.repaired`, group: id, label, text: readFileSync(repaired, 'utf8') });
  }
  // Every group without real OCR output gets a simulated one, so mangled words are seen in training.
  const withOcr = new Set(docs.filter((d) => d.id.endsWith('.repaired')).map((d) => d.group));
  for (const d of [...docs]) {
    if (withOcr.has(d.group)) continue;
    docs.push({ ...d, id: `${d.id}.ocr`, text: simulateWrongModelOcr(d.text, hashSeed(d.id)) });
  }
  return docs;
}

interface Prediction {
  doc: LabelledDocument;
  scores: DocumentTypeScores;
}

function logLikelihood(preds: Prediction[], ruleWeight: number, classifierWeight: number): number {
  let ll = 0;
  for (const p of preds) {
    const probs = combineDocumentTypeScores(p.scores, ruleWeight, classifierWeight);
    ll += Math.log(Math.max(probs[p.doc.label], 1e-12));
  }
  return ll;
}

function bestWeights(preds: Prediction[]): { ruleWeight: number; classifierWeight: number } {
  let best = { ruleWeight: RULE_WEIGHTS[0]!, classifierWeight: CLASSIFIER_WEIGHTS[0]!, ll: -Infinity };
  for (const ruleWeight of RULE_WEIGHTS) {
    for (const classifierWeight of CLASSIFIER_WEIGHTS) {
      const ll = logLikelihood(preds, ruleWeight, classifierWeight);
      if (ll > best.ll + 1e-9) best = { ruleWeight, classifierWeight, ll };
    }
  }
  return { ruleWeight: best.ruleWeight, classifierWeight: best.classifierWeight };
}

function main(): void {
  const docs = readCorpus();
  const groups = [...new Set(docs.map((d) => d.group))].sort();

  // Leave one group out: the classifier is retrained without the group (and its vocabulary is
  // chosen without it); rule evidence needs no training.
  const preds: Prediction[] = [];
  for (const group of groups) {
    const rest = docs.filter((d) => d.group !== group);
    const vocabulary = selectVocabulary(rest);
    const bayes = trainBayes(rest, vocabulary, MAX_TOKENS);
    const known = new Set(vocabulary);
    for (const doc of docs.filter((d) => d.group === group)) {
      preds.push({ doc, scores: scoreDocumentType(doc.text, bayes, known, MAX_TOKENS) });
    }
  }

  // How much rules and classifier count: chosen for each held-out group on the other groups'
  // predictions only (nested), then once on all of them for the shipped model.
  const rows: Array<{
    id: string;
    gold: string;
    predicted: string;
    confidence: number;
    rules: string;
    classifier: string;
  }> = [];
  const tally = (filter: (d: LabelledDocument) => boolean) => {
    const chosen = rows.filter((r) => filter(docs.find((d) => d.id === r.id)!));
    const right = chosen.filter((r) => r.gold === r.predicted).length;
    return {
      documents: chosen.length,
      right,
      accuracy: Number((right / Math.max(chosen.length, 1)).toFixed(4)),
    };
  };
  const shrinkage =
    1 / (docs.filter((d) => !d.id.endsWith('.ocr') && !d.id.endsWith('.repaired')).length + 1);
  for (const group of groups) {
    const weights = bestWeights(preds.filter((p) => p.doc.group !== group));
    for (const p of preds.filter((q) => q.doc.group === group)) {
      const probs = combineDocumentTypeScores(p.scores, weights.ruleWeight, weights.classifierWeight);
      const predicted = bestDocumentType(probs);
      const rulesOnly = bestDocumentType(combineDocumentTypeScores(p.scores, 1, 0));
      const classifierOnly = bestDocumentType(combineDocumentTypeScores(p.scores, 0, 1));
      rows.push({
        id: p.doc.id,
        gold: p.doc.label,
        predicted,
        confidence: Number(
          ((1 - shrinkage) * probs[predicted] + shrinkage / DOCUMENT_TYPE_LABELS.length).toFixed(4),
        ),
        rules: Object.values(p.scores.ruleSums).some((s) => s > 0) ? rulesOnly : 'none',
        classifier: classifierOnly,
      });
    }
  }
  const isOriginal = (d: LabelledDocument) => !d.id.endsWith('.ocr') && !d.id.endsWith('.repaired');
  const isMangled = (d: LabelledDocument) => d.id.endsWith('.ocr') || d.id === 'seed/002_030b25acebc912d6';
  const sourceAccuracy = (key: 'rules' | 'classifier') => {
    const chosen = rows.filter((r) => isOriginal(docs.find((d) => d.id === r.id)!));
    return Number((chosen.filter((r) => r[key] === r.gold).length / chosen.length).toFixed(4));
  };
  const bins = [0, 0.5, 0.7, 0.9, 0.99, 1.0000001].slice(0, -1).map((from, i, all) => {
    const to = all[i + 1] ?? 1.0000001;
    const inBin = rows.filter((r) => r.confidence >= from && r.confidence < to);
    return {
      from,
      to: Math.min(to, 1),
      documents: inBin.length,
      meanConfidence: inBin.length
        ? Number((inBin.reduce((a, r) => a + r.confidence, 0) / inBin.length).toFixed(4))
        : 0,
      accuracy: inBin.length
        ? Number((inBin.filter((r) => r.gold === r.predicted).length / inBin.length).toFixed(4))
        : 0,
    };
  });

  const weights = bestWeights(preds);
  const vocabulary = selectVocabulary(docs);
  const bayes = trainBayes(docs, vocabulary, MAX_TOKENS);
  const counts: Record<string, number> = {};
  for (const d of docs.filter(isOriginal)) counts[d.label] = (counts[d.label] ?? 0) + 1;
  const draft: DocumentModel = {
    version: '',
    rules: rulesFingerprint(),
    ...weights,
    shrinkage: Number(shrinkage.toFixed(6)),
    maxTokens: MAX_TOKENS,
    labels: [...DOCUMENT_TYPE_LABELS],
    bayes: { features: bayes.features, classifier: bayes.classifier },
    training: {},
  };
  const model: DocumentModel = {
    ...draft,
    version: `type-${hashSeed(JSON.stringify(draft)).toString(16).padStart(8, '0')}`,
    training: {
      documents: counts,
      groups: groups.length,
      trainingTexts: docs.length,
      vocabulary: vocabulary.length,
      crossValidation: {
        method: 'leave one group out (a text with its OCR copy); rule/classifier weights nested',
        originals: tally(isOriginal),
        mangled: tally(isMangled),
        all: tally(() => true),
        rulesOnlyOriginals: sourceAccuracy('rules'),
        classifierOnlyOriginals: sourceAccuracy('classifier'),
        reliability: bins,
        errors: rows.filter((r) => r.gold !== r.predicted),
      },
    },
  };
  documentModelSchema.parse(model);
  writeFileSync(OUT, `${JSON.stringify(model)}\n`);
  const cv = model.training.crossValidation as Record<string, unknown>;
  console.log(
    JSON.stringify(
      {
        out: OUT,
        version: model.version,
        ...weights,
        documents: counts,
        vocabulary: vocabulary.length,
        ...cv,
      },
      null,
      1,
    ),
  );
}

main();
