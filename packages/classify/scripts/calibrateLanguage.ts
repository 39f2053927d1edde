/**
 * Fits the language model's weights so its probability is a calibrated confidence, and writes
 * data/languageModel.json with the held-out reliability table. Deterministic (seeded sampling,
 * Newton fit). Sources and set-up: see languageSamples.ts.
 *
 *   nice -n 10 pnpm exec tsx packages/classify/scripts/calibrateLanguage.ts
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LANGUAGE_FEATURE_NAMES, languageFeatures } from '../src/languageFeatures.ts';
import { type LanguageModel, languageModelSchema } from '../src/languageModelSchema.ts';
import { DEFAULT_LANGUAGES } from '../src/languageProfiles.ts';
import { calibratedConfidence, languageProbabilities } from '../src/scoreLanguage.ts';
import { fitConditionalLogit, type LogitSample } from './fitConditionalLogit.ts';
import {
  calibrationSplit,
  polishDocuments,
  readSource,
  SAMPLE_SOURCES,
  type SourceDocument,
} from './languageSamples.ts';
import { hashSeed, seededRandom, simulateWrongModelOcr } from './simulateWrongModelOcr.ts';

const OUT = join(import.meta.dirname, '..', 'data', 'languageModel.json');
const LANGUAGES: string[] = [...DEFAULT_LANGUAGES];
/** Window lengths in characters: from a few words to the longest block the detector scores. */
const LENGTHS = [12, 20, 30, 45, 70, 100, 150, 220, 350, 550, 900, 1400];
/**
 * Windows per length for each pool (fit split; the check split gets half). Mostly Polish, clean and
 * mangled, because that is what the archive holds; the biases learn this prior.
 */
const PER_LENGTH: Record<string, number> = {
  pol: 200,
  'pol-mangled': 200,
  eng: 100,
  deu: 80,
  ces: 80,
  slk: 40,
  fra: 30,
  ita: 30,
  spa: 30,
  rus: 25,
  ukr: 25,
};
const BINS = [0, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.99, 1.0000001];

interface Window {
  pool: string;
  code: string;
  length: number;
  text: string;
}

function sampleWindows(
  docs: SourceDocument[],
  pool: string,
  count: number,
  length: number,
  seed: number,
): Window[] {
  const random = seededRandom(seed);
  const usable = docs.filter((d) => d.text.length > length + 20);
  const out: Window[] = [];
  if (usable.length === 0) return out;
  for (let n = 0; n < count; n++) {
    const doc = usable[Math.floor(random() * usable.length)]!;
    let start = Math.floor(random() * (doc.text.length - length));
    if (start > 0) {
      const space = doc.text.slice(start).search(/\s/);
      start = space < 0 ? start : start + space + 1;
    }
    let end = Math.min(doc.text.length, start + length);
    const space = doc.text.slice(end).search(/\s/);
    end = space < 0 ? doc.text.length : end + space;
    const text = doc.text.slice(start, end).trim();
    if (/\p{L}/u.test(text)) out.push({ pool, code: doc.code, length, text });
  }
  return out;
}

function packageVersion(pkg: string): string {
  try {
    return execFileSync('dpkg-query', ['-W', `-f=\${Version}`, pkg.split(' ')[0]!], { encoding: 'utf8' });
  } catch {
    return 'unknown';
  }
}

