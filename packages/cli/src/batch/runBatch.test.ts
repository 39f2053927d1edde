import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { emptyTextStages, ingestDocument, OutputDirectory, openIngestResources } from '@skryba/ingest';
import { failureReportSchema, recordSchema } from '@skryba/schema';
import { afterAll, describe, expect, it } from 'vitest';
import { BatchReporter } from './BatchReporter.ts';
import { runBatch } from './runBatch.ts';

const documents = path.resolve(import.meta.dirname, '../../../../fixtures/documents');

describe('runBatch (embedded pipeline, no OCR inputs)', () => {
  const resources = openIngestResources({ stages: emptyTextStages, ocrWorkers: 1 });
  afterAll(() => resources.close());

  const input = mkdtempSync(path.join(tmpdir(), 'skryba-in-'));
  const outside = mkdtempSync(path.join(tmpdir(), 'skryba-outside-'));
  writeFileSync(path.join(outside, 'secret.txt'), 'poufne dane');
  mkdirSync(path.join(input, 'teczka'));
  copyFileSync(path.join(documents, '004_10b2ab1836c4a002.docx'), path.join(input, 'teczka', 'pismo.docx'));
  copyFileSync(path.join(documents, '001_e8bd44b07124655c.txt'), path.join(input, 'ogloszenie.txt'));
  copyFileSync(path.join(documents, '001_e8bd44b07124655c.txt'), path.join(input, 'kopia.txt'));
  copyFileSync(
    path.join(documents, '004_10b2ab1836c4a002.born-digital.pdf'),
    path.join(input, 'pdf-named.docx'),
  );
  writeFileSync(path.join(input, 'pusty.txt'), '');
  writeFileSync(path.join(input, 'nazwa\u001b[31m.txt'), 'Tekst w pliku o dziwnej nazwie.');
  symlinkSync(path.join(outside, 'secret.txt'), path.join(input, 'link-na-zewnatrz.txt'));
  const out = path.join(input, 'wyniki');

  const run = (force: boolean) => {
    const lines: string[] = [];
    const stream = { write: (s: string) => lines.push(s) } as unknown as NodeJS.WriteStream;
    return runBatch({
      paths: [input],
      out: new OutputDirectory(out),
      force,
      concurrency: 2,
      maxBytes: resources.limits.maxBytes,
      process: (file) => ingestDocument(file, resources),
      reporter: (total) => new BatchReporter(total, stream, false),
    }).then((summary) => ({ summary, lines: lines.join('') }));
  };

  it('gives every input one outcome and never stops at a bad one', async () => {
    const { summary, lines } = await run(false);
    expect(summary).toMatchObject({ total: 7, records: 4, skipped: 1, failed: 2 });
    expect(summary.failuresByCode).toEqual({ E_EMPTY_FILE: 1, E_PATH_REJECTED: 1 });
    const records = readdirSync(out).filter((name) => name.endsWith('.json'));
    expect(records).toHaveLength(4);
    for (const name of records) recordSchema.parse(JSON.parse(readFileSync(path.join(out, name), 'utf8')));
    const failures = readdirSync(path.join(out, 'failures'));
    expect(failures).toHaveLength(2);
    for (const name of failures)
      failureReportSchema.parse(JSON.parse(readFileSync(path.join(out, 'failures', name), 'utf8')));
    // The PDF named .docx is read as a PDF; the control character in a name never reaches the terminal raw.
    const pdf = records
      .map((name) => JSON.parse(readFileSync(path.join(out, name), 'utf8')))
      .find((r) => r.source.fileName === 'pdf-named.docx');
    expect(pdf.source.mediaType).toBe('application/pdf');
    expect(lines).not.toContain('\u001b');
    expect(lines).toContain('nazwa\\x1b[31m.txt');
    expect(lines).toContain('same content as');
  });

  it('skips inputs whose record exists, unless forced', async () => {
    const again = await run(false);
    expect(again.summary).toMatchObject({ records: 0, skipped: 5, failed: 2 });
    const forced = await run(true);
    expect(forced.summary).toMatchObject({ records: 4, skipped: 1, failed: 2 });
  });

  it('writes byte-identical records on every run', async () => {
    const before = readdirSync(out)
      .filter((n) => n.endsWith('.json'))
      .map((n) => readFileSync(path.join(out, n), 'utf8'));
    await run(true);
    const after = readdirSync(out)
      .filter((n) => n.endsWith('.json'))
      .map((n) => readFileSync(path.join(out, n), 'utf8'));
    expect(after).toEqual(before);
  });
});
