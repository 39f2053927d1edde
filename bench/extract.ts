import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import {
  createTesseractPool,
  defaultLimits,
  encodePgm,
  type GrayImage,
  OCR_MODELS,
  type OcrModel,
  openPageImageSource,
  readDocument,
} from '@skryba/extract';

const documents = path.resolve(import.meta.dirname, '../fixtures/documents');
const read = (name: string) => new Uint8Array(readFileSync(path.join(documents, name)));
const fixturesEnding = (suffix: string) =>
  readdirSync(documents)
    .filter((name) => name.endsWith(suffix))
    .sort();

async function msPerPage(names: string[], rounds: number): Promise<{ ms: number; pages: number }> {
  let pages = 0;
  const started = performance.now();
  for (let round = 0; round < rounds; round++) {
    for (const name of names) pages += (await readDocument(read(name), defaultLimits)).pages.length;
  }
  return { ms: (performance.now() - started) / pages, pages };
}

/** The scanned pages of the fixtures, rendered or decoded to gray exactly as the pipeline does. */
async function scannedPages(): Promise<{ name: string; image: GrayImage; dpi: number | null }[]> {
  const names = [
    ...fixturesEnding('.scan.pdf'),
    ...fixturesEnding('.scan-eng-layer.pdf'),
    ...fixturesEnding('.scan.jpg'),
    ...fixturesEnding('.scan.png'),
  ];
  const pages = [];
  for (const name of names) {
    const bytes = read(name);
    const raw = await readDocument(bytes, defaultLimits);
    const source = await openPageImageSource(bytes, raw.mediaType, defaultLimits);
    for (const page of raw.pages) {
      const image = await source.prepare(page.index, 'always');
      if (image?.kind === 'gray')
        pages.push({ name: `${name}#${page.index + 1}`, image: image.image, dpi: image.dpi });
    }
    await source.close();
  }
  return pages;
}

async function skrybaOcr(
  pages: { image: GrayImage; dpi: number | null }[],
  workers: number,
  model: OcrModel,
): Promise<number> {
  const pool = createTesseractPool({ size: workers, model });
  try {
    // Warm-up: load the model in every worker so start-up is not counted as throughput.
    await Promise.all(
      pages.slice(0, workers).map((p) => pool.recognize({ kind: 'gray', image: p.image, dpi: p.dpi })),
    );
    const started = performance.now();
    await Promise.all(pages.map((p) => pool.recognize({ kind: 'gray', image: p.image, dpi: p.dpi })));
    return (performance.now() - started) / 1000;
  } finally {
    await pool.close();
  }
}

/** Native tesseract over the same gray pages, `processes` at a time, one OpenMP thread each. */
async function nativeOcr(files: string[], processes: number, tessdataDir: string | null): Promise<number> {
  const started = performance.now();
  let next = 0;
  const lane = async () => {
    while (next < files.length) {
      const file = files[next++]!;
      await new Promise<void>((resolve, reject) => {
        const dir = tessdataDir ? ['--tessdata-dir', tessdataDir] : [];
        const child = spawn('tesseract', [...dir, file, '-', '-l', 'pol'], {
          env: { ...process.env, OMP_THREAD_LIMIT: '1' },
          stdio: ['ignore', 'ignore', 'ignore'],
        });
        child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`tesseract exited ${code}`))));
        child.on('error', reject);
      });
    }
  };
  await Promise.all(Array.from({ length: processes }, lane));
  return (performance.now() - started) / 1000;
}

/** `pnpm bench extract [rounds]`: ms/page per input form and OCR throughput against native tesseract. */
export async function benchExtract(args: string[]): Promise<void> {
  const rounds = Number(args[0] ?? 5);
  const parallel = availableParallelism();
  const pdf = await msPerPage(fixturesEnding('.born-digital.pdf'), rounds);
  console.log(
    `born-digital PDF text layer: ${pdf.ms.toFixed(1)} ms/page over ${pdf.pages} pages (target ≤ 50)`,
  );
  const docx = await msPerPage(fixturesEnding('.docx'), rounds);
  console.log(`DOCX:                        ${docx.ms.toFixed(1)} ms/document over ${docx.pages} documents`);

  const renderStarted = performance.now();
  const pages = await scannedPages();
  const renderMs = (performance.now() - renderStarted) / pages.length;
  console.log(
    `scanned page render/decode to gray: ${renderMs.toFixed(0)} ms/page over ${pages.length} pages`,
  );
  // Twice the fixture pages, so every worker has several pages to do.
  const workload = [...pages, ...pages];
  const rates: Partial<Record<OcrModel, number>> = {};
  for (const model of ['best_int', 'fast'] as const) {
    const seconds = await skrybaOcr(workload, parallel, model);
    rates[model] = workload.length / seconds;
    console.log(
      `skryba OCR (tesseract.js, ${OCR_MODELS[model].name}, ${parallel} workers): ${((seconds * 1000) / workload.length).toFixed(0)} ms/page effective, ${(rates[model]! * 60).toFixed(1)} pages/min`,
    );
  }

  if (spawnSync('tesseract', ['--version']).status !== 0) {
    console.log(
      'native tesseract not installed: no throughput ratio (apt-get install tesseract-ocr tesseract-ocr-pol)',
    );
    return;
  }
  const folder = mkdtempSync(path.join(tmpdir(), 'skryba-bench-'));
  try {
    const files = workload.map((page, i) => {
      const file = path.join(folder, `page-${i}.pgm`);
      writeFileSync(file, encodePgm(page.image));
      return file;
    });
    // The same two models run natively: Debian's default (tessdata_fast) and best_int unpacked.
    const bestIntDir = path.join(folder, 'best_int');
    mkdirSync(bestIntDir);
    writeFileSync(
      path.join(bestIntDir, 'pol.traineddata'),
      gunzipSync(readFileSync(path.join(OCR_MODELS.best_int.langPath, 'pol.traineddata.gz'))),
    );
    for (const [model, dir] of [
      ['fast', null],
      ['best_int', bestIntDir],
    ] as const) {
      const seconds = await nativeOcr(files, parallel, dir);
      const nativeRate = workload.length / seconds;
      console.log(
        `native tesseract (${model === 'fast' ? 'Debian tessdata_fast' : 'the same best_int'}, ${parallel} processes, OMP_THREAD_LIMIT=1): ${((seconds * 1000) / workload.length).toFixed(0)} ms/page effective, ${(nativeRate * 60).toFixed(1)} pages/min`,
      );
      console.log(
        `  throughput ratio skryba/native, same model (${model}): ${(rates[model]! / nativeRate).toFixed(2)}×`,
      );
      if (model === 'fast') {
        console.log(
          `  throughput ratio skryba default (best_int) / native default (fast): ${(rates.best_int! / nativeRate).toFixed(2)}× (target ≥ 0.8×)`,
        );
      }
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
