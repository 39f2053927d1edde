/**
 * Folds case and Polish diacritics one code unit for one code unit, so a regex run on the folded
 * string yields offsets that are valid in the original. Also maps the few characters an
 * English-model OCR leaves in place of Polish letters (`¢` for `ć`, `$` inside words for `ś`),
 * since repaired text can still carry some of them.
 */
const FOLD: Record<string, string> = {
  ą: 'a',
  ć: 'c',
  ę: 'e',
  ł: 'l',
  ń: 'n',
  ó: 'o',
  ś: 's',
  ź: 'z',
  ż: 'z',
  '¢': 'c',
  é: 'e',
  $: 's',
};

export function foldText(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    let lower = ch.toLowerCase();
    // A few characters lower-case to more than one code unit (`İ`); keep the length fixed.
    if (lower.length !== 1) lower = ch;
    out += FOLD[lower] ?? lower;
  }
  return out;
}
