/**
 * Labelled text for fitting and checking the language model, read at build time from Debian
 * packages and the repository's Polish corpora. No text from here is committed: only the fitted
 * weights (see data/LICENSE.md for the sources).
 *
 *   apt-get install libreoffice-help-en-us libreoffice-help-de libreoffice-help-cs libreoffice-help-fr \
 *     libreoffice-help-it libreoffice-help-es libreoffice-help-ru manpages-de manpages-cs manpages-uk fortunes-cs
 *   pnpm exec tsx corpora/polish-text/extractDebianText.ts   # the Polish prose cache
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { htmlToParagraphs } from '../../../corpora/polish-text/htmlToParagraphs.ts';
import { troffToParagraphs } from '../../../corpora/polish-text/troffToParagraphs.ts';
import { walkFiles } from '../../../corpora/polish-text/walkFiles.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
export const REPO = join(HERE, '..', '..', '..');

export interface SourceDocument {
  id: string;
  code: string;
  source: string;
  text: string;
}

export interface SampleSource {
  code: string;
  source: string;
  licence: string;
  root: string;
  kind: 'html' | 'troff' | 'fortune' | 'text';
  /** Files to leave out (fortune files that are mostly code or another language). */
  skip?: RegExp;
}

const LO = '/usr/share/libreoffice/help';
const MPL = 'MPL-2.0 (LibreOffice help)';
const MAN_L10N = 'GPL-3+ (manpages-l10n translations)';

export const SAMPLE_SOURCES: SampleSource[] = [
  { code: 'eng', source: 'libreoffice-help-en-us', licence: MPL, root: `${LO}/en-US`, kind: 'html' },
  { code: 'deu', source: 'libreoffice-help-de', licence: MPL, root: `${LO}/de`, kind: 'html' },
  { code: 'deu', source: 'manpages-de', licence: MAN_L10N, root: '/usr/share/man/de', kind: 'troff' },
  { code: 'ces', source: 'libreoffice-help-cs', licence: MPL, root: `${LO}/cs`, kind: 'html' },
  { code: 'ces', source: 'manpages-cs', licence: MAN_L10N, root: '/usr/share/man/cs', kind: 'troff' },
  {
    code: 'ces',
    source: 'fortunes-cs',
    licence: 'GPL-3+ (fortunes-cs)',
    root: '/usr/share/games/fortunes/cs',
    kind: 'fortune',
    skip: /(lkml|pocitace|klasik-sk)\.u8$/,
  },
  {
    code: 'slk',
    source: 'fortunes-cs (klasik-sk)',
    licence: 'GPL-3+ (fortunes-cs)',
    root: '/usr/share/games/fortunes/sk',
    kind: 'fortune',
  },
  { code: 'fra', source: 'libreoffice-help-fr', licence: MPL, root: `${LO}/fr`, kind: 'html' },
  { code: 'ita', source: 'libreoffice-help-it', licence: MPL, root: `${LO}/it`, kind: 'html' },
  { code: 'spa', source: 'libreoffice-help-es', licence: MPL, root: `${LO}/es`, kind: 'html' },
  { code: 'rus', source: 'libreoffice-help-ru', licence: MPL, root: `${LO}/ru`, kind: 'html' },
  { code: 'ukr', source: 'manpages-uk', licence: MAN_L10N, root: '/usr/share/man/uk', kind: 'troff' },
];

