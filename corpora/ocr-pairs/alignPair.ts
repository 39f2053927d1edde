/**
 * Aligns what OCR made of a page with the page's true text, for learning an OCR confusion model
 * (which truth strings become which OCR strings: `ł`→`t`, `ń`→`ri`, `ć`→``, `•`→`e`).
 *
 * Both texts are first put in a whitespace-normal form (every run of whitespace becomes one space,
 * leading and trailing whitespace dropped): OCR re-flows lines, so where a line breaks is layout,
 * not an OCR error. The normal forms are aligned by Levenshtein distance (unit costs) with Ukkonen's
 * band: the band starts at 32 diagonals either side and doubles until the distance found inside it
 * is provably optimal, so a 3,000-character page with a few hundred errors costs O(n·band) instead
 * of O(n·m). All offsets returned point into the ORIGINAL strings (UTF-16 indices, as `slice` takes),
 * and every returned `truth`/`ocr` string is a slice of the original, line breaks included.
 *
 * Pure and synchronous; no dependency beyond the language.
 */

/**
 * What OCR wrote instead of `truth`: a maximal run of alignment steps that are not exact matches,
 * except that a run of one-for-one substitutions is split into single characters (`łą`→`tg` gives
 * `ł`→`t` and `ą`→`g`); a run with an insertion or deletion stays whole (`ń`→`ri`, `ół`→`oét`).
 */
export interface CharEdit {
  /** The true characters (may be empty: OCR inserted `ocr`). */
  truth: string;
  /** What OCR produced there (may be empty: OCR dropped `truth`, e.g. a final `ć`). */
  ocr: string;
  truthStart: number;
  ocrStart: number;
}

/**
 * The smallest group of whitespace-separated words of the truth and of the OCR that the character
 * alignment ties together. Usually one word each (`społeczne` / `spoteczne`); two truth words and
 * one OCR word when OCR lost a space (`w domu` / `wdomu`), the reverse when it added one; an empty
 * `ocr` when a word vanished, an empty `truth` when OCR invented one (speckle read as `.` or `'`).
 */
export interface WordPair {
  truth: string;
  ocr: string;
  truthStart: number;
  ocrStart: number;
}

export interface PairAlignment {
  /** Levenshtein distance between the whitespace-normal forms (characters, UTF-16 units). */
  distance: number;
  /** Length of the truth's whitespace-normal form (the CER denominator). */
  truthLength: number;
  /** Non-matching runs, in text order; their `truth` and `ocr` never both contain only whitespace. */
  edits: CharEdit[];
  /** Word groups covering every truth and OCR word exactly once, in text order. */
  words: WordPair[];
}

interface NormalForm {
  text: string;
  /** Original index of each normal-form character (for a space: the first character of its run). */
  start: Int32Array;
  /** Original index just past each normal-form character (for a space: the end of its run). */
  end: Int32Array;
}

function normalForm(original: string): NormalForm {
  const chars: string[] = [];
  const start: number[] = [];
  const end: number[] = [];
  let i = 0;
  const n = original.length;
  while (i < n && /\s/.test(original[i]!)) i++;
  while (i < n) {
    if (/\s/.test(original[i]!)) {
      const runStart = i;
      while (i < n && /\s/.test(original[i]!)) i++;
      if (i === n) break; // trailing whitespace
      chars.push(' ');
      start.push(runStart);
      end.push(i);
    } else {
      chars.push(original[i]!);
      start.push(i);
      end.push(i + 1);
      i++;
    }
  }
  return { text: chars.join(''), start: Int32Array.from(start), end: Int32Array.from(end) };
}

// Step codes of the traceback, one byte per band cell.
const MATCH = 0;
const SUBSTITUTE = 1;
const DELETE = 2; // a truth character with no OCR counterpart
const INSERT = 3; // an OCR character with no truth counterpart
const INF = 0x3fffffff;

interface BandResult {
  distance: number;
  /** Step codes from (0,0) to (n,m). */
  steps: Uint8Array;
}

