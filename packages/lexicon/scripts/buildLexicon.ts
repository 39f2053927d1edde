/**
 * Regenerates packages/lexicon/data/forms.dawg.br (automaton + case flags) and a first
 * priors.bin.br (zxcvbn ranks + floor; scripts/buildNgrams.ts then rewrites it with corpus counts).
 *
 *   apt-get install wpolish   # /usr/share/dict/polish, sjp.pl data
 *   pnpm exec tsx packages/lexicon/scripts/buildLexicon.ts [--dict /usr/share/dict/polish]
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { dictionary } from '@zxcvbn-ts/language-pl';
import { buildDawg } from '../src/buildDawg.ts';
import { caseShapeOf, flagsOfShape, WordFlag } from '../src/caseFlags.ts';
import { computePriors } from '../src/computePriors.ts';
import { Lexicon } from '../src/Lexicon.ts';
import { dawgFingerprint, encodeForms, encodePriors } from '../src/lexiconArtifacts.ts';
import { DEFAULT_DATA_DIR } from '../src/loadLexicon.ts';
import { zxcvbnRanks } from './zxcvbnRanks.ts';

const args = process.argv.slice(2);
const dictPath = args.includes('--dict') ? args[args.indexOf('--dict') + 1]! : '/usr/share/dict/polish';
const started = performance.now();

const flagsByForm = new Map<string, number>();
const addForm = (written: string, extra: number) => {
  const lower = written.toLowerCase();
  flagsByForm.set(lower, (flagsByForm.get(lower) ?? 0) | flagsOfShape(caseShapeOf(written)) | extra);
};

let dictLines = 0;
for (const line of readFileSync(dictPath, 'utf8').split('\n')) {
  const word = line.trim();
  if (!word) continue;
  dictLines++;
  addForm(word, 0);
}
const fromDict = flagsByForm.size;

// Names from @zxcvbn-ts/language-pl are lowercase there; they are capitalised in text.
const isWord = /^\p{L}+(?:-\p{L}+)*$/u;
let namesAdded = 0;
const addNames = (list: readonly string[], flag: number) => {
  for (const name of list) {
    if (!isWord.test(name)) continue;
    const lower = name.toLowerCase();
    if (!flagsByForm.has(lower)) namesAdded++;
    const capitalised = lower.slice(0, 1).toUpperCase() + lower.slice(1);
    addForm(capitalised, flag);
  }
};
addNames(dictionary.maleFirstnames, WordFlag.firstName);
addNames(dictionary.femaleFirstnames, WordFlag.firstName);
addNames(dictionary.maleLastnames, WordFlag.surname);
addNames(dictionary.femaleLastnames, WordFlag.surname);
// Common words only mark forms the dictionary already has: the subtitle list also holds slang and typos.
for (const word of dictionary.commonWords) {
  const lower = word.toLowerCase();
  const flags = flagsByForm.get(lower);
  if (flags !== undefined) flagsByForm.set(lower, flags | WordFlag.common);
}

const forms = [...flagsByForm.keys()].sort();
const dawg = buildDawg(forms);
const flags = new Uint8Array(forms.length);
forms.forEach((form, i) => {
  flags[i] = flagsByForm.get(form)!;
});
const source = {
  dictionary: `${dictPath} (Debian wpolish 20220301-1, sjp.pl), ${dictLines} lines, ${fromDict} lowercase forms`,
  names: `@zxcvbn-ts/language-pl 3.0.2 first names and surnames, ${namesAdded} forms added`,
};
const formsBytes = encodeForms(dawg, flags, source);
writeFileSync(`${DEFAULT_DATA_DIR}forms.dawg.br`, formsBytes);

const lexicon = new Lexicon(dawg, flags, null);
const { commonRank, nameRank } = zxcvbnRanks(lexicon);
const priors = computePriors({ size: lexicon.size, corpusCounts: null, commonRank, nameRank });
writeFileSync(
  `${DEFAULT_DATA_DIR}priors.bin.br`,
  encodePriors(priors, dawgFingerprint(dawg), { corpus: 'none (run scripts/buildNgrams.ts)' }),
);

console.log(
  JSON.stringify(
    {
      dictLines,
      formsFromDict: fromDict,
      namesAdded,
      words: dawg.wordCount,
      states: dawg.final.length,
      edges: dawg.edgeTarget.length,
      alphabet: dawg.alphabet,
      formsArtifactBytes: statSync(`${DEFAULT_DATA_DIR}forms.dawg.br`).size,
      seconds: ((performance.now() - started) / 1000).toFixed(1),
    },
    null,
    2,
  ),
);
