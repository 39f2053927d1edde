import { readFileSync } from 'node:fs';
import { type DocumentType, documentTypeSchema, type Language, SkrybaError } from '@skryba/schema';
import { type DocumentModel, documentModelSchema } from './documentModelSchema.ts';
import { loadNatural } from './naturalBayes.ts';
import {
  bestDocumentType,
  combineDocumentTypeScores,
  DOCUMENT_TYPE_LABELS,
  scoreDocumentType,
} from './scoreDocumentType.ts';

/** Where the committed type model lives. */
export const DEFAULT_DOCUMENT_MODEL_PATH = new URL('../data/documentClassifier.json', import.meta.url);

export type ClassifyDocument = (text: string, language: Language) => DocumentType;

export interface DocumentClassifier {
  /** The stage: `classify(text, language) → DocumentType`. A plain function, safe to pass around. */
  classify: ClassifyDocument;
  /** Goes into `provenance.classifierVersion`. */
  version: string;
}

export interface DocumentClassifierOptions {
  /**
   * Rule evidence entries listed per document (the strongest; the classifier's vote is always listed).
   * @defaultValue 12
   */
  maxEvidence?: number;
  /**
   * Highest confidence when the text's main language is not Polish: rules and model know Polish only.
   * @defaultValue 0.5
   */
  foreignLanguageCap?: number;
}

const round = (x: number) => Math.round(x * 1e4) / 1e4;

/**
 * The document-type stage for a trained model: rule evidence (phrases, weighted by where they
 * stand) and natural's Bayes vote, combined as the model says; evidence lists the phrases with
 * their offsets and the classifier's vote, each with its contribution to the winning score.
 */
export function createDocumentClassifier(
  model: DocumentModel,
  options: DocumentClassifierOptions = {},
): DocumentClassifier {
  const { BayesClassifier } = loadNatural();
  const bayes = BayesClassifier.restore({
    features: model.bayes.features,
    classifier: model.bayes.classifier,
    docs: [],
  });
  const vocabulary = new Set(Object.keys(model.bayes.features));
  const maxEvidence = options.maxEvidence ?? 12;
  const foreignCap = options.foreignLanguageCap ?? 0.5;

  const classify: ClassifyDocument = (text, language) => {
    const scores = scoreDocumentType(text, bayes, vocabulary, model.maxTokens);
    const probs = combineDocumentTypeScores(scores, model.ruleWeight, model.classifierWeight);
    const label = bestDocumentType(probs);
    let confidence = (1 - model.shrinkage) * probs[label] + model.shrinkage / DOCUMENT_TYPE_LABELS.length;
    if (language.code !== 'pol' && language.code !== 'und') confidence = Math.min(confidence, foreignCap);

    const evidence: DocumentType['evidence'] = scores.rules
      .map((e) => ({
        source: 'rule' as const,
        label: e.label,
        text: e.text,
        start: e.start,
        end: e.end,
        weight: round(model.ruleWeight * e.weight),
      }))
      .sort((a, b) => b.weight - a.weight || a.start - b.start)
      .slice(0, maxEvidence);
    const posterior = Object.entries(scores.classifierPosterior).sort((a, b) => b[1] - a[1]);
    const [top, second] = posterior;
    if (top) {
      const margin =
        scores.classifierLogOdds[top[0] as DocumentType['label']] -
        (second ? scores.classifierLogOdds[second[0] as DocumentType['label']] : 0);
      evidence.push({
        source: 'classifier',
        label: top[0] as DocumentType['label'],
        text: `naive Bayes: ${posterior
          .slice(0, 3)
          .map(([l, p]) => `${l} ${p.toFixed(2)}`)
          .join(', ')}`,
        weight: round(model.classifierWeight * Math.abs(margin)),
      });
    }
    return documentTypeSchema.parse({ label, confidence: round(confidence), evidence });
  };
  return { classify, version: model.version };
}

/** Loads the committed (or a given) type model; `SkrybaError` E_INTERNAL when missing or malformed. */
export function loadDocumentClassifier(
  path: string | URL = DEFAULT_DOCUMENT_MODEL_PATH,
  options: DocumentClassifierOptions = {},
): DocumentClassifier {
  let model: DocumentModel;
  try {
    model = documentModelSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
  } catch (cause) {
    throw new SkrybaError(
      'E_INTERNAL',
      `cannot load document classifier ${String(path)}: ${(cause as Error).message}`,
      {
        cause,
      },
    );
  }
  return createDocumentClassifier(model, options);
}