/** Levenshtein restricted to diagonals j - i in [lo, hi]; returns the path found inside the band. */
function alignInBand(a: string, b: string, lo: number, hi: number): BandResult {
  const n = a.length;
  const m = b.length;
  const width = hi - lo + 1;
  const moves = new Uint8Array((n + 1) * width);
  let prev = new Int32Array(width).fill(INF);
  let cur = new Int32Array(width).fill(INF);
  // Row 0: only insertions.
  for (let j = Math.max(0, lo); j <= Math.min(m, hi); j++) {
    prev[j - lo] = j;
    moves[j - lo] = INSERT;
  }
  for (let i = 1; i <= n; i++) {
    cur.fill(INF);
    const ai = a.charCodeAt(i - 1);
    const jFrom = Math.max(0, i + lo);
    const jTo = Math.min(m, i + hi);
    const row = i * width;
    for (let j = jFrom; j <= jTo; j++) {
      const o = j - i - lo;
      let best: number;
      let move: number;
      if (j === 0) {
        best = prev[o + 1]! + 1;
        move = DELETE;
      } else {
        const same = ai === b.charCodeAt(j - 1);
        best = prev[o]! + (same ? 0 : 1);
        move = same ? MATCH : SUBSTITUTE;
        const up = o + 1 < width ? prev[o + 1]! + 1 : INF;
        if (up < best) {
          best = up;
          move = DELETE;
        }
        const left = o > 0 ? cur[o - 1]! + 1 : INF;
        if (left < best) {
          best = left;
          move = INSERT;
        }
      }
      cur[o] = best;
      moves[row + o] = move;
    }
    [prev, cur] = [cur, prev];
  }
  const distance = prev[m - n - lo]!;
  const steps: number[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const move = i === 0 ? INSERT : moves[i * width + (j - i - lo)]!;
    steps.push(move);
    if (move === MATCH || move === SUBSTITUTE) {
      i--;
      j--;
    } else if (move === DELETE) i--;
    else j--;
  }
  return { distance, steps: Uint8Array.from(steps.reverse()) };
}

/** Optimal alignment: widen the band until the distance inside it cannot be beaten outside it. */
function alignNormal(a: string, b: string): BandResult {
  const delta = b.length - a.length;
  for (let k = 32; ; k *= 2) {
    const lo = Math.min(0, delta) - k;
    const hi = Math.max(0, delta) + k;
    const result = alignInBand(a, b, lo, hi);
    // A path that leaves the band strays k+1 diagonals beyond [min(0,δ), max(0,δ)] and must come back,
    // so it costs at least |δ| + 2(k+1).
    const covered = lo <= -a.length && hi >= b.length;
    if (covered || result.distance < Math.abs(delta) + 2 * (k + 1)) return result;
  }
}

/** Index of the whitespace-separated token each character belongs to (-1 for a space). */
function tokenIndex(text: string): { token: Int32Array; starts: number[]; ends: number[] } {
  const token = new Int32Array(text.length).fill(-1);
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === ' ') continue;
    if (i === 0 || text[i - 1] === ' ') starts.push(i);
    token[i] = starts.length - 1;
    if (i + 1 === text.length || text[i + 1] === ' ') ends.push(i + 1);
  }
  return { token, starts, ends };
}

function find(parent: Int32Array, x: number): number {
  let root = x;
  while (parent[root] !== root) root = parent[root]!;
  while (parent[x] !== root) {
    const next = parent[x]!;
    parent[x] = root;
    x = next;
  }
  return root;
}

