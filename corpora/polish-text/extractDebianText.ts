/**
 * Extracts plain Polish text from Debian documentation packages into corpora/.cache/polish-text/
 * (git-ignored): one .txt per source document under train/ or heldout/, plus manifest.json.
 *
 *   apt-get install libreoffice-help-pl manpages-pl fortunes-pl kicad-doc-pl wpolish
 *   pnpm exec tsx corpora/polish-text/extractDebianText.ts
 *
 * A paragraph is kept only when it is mostly Polish (lexicon hit rate) and not code; see isPolishProse.
 */

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { Lexicon } from '../../packages/lexicon/src/Lexicon.ts';
import { loadLexicon } from '../../packages/lexicon/src/loadLexicon.ts';
import { htmlToParagraphs } from './htmlToParagraphs.ts';
import { type Split, splitOf } from './splitOf.ts';
import { troffToParagraphs } from './troffToParagraphs.ts';
import { walkFiles } from './walkFiles.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
export const CACHE_DIR = join(HERE, '..', '.cache', 'polish-text');

/** Debian packages read, with the licence of the text as their debian/copyright states it. */
export const SOURCES = {
  'libreoffice-help-pl': { licence: 'MPL-2.0', root: '/usr/share/libreoffice/help/pl' },
  'manpages-pl': {
    licence: 'GPL-3+ (translations; original pages under their own free licences)',
    root: '/usr/share/man/pl',
  },
  'fortunes-pl': { licence: 'GPL-2+', root: '/usr/share/games/fortunes/pl' },
  'kicad-doc-pl': {
    licence: 'GPL-3+ or CC-BY-3.0+ (KiCad documentation, dual licensed)',
    root: '/usr/share/doc/kicad/help/pl',
  },
} as const;
type SourcePackage = keyof typeof SOURCES;

export interface ManifestEntry {
  id: string;
  source: SourcePackage;
  version: string;
  licence: string;
  split: Split;
  /** Path of the text under CACHE_DIR. */
  file: string;
  chars: number;
  paragraphs: number;
  droppedParagraphs: number;
}

interface RawDocument {
  id: string;
  source: SourcePackage;
  paragraphs: string[];
}

function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('iso-8859-2').decode(bytes);
  }
}

function* libreofficeHelp(): Generator<RawDocument> {
  for (const path of walkFiles(SOURCES['libreoffice-help-pl'].root, (p) => p.endsWith('.html'))) {
    yield {
      id: `libreoffice-help-pl:${path}`,
      source: 'libreoffice-help-pl',
      paragraphs: htmlToParagraphs(readFileSync(path, 'utf8')),
    };
  }
}

function* manPages(): Generator<RawDocument> {
  for (const path of walkFiles(SOURCES['manpages-pl'].root, (p) => /\/man\d\/[^/]+$/.test(p))) {
    const bytes = readFileSync(path);
    const source = decodeText(path.endsWith('.gz') ? gunzipSync(bytes) : bytes);
    // Pages that only redirect (`.so man3/other.3`) have no text of their own.
    if (/^\.so\s/m.test(source) && source.split('\n').filter((l) => l.trim()).length < 4) continue;
    yield { id: `manpages-pl:${path}`, source: 'manpages-pl', paragraphs: troffToParagraphs(source) };
  }
}

function* fortunes(): Generator<RawDocument> {
  for (const path of walkFiles(SOURCES['fortunes-pl'].root, (p) => !/\.(dat|u8)$/.test(p))) {
    const text = decodeText(readFileSync(path));
    // One fortune = one paragraph; its line breaks are layout (verse keeps them as sentence-ish breaks).
    const paragraphs = text
      .split(/^%\s*$/m)
      .map((f) => f.replace(/\s+/g, ' ').trim())
      .filter(Boolean);
    yield { id: `fortunes-pl:${path}`, source: 'fortunes-pl', paragraphs };
  }
}

function* kicadDocs(): Generator<RawDocument> {
  // The seven manuals are large; each top-level section (<h2 id=...>) is a document of its own.
  for (const path of walkFiles(SOURCES['kicad-doc-pl'].root, (p) => p.endsWith('.html'))) {
    const html = readFileSync(path, 'utf8');
    const starts = [...html.matchAll(/<h2 id="([^"]+)"/g)].map((m) => ({ at: m.index, anchor: m[1]! }));
    const parts = [{ at: 0, anchor: '' }, ...starts];
    for (let i = 0; i < parts.length; i++) {
      const chunk = html.slice(parts[i]!.at, parts[i + 1]?.at ?? html.length);
      const id = `kicad-doc-pl:${path}${parts[i]!.anchor ? `#${parts[i]!.anchor}` : ''}`;
      yield { id, source: 'kicad-doc-pl', paragraphs: htmlToParagraphs(chunk) };
    }
  }
}

