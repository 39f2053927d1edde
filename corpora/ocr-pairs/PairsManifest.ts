import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** Folder of this corpus (`corpora/ocr-pairs`). */
export const PAIRS_DIR = dirname(fileURLToPath(import.meta.url));
/** Repository root. */
export const REPO_ROOT = join(PAIRS_DIR, '..', '..');
/** Git-ignored home of pairs that may not be redistributed, of page images and of scratch files. */
export const PAIRS_CACHE_DIR = join(REPO_ROOT, 'corpora', '.cache', 'ocr-pairs');
export const MANIFEST_PATH = join(PAIRS_DIR, 'manifest.json');

/**
 * The wrong-model OCR engines every page is read by: `tjs-eng` is tesseract.js 7 with the English
 * LSTM model (what archives' web tools produce, the main engine), `tess-eng` native tesseract 5 with
 * Debian's English model (a second confusion profile: more ó→o, ć→é).
 */
export const ENGINES = ['tjs-eng', 'tess-eng'] as const;
export const engineSchema = z.enum(ENGINES);
export type Engine = z.infer<typeof engineSchema>;

export const splitSchema = z.enum(['train', 'heldout']);
export type PairSplit = z.infer<typeof splitSchema>;

export const renderConditionsSchema = z.object({
  font: z.string(),
  sizePt: z.number(),
  dpi: z.number().int(),
  /** ImageMagick `-blur 0x<sigma>` in pixels. */
  blur: z.number(),
  /** ImageMagick `-attenuate` of the Gaussian noise. */
  noise: z.number(),
  /** Degrees, clockwise. */
  rotation: z.number(),
  jpegQuality: z.number().int(),
  /** ImageMagick `-seed` (noise pattern). */
  seed: z.number().int(),
});
export type RenderConditions = z.infer<typeof renderConditionsSchema>;

export const pageSourceSchema = z.object({
  /** Document id: `corpora/municipal/train/t001.txt`, `own:news-...`, or the polish-text manifest id. */
  id: z.string(),
  /** `skryba-municipal`, `skryba-own`, or the Debian package the text was extracted from. */
  package: z.string(),
  licence: z.string(),
});
export type PageSource = z.infer<typeof pageSourceSchema>;

export const pairEntrySchema = z.object({
  pageId: z.string().regex(/^[a-z0-9-]+$/),
  split: splitSchema,
  /** `repo`: files under corpora/ocr-pairs/<split>/ (committed); `cache`: under PAIRS_CACHE_DIR/<split>/. */
  location: z.enum(['repo', 'cache']),
  sources: z.array(pageSourceSchema).min(1),
  /** Characters of the truth text (UTF-16 units, as written). */
  chars: z.number().int(),
  truthSha256: z.string().length(64),
  /** Hash of truth and render conditions: names the page image; OCR files belong to this key. */
  imageKey: z.string(),
  /** File names inside the split folder. */
  files: z.object({ truth: z.string(), 'tjs-eng': z.string().optional(), 'tess-eng': z.string().optional() }),
  render: renderConditionsSchema,
});
export type PairEntry = z.infer<typeof pairEntrySchema>;

export const pairsManifestSchema = z.object({
  description: z.string(),
  engines: z.record(engineSchema, z.object({ engine: z.string(), model: z.string() })),
  pages: z.array(pairEntrySchema),
});
export type PairsManifest = z.infer<typeof pairsManifestSchema>;

/** Folder holding the files of one page. */
export function pageDir(entry: Pick<PairEntry, 'location' | 'split'>): string {
  return join(entry.location === 'repo' ? PAIRS_DIR : PAIRS_CACHE_DIR, entry.split);
}
