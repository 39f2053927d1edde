import type { GrammaticalCase, NameAnalysis } from './indexFirstNames.ts';

/** A reading of a surname form, `regular` when no vowel had to be guessed back. */
export interface SurnameAnalysis extends NameAnalysis {
  regular: boolean;
}

const ALL: GrammaticalCase[] = ['nom', 'gen', 'dat', 'acc', 'ins', 'loc', 'voc'];
const CONSONANT_END = /[bcćdfghjklłmnńprsśtwzźż]$/u;

/** Stems a masculine noun surname may have had before a vowel dropped out: Jaśkowc → Jaśkowiec. */
function masculineStems(stem: string): Array<{ nominative: string; regular: boolean }> {
  // A nominative rarely ends in a consonant cluster closed by c, ł, l or k (Jaśkowc, Orł): such a
  // stem lost a vowel, so the unchanged reading is the guess then.
  const clipped = /[^aeiouyąęó][cłlk]$/u.test(stem) && !/(?:sk|ck|rk|lk|nk|rc|lc|nc)$/u.test(stem);
  const out = [{ nominative: stem, regular: !clipped }];
  const guess = (...nominatives: string[]) => {
    for (const nominative of nominatives) out.push({ nominative, regular: false });
  };
  const base = stem.slice(0, -1);
  if (/c$/u.test(stem)) guess(`${base}iec`, `${base}ec`);
  if (/k$/u.test(stem)) guess(`${base}ek`, `${base}iek`);
  if (/[lł]$/u.test(stem)) guess(`${base}el`, `${base}eł`);
  if (/[nr]$/u.test(stem)) guess(`${base}e${stem.slice(-1)}`);
  // Soft stems are written with `i` before a vowel: Stępnia → Stępień, Kozia → Koź.
  const soft: Record<string, string> = { ni: 'ń', ci: 'ć', si: 'ś', zi: 'ź', dzi: 'dź' };
  for (const [written, letter] of Object.entries(soft)) {
    if (stem.endsWith(written)) {
      const root = stem.slice(0, -written.length);
      guess(`${root}${letter}`, `${root}ie${letter}`);
    }
  }
  return out;
}

/**
 * Every reading of a lower-case surname form: adjectival (`-skiego` → `-ski`, `-skiej` → `-ska`),
 * masculine nouns (`Nowaka` → `Nowak`, `Jaśkowca` → `Jaśkowiec`), nouns in `-a` (`Zawady` →
 * `Zawada`), and indeclinable feminine surnames (`Nowak` in any case).
 */
export function analyseSurname(form: string): SurnameAnalysis[] {
  const out: SurnameAnalysis[] = [];
  const add = (nominative: string, gender: 'm' | 'f', cases: GrammaticalCase[], regular = true) => {
    if (nominative.length >= 2) out.push({ nominative, gender, cases, regular });
  };
  // Adjectival: Kowalski, Kowalskiego, Kowalskiemu, Kowalskim; Kowalska, Kowalskiej, Kowalską.
  // Within a group only the first matching rule applies (`-kiego` before the general `-ego`).
  const adjectiveGroups: Array<Array<[RegExp, string, 'm' | 'f', GrammaticalCase[]]>> = [
    [
      [/^(.+[kg]i)$/u, '', 'm', ['nom', 'voc']],
      [/^(.+[^aeiouyąęó]y)$/u, '', 'm', ['nom', 'voc']],
    ],
    [
      [/^(.+[kg])iego$/u, 'i', 'm', ['gen', 'acc']],
      [/^(.+)ego$/u, 'y', 'm', ['gen', 'acc']],
    ],
    [
      [/^(.+[kg])iemu$/u, 'i', 'm', ['dat']],
      [/^(.+)emu$/u, 'y', 'm', ['dat']],
    ],
    [
      [/^(.+[kg])im$/u, 'i', 'm', ['ins', 'loc']],
      [/^(.+)ym$/u, 'y', 'm', ['ins', 'loc']],
    ],
    [
      [/^(.+[kg])iej$/u, 'a', 'f', ['gen', 'dat', 'loc']],
      [/^(.+)ej$/u, 'a', 'f', ['gen', 'dat', 'loc']],
    ],
    [[/^(.+[sc]k|.+dzk)a$/u, 'a', 'f', ['nom', 'voc']]],
    [[/^(.+[sc]k|.+dzk)ą$/u, 'a', 'f', ['acc', 'ins']]],
  ];
  for (const group of adjectiveGroups) {
    for (const [re, ending, gender, cases] of group) {
      const m = re.exec(form);
      if (!m) continue;
      add(`${m[1]}${ending}`, gender, cases);
      break;
    }
  }

  const adjectival = /(?:sk|ck|dzk)(?:i|a|iego|iemu|im|iej|ą)$/u.test(form);
  if (!adjectival) {
    // Masculine nouns: Nowak, Nowaka, Nowakowi, Nowakiem, Nowaku.
    if (CONSONANT_END.test(form)) {
      add(form, 'm', ['nom']);
      add(form, 'f', ALL);
    }
    const endings: Array<[RegExp, GrammaticalCase[]]> = [
      [/^(.+[^aeouyąęó])a$/u, ['gen', 'acc']],
      [/^(.+)owi$/u, ['dat']],
      [/^(.+[kg])iem$/u, ['ins']],
      [/^(.+[^aeiouyąęói])em$/u, ['ins']],
      [/^(.+)u$/u, ['loc', 'voc', 'dat']],
    ];
    for (const [re, cases] of endings) {
      const e = re.exec(form);
      if (!e) continue;
      for (const s of masculineStems(e[1]!)) add(s.nominative, 'm', cases, s.regular);
    }
    // Nouns in -a, either gender: Zawada, Zawady, Zawadzie, Zawadę, Zawadą.
    if (/a$/u.test(form)) {
      add(form, 'm', ['nom']);
      add(form, 'f', ['nom']);
    }
    const aEndings: Array<[RegExp, string, GrammaticalCase[]]> = [
      [/^(.+[^kgl])y$/u, 'a', ['gen']],
      [/^(.+[kgl])i$/u, 'a', ['gen']],
      [/^(.+)ę$/u, 'a', ['acc']],
      [/^(.+)ą$/u, 'a', ['ins']],
      [/^(.+)cie$/u, 'ta', ['dat', 'loc']],
      [/^(.+)dzie$/u, 'da', ['dat', 'loc']],
      [/^(.+)rze$/u, 'ra', ['dat', 'loc']],
      [/^(.+)le$/u, 'ła', ['dat', 'loc']],
      [/^(.+)ce$/u, 'ka', ['dat', 'loc']],
      [/^(.+)dze$/u, 'ga', ['dat', 'loc']],
      [/^(.+[nmwbpfsz])ie$/u, 'a', ['dat', 'loc']],
    ];
    for (const [re, ending, cases] of aEndings) {
      const e = re.exec(form);
      if (!e) continue;
      add(`${e[1]}${ending}`, 'm', cases, false);
      add(`${e[1]}${ending}`, 'f', cases, false);
    }
  }
  return out;
}