/** Running text, not UI labels, code or tables: enough words, mostly letters, few code characters. */
export function isProse(paragraph: string): boolean {
  const words = paragraph.match(/\p{L}+/gu) ?? [];
  if (words.length < 5) return false;
  const letters = words.join('').length;
  if (letters / paragraph.length < 0.65) return false;
  const codeChars = (paragraph.match(/[{}[\]<>=;\\$#|_*/~`@]/g) ?? []).length;
  return codeChars / paragraph.length < 0.02;
}

function paragraphsOf(source: SampleSource, path: string): string[] {
  const bytes = readFileSync(path);
  switch (source.kind) {
    case 'html':
      return htmlToParagraphs(bytes.toString('utf8'));
    case 'troff': {
      const text = (path.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
      if (/^\.so\s/m.test(text) && text.split('\n').filter((l) => l.trim()).length < 4) return [];
      return troffToParagraphs(text);
    }
    case 'fortune':
      return bytes
        .toString('utf8')
        .split(/^%\s*$/m)
        .map((f) =>
          f
            .replace(/^\s*--.*$/gm, '')
            .replace(/\s+/g, ' ')
            .trim(),
        )
        .filter(Boolean);
    case 'text':
      return bytes.toString('utf8').split(/\n\s*\n/);
  }
}

const ENGLISH = new Set(['the', 'of', 'and', 'to', 'in', 'is', 'that', 'for', 'it', 'with', 'this', 'you']);

/**
 * Translated help still has untranslated paragraphs (half of the Russian help is English): a
 * paragraph whose tokens are ≥ 15 % common English words, or Cyrillic-language text that is not
 * mostly Cyrillic, would be a wrong label.
 */
function isInLanguage(paragraph: string, code: string): boolean {
  if (code === 'eng') return true;
  const tokens = paragraph
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter(Boolean);
  const english = tokens.filter((t) => ENGLISH.has(t)).length;
  if (english / Math.max(tokens.length, 1) >= 0.15) return false;
  if (code === 'rus' || code === 'ukr') {
    const letters = paragraph.match(/\p{L}/gu) ?? [];
    const cyrillic = paragraph.match(/\p{Script=Cyrillic}/gu) ?? [];
    return cyrillic.length / Math.max(letters.length, 1) > 0.8;
  }
  return true;
}

/** Documents of one source; fortunes are grouped 20 to a document so long windows exist. */
export function* readSource(source: SampleSource): Generator<SourceDocument> {
  if (!existsSync(source.root)) throw new Error(`${source.root} missing: apt-get install ${source.source}`);
  const accept = (p: string) =>
    !source.skip?.test(p) &&
    (source.kind === 'html'
      ? p.endsWith('.html')
      : source.kind === 'fortune'
        ? p.endsWith('.u8')
        : /\/man\d\/[^/]+$/.test(p));
  for (const path of walkFiles(source.root, accept)) {
    const kept = paragraphsOf(source, path).filter((p) => isProse(p) && isInLanguage(p, source.code));
    const group = source.kind === 'fortune' ? 20 : kept.length;
    for (let i = 0; i < kept.length; i += Math.max(group, 1)) {
      const text = kept.slice(i, i + group).join('\n\n');
      if (text.length >= 100)
        yield { id: `${source.source}:${path}#${i}`, code: source.code, source: source.source, text };
    }
  }
}

/** Polish: the municipal train split and the Debian Polish prose cache (its train split only). */
export function* polishDocuments(): Generator<SourceDocument> {
  const municipal = join(REPO, 'corpora', 'municipal', 'train');
  for (const name of readdirSync(municipal).sort()) {
    if (!name.endsWith('.txt')) continue;
    const text = readFileSync(join(municipal, name), 'utf8');
    yield { id: `municipal:${name}`, code: 'pol', source: 'municipal-train', text };
  }
  const cache = join(REPO, 'corpora', '.cache', 'polish-text', 'train');
  if (!existsSync(cache)) throw new Error(`${cache} missing: run corpora/polish-text/extractDebianText.ts`);
  for (const name of readdirSync(cache).sort()) {
    yield {
      id: `polish-text:${name}`,
      code: 'pol',
      source: 'polish-text',
      text: readFileSync(join(cache, name), 'utf8'),
    };
  }
}

/** Fit or check: 30 % of documents (by hash of id) are kept apart to measure reliability. */
export function calibrationSplit(id: string): 'fit' | 'check' {
  return createHash('sha256').update(id).digest()[0]! < 77 ? 'check' : 'fit';
}