function main(): void {
  const pools = new Map<string, { fit: SourceDocument[]; check: SourceDocument[] }>();
  const add = (pool: string, doc: SourceDocument) => {
    const entry = pools.get(pool) ?? { fit: [], check: [] };
    entry[calibrationSplit(doc.id)].push(doc);
    pools.set(pool, entry);
  };
  for (const doc of polishDocuments()) {
    add('pol', doc);
    add('pol-mangled', { ...doc, text: simulateWrongModelOcr(doc.text, hashSeed(doc.id)) });
  }
  for (const source of SAMPLE_SOURCES) for (const doc of readSource(source)) add(source.code, doc);

  const windows = { fit: [] as Window[], check: [] as Window[] };
  for (const [pool, count] of Object.entries(PER_LENGTH)) {
    const docs = pools.get(pool);
    if (!docs) throw new Error(`no documents for ${pool}`);
    for (const length of LENGTHS) {
      windows.fit.push(...sampleWindows(docs.fit, pool, count, length, hashSeed(`fit:${pool}:${length}`)));
      windows.check.push(
        ...sampleWindows(docs.check, pool, Math.ceil(count / 2), length, hashSeed(`check:${pool}:${length}`)),
      );
    }
  }
  const toSample = (w: Window): LogitSample & { window: Window } => ({
    perClass: languageFeatures(w.text, LANGUAGES).perLanguage,
    label: LANGUAGES.indexOf(w.code),
    window: w,
  });
  const started = Date.now();
  const fitSamples = windows.fit.map(toSample);
  const checkSamples = windows.check.map(toSample);
  const featureSeconds = (Date.now() - started) / 1000;
  const fit = fitConditionalLogit(fitSamples, LANGUAGES.length, LANGUAGE_FEATURE_NAMES.length);

  const draft: LanguageModel = {
    version: '',
    languages: LANGUAGES,
    featureNames: [...LANGUAGE_FEATURE_NAMES],
    weights: fit.weights.map((w) => Number(w.toFixed(6))),
    bias: Object.fromEntries(LANGUAGES.map((c, i) => [c, Number(fit.bias[i]!.toFixed(6))])),
    recalibration: { slope: 1, lengthSlope: 0, intercept: 0 },
    reliability: [],
    training: {},
  };
  // Second stage on the fit split: logistic regression of "top language is right" on logit(p) and
  // log length (2 classes: right gets the features, wrong gets zeros).
  const topOf = (perClass: number[][], m: LanguageModel) => {
    const p = languageProbabilities(perClass, m);
    let best = 0;
    for (let k = 1; k < p.length; k++) if (p[k]! > p[best]!) best = k;
    return { best, p };
  };
  const platt = fitConditionalLogit(
    fitSamples.map((s) => {
      const { best, p } = topOf(s.perClass, draft);
      const q = Math.min(Math.max(p[best]!, 1e-9), 1 - 1e-9);
      const letters = s.window.text.match(/\p{L}/gu)?.length ?? 0;
      return {
        perClass: [
          [0, 0],
          [Math.log(q / (1 - q)), Math.log1p(letters)],
        ],
        label: best === s.label ? 1 : 0,
      };
    }),
    2,
    2,
    { l2: 1e-6 },
  );
  draft.recalibration = {
    slope: Number(platt.weights[0]!.toFixed(6)),
    lengthSlope: Number(platt.weights[1]!.toFixed(6)),
    intercept: Number((platt.bias[1]! - platt.bias[0]!).toFixed(6)),
  };

  // Held-out check: reliability bins, accuracy by length against franc alone, ECE and Brier score.
  const bins = BINS.slice(0, -1).map((from, i) => ({ from, to: BINS[i + 1]!, n: 0, conf: 0, right: 0 }));
  const byLength = new Map<number, { n: number; model: number; franc: number }>();
  const byPool = new Map<string, { n: number; model: number; franc: number }>();
  let brier = 0;
  for (const s of checkSamples) {
    const { best, p } = topOf(s.perClass, draft);
    let francBest = 0;
    for (let k = 1; k < p.length; k++) if (s.perClass[k]![0]! > s.perClass[francBest]![0]!) francBest = k;
    const right = best === s.label ? 1 : 0;
    const francRight = francBest === s.label ? 1 : 0;
    const letters = s.window.text.match(/\p{L}/gu)?.length ?? 0;
    const confidence = calibratedConfidence(p[best]!, letters, draft);
    const bin = bins.find((b) => confidence >= b.from && confidence < b.to)!;
    bin.n++;
    bin.conf += confidence;
    bin.right += right;
    brier += p.reduce((acc, q, k) => acc + (q - (k === s.label ? 1 : 0)) ** 2, 0);
    for (const [map, key] of [
      [byLength, s.window.length],
      [byPool, s.window.pool],
    ] as const) {
      const e = (map as Map<typeof key, { n: number; model: number; franc: number }>).get(key) ?? {
        n: 0,
        model: 0,
        franc: 0,
      };
      e.n++;
      e.model += right;
      e.franc += francRight;
      (map as Map<typeof key, typeof e>).set(key, e);
    }
  }
  const reliability = bins.map((b) => ({
    from: b.from,
    to: Math.min(b.to, 1),
    blocks: b.n,
    meanConfidence: b.n ? Number((b.conf / b.n).toFixed(4)) : 0,
    accuracy: b.n ? Number((b.right / b.n).toFixed(4)) : 0,
  }));
  const ece = bins.reduce((acc, b) => acc + (b.n ? Math.abs(b.conf - b.right) : 0), 0) / checkSamples.length;
  const rate = (e: { n: number; model: number; franc: number }) => ({
    windows: e.n,
    model: Number((e.model / e.n).toFixed(4)),
    francAlone: Number((e.franc / e.n).toFixed(4)),
  });
  const sources = [
    {
      source: 'corpora/municipal/train',
      licence: 'CC BY 4.0 (skryba project)',
      code: 'pol',
      version: 'repository',
    },
    {
      source: 'corpora/.cache/polish-text (train split)',
      licence: 'see corpora/polish-text',
      code: 'pol',
      version: 'repository',
    },
    ...SAMPLE_SOURCES.map((s) => ({
      source: s.source,
      licence: s.licence,
      code: s.code,
      version: packageVersion(s.source),
    })),
  ];
  const model: LanguageModel = {
    ...draft,
    version: `lang-${hashSeed(JSON.stringify([draft.weights, draft.bias, draft.recalibration]))
      .toString(16)
      .padStart(8, '0')}`,
    reliability,
    training: {
      lengths: LENGTHS,
      windowsPerLengthFit: PER_LENGTH,
      fitWindows: fitSamples.length,
      checkWindows: checkSamples.length,
      documents: Object.fromEntries(
        [...pools].map(([pool, d]) => [pool, { fit: d.fit.length, check: d.check.length }]),
      ),
      newtonIterations: fit.iterations,
      check: {
        accuracy: Number((bins.reduce((a, b) => a + b.right, 0) / checkSamples.length).toFixed(4)),
        expectedCalibrationError: Number(ece.toFixed(4)),
        brier: Number((brier / checkSamples.length).toFixed(4)),
        byLength: Object.fromEntries([...byLength].map(([k, e]) => [k, rate(e)])),
        byPool: Object.fromEntries([...byPool].map(([k, e]) => [k, rate(e)])),
      },
      sources,
    },
  };
  languageModelSchema.parse(model);
  writeFileSync(OUT, `${JSON.stringify(model, null, 1)}\n`);
  console.log(
    JSON.stringify(
      {
        out: OUT,
        featureSeconds,
        weights: model.weights,
        bias: model.bias,
        recalibration: model.recalibration,
        reliability,
        check: model.training.check,
      },
      null,
      1,
    ),
  );
}

main();
