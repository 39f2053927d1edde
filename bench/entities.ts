/**
 * `pnpm bench entities [--split seeds|train|train2|heldout] [--misses]`: runs `extractEntities` on the
 * correct text of every gold document (`--forms` runs the whole pipeline on every input form
 * instead: see `entitiesForms.ts`) and prints per-field precision, recall and F1 for each split.
 * Scoring lives in `entitiesScore.ts`; this file only finds documents and their texts, so the
 * whole pipeline (DOCX, PDF, scan, wrong-model OCR) can later be scored the same way.
 * `--misses` lists false positives and negatives per document, never for the held-out split.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createEntityResources, extractEntities, loadPolishNameLists } from '@skryba/entities';
import {
  addScores,
  ENTITY_FIELDS,
  type EntityScore,
  emptyScore,
  type Miss,
  type PredictedEntities,
  prf,
  scoreEntities,
} from './entitiesScore.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** One labelled document: where its gold JSON and its correct text are. */
export interface GoldDocument {
  id: string;
  goldPath: string;
  textPath: string;
}

export interface Split {
  name: string;
  /** Held-out splits are scored in aggregate only: their documents are never shown. */
  heldOut: boolean;
  documents: GoldDocument[];
}

/** Gold files in `goldDir`; the text of `X.json` is `X.repaired.txt` there, else `textDir/X.txt`. */
export function listGoldDocuments(goldDir: string, textDir = goldDir): GoldDocument[] {
  if (!existsSync(goldDir)) return [];
  return readdirSync(goldDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((f) => {
      const id = f.slice(0, -'.json'.length);
      const repaired = path.join(goldDir, `${id}.repaired.txt`);
      const plain = path.join(textDir, `${id}.txt`);
      const textPath = existsSync(repaired) ? repaired : plain;
      return existsSync(textPath) ? [{ id, goldPath: path.join(goldDir, f), textPath }] : [];
    });
}

export function defaultSplits(): Split[] {
  const municipal = path.join(root, 'corpora/municipal');
  return [
    {
      name: 'seeds',
      heldOut: false,
      documents: listGoldDocuments(path.join(root, 'fixtures/seeds/gold'), path.join(root, 'fixtures/seeds')),
    },
    { name: 'train', heldOut: false, documents: listGoldDocuments(path.join(municipal, 'train')) },
    // A second writer's training split (other layouts on purpose): tune on it like `train`.
    { name: 'train2', heldOut: false, documents: listGoldDocuments(path.join(municipal, 'train2')) },
    { name: 'heldout', heldOut: true, documents: listGoldDocuments(path.join(municipal, 'heldout')) },
  ];
}

/** Scores `predict` on every document of a split. */
export function scoreSplit(
  split: Split,
  predict: (text: string) => PredictedEntities,
): { total: EntityScore; perDocument: Array<{ id: string; misses: Miss[] }> } {
  const total = emptyScore();
  const perDocument: Array<{ id: string; misses: Miss[] }> = [];
  for (const doc of split.documents) {
    const text = readFileSync(doc.textPath, 'utf8');
    const gold: unknown = JSON.parse(readFileSync(doc.goldPath, 'utf8'));
    const { score, misses } = scoreEntities(gold, predict(text), text);
    addScores(total, score);
    perDocument.push({ id: doc.id, misses });
  }
  return { total, perDocument };
}

const fmt = (x: number) => x.toFixed(3);

export function formatScore(split: Split, total: EntityScore): string {
  const lines = [`${split.name} (${split.documents.length} documents)`];
  lines.push(
    `  ${'field'.padEnd(17)} ${'tp'.padStart(4)} ${'fp'.padStart(4)} ${'fn'.padStart(4)}  P      R      F1`,
  );
  for (const f of ENTITY_FIELDS) {
    const c = total[f];
    const { precision, recall, f1 } = prf(c);
    lines.push(
      `  ${f.padEnd(17)} ${String(c.tp).padStart(4)} ${String(c.fp).padStart(4)} ${String(c.fn).padStart(4)}  ${fmt(precision)}  ${fmt(recall)}  ${fmt(f1)}`,
    );
  }
  return lines.join('\n');
}

export async function benchEntities(args: string[]): Promise<void> {
  if (args.includes('--forms')) {
    await (await import('./entitiesForms.ts')).benchEntityForms(args);
    return;
  }
  const only = args.includes('--split') ? args[args.indexOf('--split') + 1] : undefined;
  const showMisses = args.includes('--misses');
  const t0 = performance.now();
  const resources = createEntityResources(loadPolishNameLists());
  console.log(`resources loaded in ${Math.round(performance.now() - t0)} ms`);
  for (const split of defaultSplits()) {
    if (only && split.name !== only) continue;
    if (split.documents.length === 0) {
      console.log(`${split.name}: no documents\n`);
      continue;
    }
    const t1 = performance.now();
    const { total, perDocument } = scoreSplit(split, (text) => extractEntities(text, resources));
    const ms = performance.now() - t1;
    console.log(formatScore(split, total));
    console.log(`  ${(ms / split.documents.length).toFixed(1)} ms/document\n`);
    if (showMisses && !split.heldOut) {
      for (const { id, misses } of perDocument) {
        if (misses.length === 0) continue;
        console.log(`  ${id}`);
        for (const m of misses) console.log(`    ${m.kind} ${m.field}: ${m.value.replace(/\n/g, '⏎')}`);
      }
      console.log('');
    }
  }
}
