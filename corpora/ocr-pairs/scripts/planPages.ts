import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { PAIRS_DIR, type PageSource, type PairSplit, REPO_ROOT } from '../PairsManifest.ts';
import { paginate } from './paginate.ts';
import { capacityOf, renderConditionsOf } from './renderConditionsOf.ts';

/**
 * Which text goes on which page. Splits are never mixed: a page holds text of one split, one source
 * package and so one licence. Municipal documents (all of them) and our own texts start a page of
 * their own; documents of the Debian corpus are packed together in a fixed pseudo-random order.
 */

export interface PlannedPage {
  pageId: string;
  split: PairSplit;
  /** Whether the pair may be committed (the text's licence allows redistribution here as data). */
  location: 'repo' | 'cache';
  sources: PageSource[];
  text: string;
}

interface DebianSource {
  /** Page id prefix. */
  short: string;
  /** Redistributable in this Apache-2.0 repository as data (see README.md, Licences). */
  commit: boolean;
  /** Pages to make per split (fewer when the source runs out). */
  quota: Record<PairSplit, number>;
}

/** Debian packages of corpora/polish-text and how much of each to render. */
export const DEBIAN_SOURCES: Record<string, DebianSource> = {
  'libreoffice-help-pl': { short: 'loh', commit: true, quota: { train: 150, heldout: 50 } },
  'kicad-doc-pl': { short: 'kic', commit: true, quota: { train: 40, heldout: 15 } },
  'manpages-pl': { short: 'man', commit: false, quota: { train: 30, heldout: 10 } },
  'fortunes-pl': { short: 'fort', commit: false, quota: { train: 20, heldout: 6 } },
};

export const POLISH_TEXT_CACHE = join(REPO_ROOT, 'corpora', '.cache', 'polish-text');

const polishTextManifestSchema = z.array(
  z.object({
    id: z.string(),
    source: z.string(),
    licence: z.string(),
    split: z.enum(['train', 'heldout']),
    file: z.string(),
  }),
);

/** Characters that would not render as themselves: XML-invalid controls, soft hyphens, zero widths. */
function renderable(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u00ad\u200b-\u200d\u2060\ufeff]/g, '');
}

const sha = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

function municipalPages(): PlannedPage[] {
  const pages: PlannedPage[] = [];
  // train2 (a second writer's training documents) pages are `train` pages of their own package: the
  // language model never learns from them, so repair settings are tuned on them (devPages.ts).
  for (const folder of ['train', 'heldout', 'train2'] as const) {
    const split: PairSplit = folder === 'heldout' ? 'heldout' : 'train';
    const dir = join(REPO_ROOT, 'corpora', 'municipal', folder);
    if (!existsSync(dir)) continue;
    // A document counts once its gold file exists: a text without one may still be being written.
    const names = readdirSync(dir)
      .filter((n) => n.endsWith('.txt') && existsSync(join(dir, n.replace(/\.txt$/, '.json'))))
      .sort();
    for (const name of names) {
      const stem = name.replace(/\.txt$/, '');
      const id = `corpora/municipal/${folder}/${name}`;
      const text = renderable(readFileSync(join(dir, name), 'utf8'));
      const idOf = (k: number) => `mun-${stem}-${k + 1}`;
      paginate([{ id, text }], false, (k) => capacityOf(renderConditionsOf(idOf(k)))).forEach((page, k) => {
        pages.push({
          pageId: idOf(k),
          split,
          location: 'repo',
          sources: [
            {
              id,
              package: folder === 'train2' ? 'skryba-municipal-train2' : 'skryba-municipal',
              licence: 'CC-BY-4.0',
            },
          ],
          text: page.text,
        });
      });
    }
  }
  return pages;
}

function ownPages(): PlannedPage[] {
  const dir = join(PAIRS_DIR, 'own');
  if (!existsSync(dir)) return [];
  const pages: PlannedPage[] = [];
  for (const name of readdirSync(dir)
    .filter((n) => n.endsWith('.txt'))
    .sort()) {
    const stem = name.replace(/\.txt$/, '');
    const id = `corpora/ocr-pairs/own/${name}`;
    const text = renderable(readFileSync(join(dir, name), 'utf8'));
    const idOf = (k: number) => `own-${stem}-${k + 1}`;
    paginate([{ id, text }], false, (k) => capacityOf(renderConditionsOf(idOf(k)))).forEach((page, k) => {
      pages.push({
        pageId: idOf(k),
        split: 'train',
        location: 'repo',
        sources: [{ id, package: 'skryba-own', licence: 'CC-BY-4.0' }],
        text: page.text,
      });
    });
  }
  return pages;
}

function debianPages(): PlannedPage[] {
  const manifestPath = join(POLISH_TEXT_CACHE, 'manifest.json');
  if (!existsSync(manifestPath)) {
    throw new Error(
      `${manifestPath} is missing: run \`pnpm exec tsx corpora/polish-text/extractDebianText.ts\` first`,
    );
  }
  const documents = polishTextManifestSchema.parse(JSON.parse(readFileSync(manifestPath, 'utf8')));
  const pages: PlannedPage[] = [];
  for (const [pkg, source] of Object.entries(DEBIAN_SOURCES)) {
    for (const split of ['train', 'heldout'] as const) {
      // The split is the one the polish-text manifest gives (splitOf of the document id).
      const docs = documents
        .filter((d) => d.source === pkg && d.split === split)
        .sort((a, b) => (sha(a.id) < sha(b.id) ? -1 : 1));
      const byId = new Map(docs.map((d) => [d.id, d]));
      const idOf = (k: number) =>
        `${source.short}-${split === 'train' ? 'tr' : 'ho'}-${String(k + 1).padStart(4, '0')}`;
      const laid = paginate(
        // One paragraph per line, no blank line between paragraphs: denser pages, as in printed manuals.
        docs.map((d) => ({
          id: d.id,
          text: renderable(readFileSync(join(POLISH_TEXT_CACHE, d.file), 'utf8')).replace(/\n\s*\n/g, '\n'),
        })),
        true,
        (k) => capacityOf(renderConditionsOf(idOf(k))),
      ).slice(0, source.quota[split]);
      laid.forEach((page, k) => {
        pages.push({
          pageId: idOf(k),
          split,
          location: source.commit ? 'repo' : 'cache',
          sources: page.documentIds.map((id) => ({ id, package: pkg, licence: byId.get(id)!.licence })),
          text: page.text,
        });
      });
    }
  }
  return pages;
}

/** Every page of the corpus, in a stable order. */
export function planPages(): PlannedPage[] {
  return [...municipalPages(), ...ownPages(), ...debianPages()];
}
