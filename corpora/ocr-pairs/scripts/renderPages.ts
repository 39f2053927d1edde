/**
 * Builds the wrong-model OCR pairs corpus: lays the source texts out into pages, renders each page as a
 * degraded scan under conditions seeded from its id, reads it with the English model of tesseract.js
 * and of native tesseract, and writes `<split>/<pageId>.truth.txt` + `<pageId>.<engine>.txt` and
 * manifest.json. Incremental: a page whose truth and conditions are unchanged and whose OCR files
 * exist is skipped, so re-running after new municipal documents only does the new pages.
 *
 *   apt-get install libreoffice-writer-nogui fonts-liberation2 fonts-dejavu-core poppler-utils \
 *     imagemagick tesseract-ocr tesseract-ocr-eng
 *   nice -n 10 pnpm exec tsx corpora/ocr-pairs/scripts/renderPages.ts [--limit N] [--engines tjs-eng,tess-eng]
 *
 * Fixture tooling: reads the municipal corpus, corpora/ocr-pairs/own/ and the polish-text cache.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  ENGINES,
  type Engine,
  MANIFEST_PATH,
  PAIRS_CACHE_DIR,
  PAIRS_DIR,
  type PairEntry,
  type PairsManifest,
  pageDir,
  pairsManifestSchema,
} from '../PairsManifest.ts';
import {
  createTjsReader,
  nativeTesseractVersion,
  readWithNativeTesseract,
  TJS_VERSION,
} from './ocrReaders.ts';
import { type PlannedPage, planPages } from './planPages.ts';
import { renderConditionsOf } from './renderConditionsOf.ts';
import { renderScans } from './renderScans.ts';

const { values: args } = parseArgs({
  options: {
    limit: { type: 'string' },
    engines: { type: 'string', default: ENGINES.join(',') },
  },
});
const engines = args.engines.split(',').map((e) => {
  if (!(ENGINES as readonly string[]).includes(e)) throw new Error(`unknown engine ${e}`);
  return e as Engine;
});
const limit = args.limit ? Number(args.limit) : Number.POSITIVE_INFINITY;

const IMAGES_DIR = join(PAIRS_CACHE_DIR, 'images');
const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');
const started = performance.now();
const seconds = (from: number) => ((performance.now() - from) / 1000).toFixed(1);

function readOldManifest(): Map<string, PairEntry> {
  if (!existsSync(MANIFEST_PATH)) return new Map();
  const parsed = pairsManifestSchema.safeParse(JSON.parse(readFileSync(MANIFEST_PATH, 'utf8')));
  return new Map(parsed.success ? parsed.data.pages.map((p) => [p.pageId, p]) : []);
}

interface PageState {
  plan: PlannedPage;
  entry: PairEntry;
  done: Set<Engine>;
  imagePath: string;
}

const plan = planPages();
const old = readOldManifest();
const states: PageState[] = plan.map((page) => {
  const render = renderConditionsOf(page.pageId);
  const truth = `${page.text}\n`;
  const truthSha256 = sha256(truth);
  const imageKey = sha256(`${truthSha256}\n${JSON.stringify(render)}`).slice(0, 16);
  const entry: PairEntry = {
    pageId: page.pageId,
    split: page.split,
    location: page.location,
    sources: page.sources,
    chars: truth.length,
    truthSha256,
    imageKey,
    files: { truth: `${page.pageId}.truth.txt` },
    render,
  };
  const dir = pageDir(entry);
  mkdirSync(dir, { recursive: true });
  const truthPath = join(dir, entry.files.truth);
  if (!existsSync(truthPath) || readFileSync(truthPath, 'utf8') !== truth) writeFileSync(truthPath, truth);
  const done = new Set<Engine>();
  const previous = old.get(page.pageId);
  for (const engine of ENGINES) {
    const file = `${page.pageId}.${engine}.txt`;
    if (previous?.imageKey === imageKey && previous.files[engine] === file && existsSync(join(dir, file))) {
      done.add(engine);
      entry.files[engine] = file;
    }
  }
  return { plan: page, entry, done, imagePath: join(IMAGES_DIR, `${page.pageId}.${imageKey}.jpg`) };
});

// Files of pages no longer planned (or of an older layout) would be read as pairs: remove them.
const planned = new Set(plan.map((p) => p.pageId));
for (const root of [PAIRS_DIR, PAIRS_CACHE_DIR]) {
  for (const split of ['train', 'heldout']) {
    const dir = join(root, split);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir)) {
      const pageId = name.split('.')[0]!;
      const state = states.find((s) => s.plan.pageId === pageId);
      const stale = !planned.has(pageId) || (state && pageDir(state.entry) !== dir);
      if (stale) rmSync(join(dir, name));
    }
  }
}
mkdirSync(IMAGES_DIR, { recursive: true });
const wantedImages = new Set(states.map((s) => s.imagePath.split('/').pop()));
for (const name of readdirSync(IMAGES_DIR)) if (!wantedImages.has(name)) rmSync(join(IMAGES_DIR, name));

const tessVersion = await nativeTesseractVersion();
function saveManifest() {
  const manifest: PairsManifest = {
    description:
      'Polish pages rendered as degraded scans and read by OCR with the wrong (English) model; see README.md. ' +
      'Pages with location "cache" are not redistributable here: regenerate them with scripts/renderPages.ts.',
    engines: {
      'tjs-eng': {
        engine: `tesseract.js ${TJS_VERSION}`,
        model: 'eng 4.0.0_best_int (@tesseract.js-data/eng 1.0.0)',
      },
      'tess-eng': { engine: tessVersion, model: 'eng (Debian tesseract-ocr-eng)' },
    },
    pages: states.filter((s) => s.done.size > 0).map((s) => s.entry),
  };
  writeFileSync(MANIFEST_PATH, `${JSON.stringify(pairsManifestSchema.parse(manifest), null, 1)}\n`);
}

const todo = states.filter((s) => engines.some((e) => !s.done.has(e))).slice(0, limit);
console.log(`${plan.length} pages planned, ${todo.length} to (re)do with ${engines.join(', ')}`);

// 1. Scans.
const phase1 = performance.now();
const toRender = todo.filter((s) => !existsSync(s.imagePath));
const scanReport = await renderScans(
  toRender.map((s) => ({
    pageId: s.plan.pageId,
    text: s.plan.text,
    conditions: s.entry.render,
    imagePath: s.imagePath,
  })),
  join(PAIRS_CACHE_DIR, 'work'),
);
console.log(`rendered ${scanReport.rendered.length} scans in ${seconds(phase1)} s`);
if (scanReport.overflowed.length > 0)
  console.log(`overflowed one page (skipped): ${scanReport.overflowed.join(' ')}`);

// 2. OCR, one engine at a time so that at most two OCR processes run.
const readable = todo.filter((s) => existsSync(s.imagePath));
const write = (s: PageState, engine: Engine, text: string) => {
  const file = `${s.plan.pageId}.${engine}.txt`;
  writeFileSync(join(pageDir(s.entry), file), text);
  s.entry.files[engine] = file;
  s.done.add(engine);
};
const failures: string[] = [];
const report = (engine: string, n: number, total: number, from: number) => {
  if (n % 20 === 0 || n === total) console.log(`${engine}: ${n}/${total} pages, ${seconds(from)} s`);
};
if (engines.includes('tjs-eng')) {
  const from = performance.now();
  const pages = readable.filter((s) => !s.done.has('tjs-eng'));
  const reader = await createTjsReader(2);
  let n = 0;
  await Promise.all(
    pages.map(async (s) => {
      try {
        write(s, 'tjs-eng', await reader.read(s.imagePath));
      } catch (error) {
        failures.push(`tjs-eng ${s.plan.pageId}: ${error}`);
      }
      report('tjs-eng', ++n, pages.length, from);
      if (n % 40 === 0) saveManifest();
    }),
  );
  await reader.close();
  saveManifest();
}
if (engines.includes('tess-eng')) {
  const from = performance.now();
  const pages = readable.filter((s) => !s.done.has('tess-eng'));
  let next = 0;
  let n = 0;
  const lane = async () => {
    while (next < pages.length) {
      const s = pages[next++]!;
      try {
        write(s, 'tess-eng', await readWithNativeTesseract(s.imagePath, 'eng'));
      } catch (error) {
        failures.push(`tess-eng ${s.plan.pageId}: ${error}`);
      }
      report('tess-eng', ++n, pages.length, from);
    }
  };
  await Promise.all([lane(), lane()]);
}
saveManifest();

const final = states.filter((s) => s.done.size > 0);
const count = (f: (s: PageState) => boolean) => final.filter(f).length;
console.log(
  `manifest: ${final.length} pages (train ${count((s) => s.entry.split === 'train')}, heldout ${count((s) => s.entry.split === 'heldout')}; ` +
    `committed ${count((s) => s.entry.location === 'repo')}, cache ${count((s) => s.entry.location === 'cache')}) in ${seconds(started)} s`,
);
if (failures.length > 0) {
  console.error(failures.join('\n'));
  process.exitCode = 1;
}
