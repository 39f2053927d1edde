/**
 * Runs the committed language detector and type classifier over a folder of `NAME.txt` files and
 * scores the labels against `doc_type` in `NAME.json` (nothing else of the gold file is read).
 *
 *   pnpm exec tsx packages/classify/scripts/scoreDocumentTypes.ts corpora/municipal/train
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDocumentClassifier } from '../src/createDocumentClassifier.ts';
import { createLanguageDetector } from '../src/createLanguageDetector.ts';

function main(dir: string | undefined): void {
  if (!dir) throw new Error('usage: scoreDocumentTypes.ts <folder with NAME.txt + NAME.json>');
  const detect = createLanguageDetector();
  const { classify, version } = loadDocumentClassifier();
  const rows: Array<{ name: string; gold: string; predicted: string; confidence: number; language: string }> =
    [];
  for (const name of readdirSync(dir).sort()) {
    if (!name.endsWith('.json')) continue;
    const textPath = join(dir, name.replace(/\.json$/, '.txt'));
    if (!existsSync(textPath)) continue;
    const gold = (JSON.parse(readFileSync(join(dir, name), 'utf8')) as { doc_type: string }).doc_type;
    const text = readFileSync(textPath, 'utf8');
    const language = detect(text);
    const type = classify(text, language);
    rows.push({ name, gold, predicted: type.label, confidence: type.confidence, language: language.code });
  }
  for (const r of rows) {
    const mark = r.gold === r.predicted ? 'ok   ' : 'WRONG';
    console.log(
      `${mark} ${r.name.padEnd(14)} gold ${r.gold.padEnd(15)} got ${r.predicted.padEnd(15)} ${r.confidence.toFixed(3)} ${r.language}`,
    );
  }
  const right = rows.filter((r) => r.gold === r.predicted).length;
  const meanConfidence = rows.reduce((a, r) => a + r.confidence, 0) / Math.max(rows.length, 1);
  console.log(
    JSON.stringify({
      classifier: version,
      documents: rows.length,
      right,
      accuracy: right / Math.max(rows.length, 1),
      meanConfidence,
    }),
  );
}

main(process.argv[2]);
