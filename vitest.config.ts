import { defineConfig } from 'vitest/config';

// Two projects share the same files: `smoke` is the inner loop (no OCR, no Redis, seconds),
// `full` is everything and is what `pnpm test` and CI run. Slow suites are tagged by file name:
// `*.ocr.test.ts` (tesseract.js), `*.redis.test.ts` (real Redis), `*.slow.test.ts` (other heavy work).
const slow = ['**/*.ocr.test.ts', '**/*.redis.test.ts', '**/*.slow.test.ts'];
const include = [
  'packages/*/src/**/*.test.ts',
  'pipelines/*/src/**/*.test.ts',
  'workers/*/src/**/*.test.ts',
  'fixtures/**/*.test.ts',
  'bench/**/*.test.ts',
  'corpora/**/*.test.ts',
];

export default defineConfig({
  test: {
    env: { DOTENV_CONFIG_QUIET: 'true' },
    projects: [
      { extends: true, test: { name: 'smoke', include, exclude: ['**/node_modules/**', ...slow] } },
      { extends: true, test: { name: 'full', include, testTimeout: 120_000, hookTimeout: 120_000 } },
    ],
  },
});
