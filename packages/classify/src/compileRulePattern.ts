/**
 * What each Polish letter may look like in folded text (`foldText`): itself without its mark, or
 * what English-model OCR reads instead (DEPENDENCY_NOTES.md: ł→t/l/i/f, ą→a/g, ó→é/o/d/6, ć→¢/c/é,
 * ń→n/ri/nh). Inside a character class only single letters can go.
 */
const OUTSIDE: Record<string, string> = {
  ą: '[ag]',
  ć: '[ce]',
  ę: 'e',
  ł: '[ltif1]',
  ń: '(?:n|ri|nh)',
  ó: '[oed6]',
  ś: 's',
  ź: 'z',
  ż: 'z',
};
const INSIDE: Record<string, string> = {
  ą: 'ag',
  ć: 'ce',
  ę: 'e',
  ł: 'ltif1',
  ń: 'n',
  ó: 'oed6',
  ś: 's',
  ź: 'z',
  ż: 'z',
};

/**
 * Compiles a rule written in correct Polish (a regex source in lowercase, `/uchwała nr/`) into a
 * regex over folded text that also matches the phrase without diacritics, in any case and as
 * wrong-model OCR mangles it (`UCHWAŁA NR`, `uchwala nr`, `Uchwata Nr`). A space matches any run of
 * whitespace (phrases break across lines; write `\s?` for an optional space). `lineStart` anchors the phrase at the start of a line,
 * after indentation or markdown marks (`## `, `**`), without including them in the match.
 */
export function compileRulePattern(source: string, lineStart = false): RegExp {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      out += c + (source[i + 1] ?? '');
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      out += INSIDE[c] ?? c;
      continue;
    }
    if (c === '[') inClass = true;
    out += c === ' ' ? '\\s+' : (OUTSIDE[c] ?? c);
  }
  const start = lineStart ? '(?<=^[ \\t#*>_]*)' : '(?<![\\p{L}\\p{N}])';
  return new RegExp(`${start}(?:${out})`, 'gmu');
}
