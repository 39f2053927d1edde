const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);
const BLOCK = new Set([
  'p',
  'div',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'td',
  'th',
  'tr',
  'dt',
  'dd',
  'table',
  'ul',
  'ol',
  'dl',
  'section',
  'article',
  'blockquote',
  'caption',
  'figcaption',
  'br',
]);
// Code, scripts, navigation and page chrome are never running Polish prose.
const SKIP = new Set([
  'script',
  'style',
  'head',
  'header',
  'footer',
  'aside',
  'nav',
  'noscript',
  'pre',
  'code',
  'kbd',
  'samp',
  'tt',
  'button',
  'select',
  'svg',
  'math',
]);
const SKIP_CLASS =
  /\b(listingblock|literalblock|relatedtopics|bug|debug|MAC|toc|toctitle|footnotes|codeblock|code|example_code|bascode|input)\b/;

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  bdquo: '„',
  rdquo: '”',
  ldquo: '“',
  laquo: '«',
  raquo: '»',
  shy: '',
  copy: '©',
  deg: '°',
};

/** Decodes the HTML character references that occur in the Debian help files. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code =
        ref[1] === 'x' || ref[1] === 'X'
          ? Number.parseInt(ref.slice(2), 16)
          : Number.parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : ' ';
    }
    return ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

/**
 * Visible prose of an HTML page as paragraphs (one per block element). Skips page chrome, code,
 * hidden elements (LibreOffice help repeats menu paths for macOS in `hidden` spans) and comments.
 */
export function htmlToParagraphs(html: string): string[] {
  const paragraphs: string[] = [];
  let current = '';
  const flush = () => {
    const text = decodeEntities(current).replace(/\s+/g, ' ').trim();
    if (text) paragraphs.push(text);
    current = '';
  };
  const stack: { name: string; skip: boolean }[] = [];
  let skipDepth = 0;
  const body = html.replace(/<!--[\s\S]*?-->/g, ' ').replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, ' ');
  for (const m of body.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>|([^<]+)|</g)) {
    if (m[4] !== undefined || m[2] === undefined) {
      if (skipDepth === 0) current += m[4] ?? '<';
      continue;
    }
    const name = m[2].toLowerCase();
    const attrs = m[3] ?? '';
    if (m[1] === '/') {
      let i = stack.length - 1;
      while (i >= 0 && stack[i]!.name !== name) i--;
      if (i < 0) continue;
      while (stack.length > i) {
        const popped = stack.pop()!;
        if (popped.skip) skipDepth--;
      }
      if (BLOCK.has(name)) flush();
      continue;
    }
    if (BLOCK.has(name)) flush();
    if (VOID.has(name) || attrs.endsWith('/')) continue;
    const cls = /\bclass\s*=\s*"([^"]*)"/i.exec(attrs)?.[1] ?? '';
    const skip = SKIP.has(name) || /\shidden\b/i.test(attrs) || SKIP_CLASS.test(cls);
    stack.push({ name, skip });
    if (skip) skipDepth++;
  }
  flush();
  return paragraphs;
}
