import { LanguageModel, loadLexicon, loadNgramModel } from '@skryba/lexicon';

const mb = (bytes: number) => Math.round(bytes / 1e6);

/** Deterministic pseudo-random numbers (mulberry32), so runs are comparable. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// English-model OCR confusions: the absent half of the lookups looks like real damaged words.
const CONFUSIONS: Record<string, string> = {
  ł: 't',
  ą: 'g',
  ó: 'é',
  ę: 'e',
  ś: 's',
  ż: 'z',
  ć: 'c',
  ń: 'n',
  a: 'q',
  e: 'c',
};

/** Load time, RSS, lookups/s over a mix of present and absent words, and bigram scoring speed. */
export function benchLexicon(_args: string[]): void {
  const rssBefore = process.memoryUsage().rss;
  const t0 = performance.now();
  const lexicon = loadLexicon();
  const loadMs = performance.now() - t0;
  const rssAfterLexicon = process.memoryUsage().rss;
  const t1 = performance.now();
  const ngrams = loadNgramModel();
  const ngramLoadMs = performance.now() - t1;
  const rssAfterNgrams = process.memoryUsage().rss;

  const rand = random(42);
  const words: string[] = [];
  let absent = 0;
  while (words.length < 200_000) {
    let w = lexicon.wordAt(Math.floor(rand() * lexicon.size));
    if (words.length % 2 === 1) {
      const chars = [...w];
      const at = chars.findIndex((c) => CONFUSIONS[c] !== undefined);
      if (at >= 0) chars[at] = CONFUSIONS[chars[at]!]!;
      else chars.push('q');
      w = chars.join('');
    }
    if (rand() < 0.2) w = w.slice(0, 1).toUpperCase() + w.slice(1);
    words.push(w);
  }
  for (const w of words) if (!lexicon.has(w)) absent++;

  const rounds = 10;
  let hits = 0;
  const t2 = performance.now();
  for (let r = 0; r < rounds; r++) for (const w of words) if (lexicon.has(w)) hits++;
  const lookupSeconds = (performance.now() - t2) / 1000;

  const lm = new LanguageModel({ lexicon, ngrams });
  const refs = words.slice(0, 20_000).map((w) => lm.ref(w));
  const t3 = performance.now();
  let sum = 0;
  for (let r = 0; r < 5; r++) for (let i = 1; i < refs.length; i++) sum += lm.logProb(refs[i]!, refs[i - 1]!);
  const scoreSeconds = (performance.now() - t3) / 1000;

  console.log(
    JSON.stringify(
      {
        forms: lexicon.size,
        states: lexicon.stateCount,
        lexiconLoadMs: Math.round(loadMs),
        ngramLoadMs: Math.round(ngramLoadMs),
        rssMB: {
          beforeLoad: mb(rssBefore),
          afterLexicon: mb(rssAfterLexicon),
          afterNgrams: mb(rssAfterNgrams),
        },
        lookups: {
          count: rounds * words.length,
          absentShare: +(absent / words.length).toFixed(3),
          perSecond: Math.round((rounds * words.length) / lookupSeconds),
          hits,
        },
        bigramScoresPerSecond: Math.round((5 * (refs.length - 1)) / scoreSeconds),
        ngrams: { unigrams: ngrams.unigramCount, bigrams: ngrams.bigramCount, checksum: Math.round(sum) },
        targets: { loadMs: 500, rssMB: 150, lookupsPerSecond: 1_000_000 },
      },
      null,
      2,
    ),
  );
}
