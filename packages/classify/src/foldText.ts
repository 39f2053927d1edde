/**
 * Letters that NFD does not decompose, and glyphs wrong-model OCR puts where a Polish letter was
 * (`¢` for `ć`, `$` for `ś`; see DEPENDENCY_NOTES.md), folded to the ASCII letter they stand for.
 */
const SPECIAL: Record<string, string> = {
  ł: 'l',
  Ł: 'l',
  ø: 'o',
  Ø: 'o',
  đ: 'd',
  Đ: 'd',
  ß: 's',
  '¢': 'c',
  $: 's',
};

const cache = new Map<string, string>();

function foldChar(c: string): string {
  const hit = cache.get(c);
  if (hit !== undefined) return hit;
  let out = SPECIAL[c];
  if (out === undefined) {
    const lower = c.toLowerCase();
    // A few letters lowercase to two code units (`İ`); keeping them keeps offsets aligned.
    const one = lower.length === 1 ? lower : c;
    const base = one.normalize('NFD')[0] ?? one;
    out = base.length === 1 ? base : one;
  }
  cache.set(c, out);
  return out;
}

/**
 * Lowercases and strips diacritics one UTF-16 code unit at a time, so the result has exactly the
 * length of the input and every offset found in it points at the same place in the original text
 * (`Kraków` → `krakow`, `Zarządzenie` → `zarzadzenie`, `ł` → `l`). Mangled OCR (`Krakéw`) folds to
 * something close (`krakew`); the rule patterns cover the remaining confusions.
 */
export function foldText(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    const code = c.charCodeAt(0);
    out += code < 0x24 || (code > 0x24 && code < 0x41) ? c : foldChar(c);
  }
  return out;
}
