import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';

/**
 * The OCR engines that read the degraded pages. Both run the WRONG (English) model on Polish text on
 * purpose: that is the damage skryba repairs. Their output is kept exactly as produced.
 */

const require = createRequire(import.meta.url);
// tesseract.js is CommonJS; createRequire gives its real module object under tsx.
const Tesseract = require('tesseract.js') as typeof import('tesseract.js');
const run = promisify(execFile);

export const TJS_VERSION: string = require('tesseract.js/package.json').version;
const ENG_DATA = join(dirname(require.resolve('@tesseract.js-data/eng/package.json')), '4.0.0_best_int');

export interface PageReader {
  read(imagePath: string): Promise<string>;
  close(): Promise<void>;
}

/**
 * tesseract.js with `eng` 4.0.0_best_int from @tesseract.js-data/eng, fully offline (`langPath` into
 * the package, `cacheMethod: 'none'`), `workers` threads behind one scheduler (2 at most here).
 */
export async function createTjsReader(workers: number): Promise<PageReader> {
  const scheduler = Tesseract.createScheduler();
  for (let k = 0; k < Math.min(2, Math.max(1, workers)); k++) {
    const worker = await Tesseract.createWorker('eng', Tesseract.OEM.LSTM_ONLY, {
      langPath: ENG_DATA,
      cacheMethod: 'none',
      gzip: true,
      errorHandler: (error: unknown) => console.error('tesseract.js:', error),
    });
    scheduler.addWorker(worker);
  }
  return {
    async read(imagePath) {
      const result = await scheduler.addJob('recognize', readFileSync(imagePath));
      return result.data.text ?? '';
    },
    close: () => scheduler.terminate() as Promise<void>,
  };
}

/** Native tesseract version line, e.g. `tesseract 5.3.0`. */
export async function nativeTesseractVersion(): Promise<string> {
  const { stdout, stderr } = await run('tesseract', ['--version']);
  return `${stdout}${stderr}`.split('\n')[0]!.trim();
}

/**
 * Native tesseract (Debian tesseract-ocr) with one OpenMP thread: unbounded OpenMP on 2 shared cores
 * is 7× slower (DEPENDENCY_NOTES.md). No page separator, so the text is what OCR read and nothing else.
 */
export async function readWithNativeTesseract(imagePath: string, lang: 'eng' | 'pol'): Promise<string> {
  const { stdout } = await run('tesseract', [imagePath, 'stdout', '-l', lang, '-c', 'page_separator='], {
    env: { ...process.env, OMP_THREAD_LIMIT: '1' },
    maxBuffer: 16 * 1024 * 1024,
  });
  return stdout;
}