const WORD = /\p{L}+(?:['’-]\p{L}+)*/gu;
const DIACRITIC_VARIANTS: Record<string, string> = {
  a: 'ą',
  c: 'ć',
  e: 'ę',
  l: 'ł',
  n: 'ń',
  o: 'ó',
  s: 'ś',
  z: 'źż',
};

/**
 * True when an unknown word becomes a lexicon form by adding Polish diacritics (`sie` → `się`,
 * `moge` → `mogę`): text typed without diacritics would teach the model exactly the errors that
 * repair has to undo.
 */
export function isUndiacritisedForm(word: string, lexicon: Lexicon): boolean {
  const lower = word.toLowerCase();
  const search = (state: number, i: number, changed: boolean): boolean => {
    if (state < 0) return false;
    if (i === lower.length) return changed && lexicon.isFinal(state);
    const ch = lower[i]!;
    if (search(lexicon.step(state, ch), i + 1, changed)) return true;
    for (const alt of DIACRITIC_VARIANTS[ch] ?? '')
      if (search(lexicon.step(state, alt), i + 1, true)) return true;
    return false;
  };
  return search(lexicon.root, 0, false);
}

/**
 * Mostly Polish running text: at least 3 words, at least 80 % of them in the lexicon, no word
 * written without its diacritics, and few characters typical of code or command lines.
 */
export function isPolishProse(paragraph: string, lexicon: Lexicon): boolean {
  const words = paragraph.match(WORD) ?? [];
  if (words.length < 3) return false;
  let hits = 0;
  for (const w of words) {
    if (lexicon.has(w)) hits++;
    else if (isUndiacritisedForm(w, lexicon)) return false;
  }
  if (hits / words.length < 0.8) return false;
  const codeChars = (paragraph.match(/[{}[\]<>=;\\$#|_*/~`]/g) ?? []).length;
  return codeChars / paragraph.length < 0.02;
}

function packageVersion(pkg: string): string {
  try {
    // dpkg-query's own format syntax, not a template literal.
    // biome-ignore lint/suspicious/noTemplateCurlyInString: dpkg-query format
    return execFileSync('dpkg-query', ['-W', '-f=${Version}', pkg], { encoding: 'utf8' });
  } catch {
    return 'unknown';
  }
}

function main(): void {
  const lexicon = loadLexicon({ priorsPath: null });
  for (const [pkg, { root }] of Object.entries(SOURCES)) {
    if (!existsSync(root)) throw new Error(`${root} missing: apt-get install ${pkg}`);
  }
  rmSync(CACHE_DIR, { recursive: true, force: true });
  for (const split of ['train', 'heldout']) mkdirSync(join(CACHE_DIR, split), { recursive: true });
  const versions = Object.fromEntries(Object.keys(SOURCES).map((p) => [p, packageVersion(p)]));
  const manifest: ManifestEntry[] = [];
  const generators = [libreofficeHelp(), manPages(), fortunes(), kicadDocs()];
  for (const generator of generators) {
    for (const doc of generator) {
      const kept = doc.paragraphs.filter((p) => isPolishProse(p, lexicon));
      const text = kept.join('\n\n');
      if (text.length < 100) continue;
      const split = splitOf(doc.id);
      const file = join(split, `${createHash('sha256').update(doc.id).digest('hex').slice(0, 16)}.txt`);
      writeFileSync(join(CACHE_DIR, file), `${text}\n`);
      manifest.push({
        id: doc.id,
        source: doc.source,
        version: versions[doc.source]!,
        licence: SOURCES[doc.source].licence,
        split,
        file,
        chars: text.length,
        paragraphs: kept.length,
        droppedParagraphs: doc.paragraphs.length - kept.length,
      });
    }
  }
  writeFileSync(join(CACHE_DIR, 'manifest.json'), `${JSON.stringify(manifest, null, 1)}\n`);
  const summary: Record<
    string,
    Record<string, { documents: number; chars: number; paragraphs: number; dropped: number }>
  > = {};
  for (const e of manifest) {
    summary[e.source] ??= {};
    const bySplit = summary[e.source]!;
    bySplit[e.split] ??= { documents: 0, chars: 0, paragraphs: 0, dropped: 0 };
    const s = bySplit[e.split]!;
    s.documents++;
    s.chars += e.chars;
    s.paragraphs += e.paragraphs;
    s.dropped += e.droppedParagraphs;
  }
  console.log(
    JSON.stringify(
      { cache: relative(process.cwd(), CACHE_DIR), documents: manifest.length, summary },
      null,
      2,
    ),
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
