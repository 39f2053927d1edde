const NAMED: Record<string, string> = {
  em: '—',
  en: '–',
  aq: "'",
  dq: '"',
  lq: '“',
  rq: '”',
  oq: '‘',
  cq: '’',
  bu: '•',
  co: '©',
  rg: '®',
  hy: '-',
  mi: '-',
  pl: '+',
  mu: '×',
  de: '°',
  Fo: '«',
  Fc: '»',
  ti: '~',
  ha: '^',
  at: '@',
  sl: '/',
  rs: '\\',
};
// Macros whose arguments are running text (font changes, headings, tagged paragraphs).
const TEXT_MACROS = new Set([
  'SH',
  'SS',
  'B',
  'I',
  'BR',
  'RB',
  'IR',
  'RI',
  'BI',
  'IB',
  'SM',
  'SB',
  'IP',
  'TP',
  'HP',
  'UR',
  'MT',
  'Nm',
  'Nd',
  'Sh',
  'Ss',
  'Pp',
]);
const BREAK_MACROS = new Set([
  'SH',
  'SS',
  'PP',
  'P',
  'LP',
  'TP',
  'IP',
  'HP',
  'sp',
  'br',
  'RS',
  'RE',
  'Sh',
  'Ss',
  'Pp',
  'TH',
  'Dd',
  'Bl',
  'El',
  'It',
]);

/** Removes troff escapes (fonts, sizes, special characters) from a line of text. */
export function stripTroffEscapes(line: string): string {
  return line
    .replace(/\\f(\[[^\]]*\]|\(..|.)/g, '')
    .replace(/\\s[+-]?(\d|\(\d\d|\[\d+\])/g, '')
    .replace(/\\\((..)/g, (_, name: string) => NAMED[name] ?? ' ')
    .replace(/\\\[([^\]]*)\]/g, (_, name: string) => NAMED[name] ?? ' ')
    .replace(/\\\*(\[[^\]]*\]|\(..|.)/g, '')
    .replace(/\\[nk*](\[[^\]]*\]|\(..|.)/g, '')
    .replace(/\\[hvwlLDXoNZzxHbSuRk]'[^']*'/g, '')
    .replace(/\\[&c%|^):{}]/g, '')
    .replace(/\\[~0 ]/g, ' ')
    .replace(/\\-/g, '-')
    .replace(/\\e/g, '\\')
    .replace(/\\(.)/g, '$1');
}

function macroArguments(rest: string): string {
  const args: string[] = [];
  for (const m of rest.matchAll(/"((?:[^"]|"")*)"|(\S+)/g))
    args.push((m[1] ?? m[2] ?? '').replace(/""/g, '"'));
  return args.join(' ');
}

/**
 * Running text of a man page source (man or mdoc macros) as paragraphs. Comments, tables and
 * no-fill/example blocks (command lines, code) are dropped.
 */
export function troffToParagraphs(source: string): string[] {
  const paragraphs: string[] = [];
  let current: string[] = [];
  const flush = () => {
    const text = current.join(' ').replace(/\s+/g, ' ').trim();
    if (text) paragraphs.push(text);
    current = [];
  };
  let skipping: string | null = null;
  for (const raw of source.split('\n')) {
    const line = raw.replace(/\\".*$/, '');
    if (/^[.'][ \t]*\\"/.test(raw)) continue;
    const macro = /^[.'][ \t]*([A-Za-z]{1,3})\b(.*)$/.exec(line);
    if (skipping) {
      if (skipping === '..' ? line.trim() === '..' : macro?.[1] === skipping) skipping = null;
      continue;
    }
    if (macro) {
      const [, name, rest] = macro as unknown as [string, string, string];
      if (
        name === 'nf' ||
        name === 'EX' ||
        name === 'TS' ||
        name === 'Bd' ||
        name === 'EQ' ||
        name === 'de'
      ) {
        flush();
        skipping = { nf: 'fi', EX: 'EE', TS: 'TE', Bd: 'Ed', EQ: 'EN', de: '..' }[name] ?? null;
        continue;
      }
      if (BREAK_MACROS.has(name)) flush();
      if (TEXT_MACROS.has(name)) {
        const text = stripTroffEscapes(macroArguments(rest));
        if (name === 'SH' || name === 'SS' || name === 'Sh' || name === 'Ss') {
          paragraphs.push(text.trim());
          continue;
        }
        // .TP/.IP tags are mostly option names, not prose.
        if (name !== 'TP' && name !== 'IP') current.push(text);
      }
      continue;
    }
    if (/^[.']/.test(line)) continue;
    if (line.trim() === '') {
      flush();
      continue;
    }
    current.push(stripTroffEscapes(line));
  }
  flush();
  return paragraphs.filter((p) => p.length > 0);
}
