import { createHash } from 'node:crypto';
import type { RenderConditions } from '../PairsManifest.ts';
import type { PageCapacity } from './paginate.ts';

/** Fonts a page may be set in (Debian fonts-liberation2 and fonts-dejavu-core). */
export const FONTS = ['Liberation Serif', 'Liberation Sans', 'DejaVu Serif', 'DejaVu Sans'] as const;

/**
 * Characters of Polish prose per line at 10 pt on the 17 cm text width of renderPage's A4 layout
 * (measured with LibreOffice 7.4 and pdftotext); lines scale as 1/size.
 */
const CHARS_PER_LINE_AT_10PT: Record<string, number> = {
  'Liberation Serif': 107,
  'Liberation Sans': 96,
  'DejaVu Serif': 84,
  'DejaVu Sans': 87,
};
/** Lines per page × size in pt (measured: 62–63 lines at 10 pt, 51–52 at 12 pt). */
const LINES_TIMES_PT = 615;

/** What fits on a page in these conditions, with margins for word wrap and measurement error. */
export function capacityOf(conditions: Pick<RenderConditions, 'font' | 'sizePt'>): PageCapacity {
  const atTen = CHARS_PER_LINE_AT_10PT[conditions.font] ?? 84;
  return {
    charsPerLine: Math.floor((0.85 * atTen * 10) / conditions.sizePt),
    maxLines: Math.floor(LINES_TIMES_PT / conditions.sizePt) - 4,
  };
}

/** mulberry32: small, fast, good enough to spread conditions; seeded so a page always looks the same. */
function generator(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;

/**
 * Scan conditions of a page, a pure function of its id: varied so that a confusion model learned
 * from the pairs is not the model of one font at one resolution.
 */
export function renderConditionsOf(pageId: string): RenderConditions {
  const digest = createHash('sha256').update(pageId, 'utf8').digest();
  const random = generator(digest.readUInt32LE(0));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  return {
    font: pick(FONTS),
    sizePt: pick([10, 10.5, 11, 11.5, 12]),
    dpi: pick([200, 300]),
    blur: round(0.3 + random() * 0.6, 2),
    noise: round(0.1 + random() * 0.4, 2),
    rotation: round((random() * 2 - 1) * 0.8, 2),
    jpegQuality: 60 + Math.floor(random() * 26),
    seed: digest.readUInt32LE(4) % 2147483647,
  };
}
