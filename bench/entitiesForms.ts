/**
 * `pnpm bench entities --forms [txt,docx,born-digital.pdf,scan.pdf,scan-eng-layer.pdf] [--split …]`:
 * the whole pipeline on every labelled document in every input form an archive holds: the text
 * file, DOCX, born-digital PDF, an image-only scan (OCR with the Polish model) and a scan carrying a
 * wrong-model OCR layer (quality gate, re-OCR, repair). Forms are rendered once by
 * fixtures/scripts/makeForms.sh into corpora/.cache/entity-forms/ (needs the Debian tools listed in
 * fixtures/README.md); records are scored against the gold like the text-only run, plus the document
 * type. For seed 002 the `txt` form is its real wrong-model OCR text.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingestDocument, loadTextStages, openIngestResources } from '@skryba/ingest';
import { defaultSplits, formatScore, type GoldDocument } from './entities.ts';
import { addScores, emptyScore, scoreEntities } from './entitiesScore.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cache = path.join(root, 'corpora/.cache/entity-forms');
const ALL_FORMS = ['txt', 'docx', 'born-digital.pdf', 'scan.pdf', 'scan-eng-layer.pdf'];

/** The file of one document in one form, rendered on first use. */
function formFile(split: string, doc: GoldDocument, form: string): string {
  if (form === 'txt') {
    // A seed's own text file is the input (002 is real wrong-model OCR); elsewhere the correct text.
    const seedText = path.join(root, 'fixtures/seeds', `${doc.id}.txt`);
    return split === 'seeds' && existsSync(seedText) ? seedText : doc.textPath;
  }
  const dir = path.join(cache, split);
  const file = path.join(dir, `${doc.id}.${form}`);
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true });
    execFileSync(
      'bash',
      [path.join(root, 'fixtures/scripts/makeForms.sh'), '--stem', doc.id, doc.textPath, dir, form],
      {
        stdio: ['ignore', 'ignore', 'inherit'],
      },
    );
  }
  return file;
}

export async function benchEntityForms(args: string[]): Promise<void> {
  const only = args.includes('--split') ? args[args.indexOf('--split') + 1] : undefined;
  const formsArg = args[args.indexOf('--forms') + 1];
  const forms = formsArg && !formsArg.startsWith('--') ? formsArg.split(',') : ALL_FORMS;
  const resources = openIngestResources({ stages: await loadTextStages() });
  try {
    for (const split of defaultSplits()) {
      if ((only && split.name !== only) || split.documents.length === 0) continue;
      for (const form of forms) {
        const total = emptyScore();
        let typeRight = 0;
        let failures = 0;
        const started = performance.now();
        for (const doc of split.documents) {
          const file = formFile(split.name, doc, form);
          const outcome = await ingestDocument(
            { bytes: new Uint8Array(readFileSync(file)), path: file },
            resources,
          );
          const gold = JSON.parse(readFileSync(doc.goldPath, 'utf8')) as { doc_type: string };
          if (outcome.status === 'failure') {
            failures++;
            continue;
          }
          const { record } = outcome;
          addScores(total, scoreEntities(gold, record, record.text).score);
          if (record.documentType.label === gold.doc_type) typeRight++;
        }
        const seconds = (performance.now() - started) / 1000;
        console.log(formatScore({ ...split, name: `${split.name} / ${form}` }, total));
        console.log(
          `  document type accuracy ${(typeRight / split.documents.length).toFixed(3)} (${typeRight}/${split.documents.length})` +
            `${failures ? `, ${failures} failed` : ''}, ${seconds.toFixed(1)} s\n`,
        );
      }
    }
  } finally {
    await resources.close();
  }
}