/** Aligns `ocr` (what OCR read) to `truth` (what the page says); see the file comment. */
export function alignPair(truth: string, ocr: string): PairAlignment {
  const t = normalForm(truth);
  const o = normalForm(ocr);
  const { distance, steps } = alignNormal(t.text, o.text);

  // Original-string slices for normal-form ranges [from, to).
  const tSlice = (from: number, to: number) =>
    from >= to ? '' : truth.slice(t.start[from]!, t.end[to - 1]!);
  const oSlice = (from: number, to: number) => (from >= to ? '' : ocr.slice(o.start[from]!, o.end[to - 1]!));
  const tPos = (k: number) => (k < t.text.length ? t.start[k]! : truth.length);
  const oPos = (k: number) => (k < o.text.length ? o.start[k]! : ocr.length);
  // Where a word that has no counterpart would stand in the other text: past a space, not on it.
  const tGap = (k: number) => tPos(t.text[k] === ' ' ? k + 1 : k);
  const oGap = (k: number) => oPos(o.text[k] === ' ' ? k + 1 : k);

  // Character edits: maximal runs of non-MATCH steps.
  const edits: CharEdit[] = [];
  // Where the other text stands when each character is reached (for words that align to nothing).
  const ocrAtTruth = new Int32Array(t.text.length + 1);
  const truthAtOcr = new Int32Array(o.text.length + 1);
  const tt = tokenIndex(t.text);
  const ot = tokenIndex(o.text);
  const nT = tt.starts.length;
  const parent = Int32Array.from({ length: nT + ot.starts.length }, (_, k) => k);
  const linked = new Uint8Array(nT + ot.starts.length);

  let i = 0;
  let j = 0;
  let runI = -1;
  let runJ = -1;
  let runMixed = false; // the run holds an insertion or deletion, not only one-for-one substitutions
  const pushEdit = (i0: number, i1: number, j0: number, j1: number) => {
    const truthPart = tSlice(i0, i1);
    const ocrPart = oSlice(j0, j1);
    // A run that only trades one kind of whitespace for another is layout, not an error.
    if (truthPart.trim() !== '' || ocrPart.trim() !== '') {
      edits.push({ truth: truthPart, ocr: ocrPart, truthStart: tPos(i0), ocrStart: oPos(j0) });
    }
  };
  const closeRun = () => {
    if (runI < 0) return;
    if (runMixed) pushEdit(runI, i, runJ, j);
    // Adjacent substitutions (`łą`→`tg`) are independent confusions: one edit each.
    else for (let k = 0; k < i - runI; k++) pushEdit(runI + k, runI + k + 1, runJ + k, runJ + k + 1);
    runI = -1;
    runMixed = false;
  };
  for (const step of steps) {
    if (step === MATCH) closeRun();
    else {
      if (runI < 0) {
        runI = i;
        runJ = j;
      }
      if (step !== SUBSTITUTE) runMixed = true;
    }
    if (step === MATCH || step === SUBSTITUTE) {
      ocrAtTruth[i] = j;
      truthAtOcr[j] = i;
      const a = tt.token[i]!;
      const b = ot.token[j]!;
      if (a >= 0 && b >= 0) {
        parent[find(parent, a)] = find(parent, nT + b);
        linked[a] = 1;
        linked[nT + b] = 1;
      }
      i++;
      j++;
    } else if (step === DELETE) {
      ocrAtTruth[i] = j;
      i++;
    } else {
      truthAtOcr[j] = i;
      j++;
    }
  }
  closeRun();
  ocrAtTruth[t.text.length] = o.text.length;
  truthAtOcr[o.text.length] = t.text.length;

  // Word groups: components of the link graph, as token intervals; an unlinked token lying inside a
  // component's interval joins it (`a x b` read as `ab`), otherwise it stands alone.
  interface Group {
    t0: number;
    t1: number;
    o0: number;
    o1: number;
  }
  const byRoot = new Map<number, Group>();
  for (let k = 0; k < parent.length; k++) {
    if (!linked[k]) continue;
    const root = find(parent, k);
    const g = byRoot.get(root) ?? { t0: INF, t1: -1, o0: INF, o1: -1 };
    if (k < nT) {
      g.t0 = Math.min(g.t0, k);
      g.t1 = Math.max(g.t1, k);
    } else {
      g.o0 = Math.min(g.o0, k - nT);
      g.o1 = Math.max(g.o1, k - nT);
    }
    byRoot.set(root, g);
  }
  const groups = [...byRoot.values()].sort((x, y) => x.t0 - y.t0);
  const words: WordPair[] = [];
  let nextT = 0;
  let nextO = 0;
  const flushUnlinked = (tUntil: number, oUntil: number) => {
    // Lone truth words (vanished) and lone OCR words (invented), in text order.
    while (nextT < tUntil || nextO < oUntil) {
      const tAt = nextT < tUntil ? tt.starts[nextT]! : INF;
      const oAtAsTruth = nextO < oUntil ? truthAtOcr[ot.starts[nextO]!]! : INF;
      if (tAt <= oAtAsTruth) {
        words.push({
          truth: tSlice(tt.starts[nextT]!, tt.ends[nextT]!),
          ocr: '',
          truthStart: tPos(tt.starts[nextT]!),
          ocrStart: oGap(ocrAtTruth[tt.starts[nextT]!]!),
        });
        nextT++;
      } else {
        words.push({
          truth: '',
          ocr: oSlice(ot.starts[nextO]!, ot.ends[nextO]!),
          truthStart: tGap(truthAtOcr[ot.starts[nextO]!]!),
          ocrStart: oPos(ot.starts[nextO]!),
        });
        nextO++;
      }
    }
  };
  for (const g of groups) {
    flushUnlinked(g.t0, g.o0);
    const from = tt.starts[g.t0]!;
    const to = tt.ends[g.t1]!;
    const oFrom = ot.starts[g.o0]!;
    const oTo = ot.ends[g.o1]!;
    words.push({
      truth: tSlice(from, to),
      ocr: oSlice(oFrom, oTo),
      truthStart: tPos(from),
      ocrStart: oPos(oFrom),
    });
    nextT = g.t1 + 1;
    nextO = g.o1 + 1;
  }
  flushUnlinked(nT, ot.starts.length);

  return { distance, truthLength: t.text.length, edits, words };
}
