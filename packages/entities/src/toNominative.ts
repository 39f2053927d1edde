import { analyseSurname, type SurnameAnalysis } from './analyseSurname.ts';
import type { EntityResources } from './createEntityResources.ts';
import type { Gender, GrammaticalCase, NameAnalysis } from './indexFirstNames.ts';

/** What the words before a name tell about its case and gender (`Pana` → masculine genitive). */
export interface NominativeHint {
  gender?: Gender;
  cases?: readonly GrammaticalCase[];
}

const HONORIFICS: Record<string, NominativeHint> = {
  pan: { gender: 'm', cases: ['nom'] },
  pana: { gender: 'm', cases: ['gen', 'acc'] },
  panu: { gender: 'm', cases: ['dat'] },
  panem: { gender: 'm', cases: ['ins'] },
  panie: { gender: 'm', cases: ['loc', 'voc'] },
  pani: { gender: 'f', cases: ['nom', 'gen', 'dat', 'loc', 'voc'] },
  panią: { gender: 'f', cases: ['acc', 'ins'] },
};

/**
 * The case and gender a word preceding a name implies: an honorific (`Panu`) or a role noun or
 * adjective in agreement (`Przewodniczącego` → masculine genitive, `Radnej` → feminine).
 */
export function hintFromWord(word: string): NominativeHint {
  const w = word.toLowerCase();
  const honorific = HONORIFICS[w];
  if (honorific) return honorific;
  if (/(?:ego)$/u.test(w)) return { gender: 'm', cases: ['gen', 'acc'] };
  if (/(?:emu|owi)$/u.test(w)) return { gender: 'm', cases: ['dat'] };
  if (/(?:ej)$/u.test(w)) return { gender: 'f', cases: ['gen', 'dat', 'loc'] };
  if (/ą$/u.test(w)) return { gender: 'f', cases: ['acc', 'ins'] };
  if (/(?:ąca|czka|ini|yni|na)$/u.test(w)) return { gender: 'f', cases: ['nom'] };
  if (/(?:ący|ny|ent|or|arz|ik|ek|ca)$/u.test(w)) return { gender: 'm', cases: ['nom'] };
  if (/(?:enta|ora|arza|ika)$/u.test(w)) return { gender: 'm', cases: ['gen', 'acc'] };
  if (/cy$/u.test(w)) return { gender: 'm', cases: ['gen', 'dat', 'loc'] };
  return {};
}

function restoreCase(nominative: string, written: string): string {
  const titled = nominative.replace(/(^|-)(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
  if (written === written.toUpperCase() && written.length > 1) return titled;
  // Keep the written shape of the unchanged part (`McDonald`, `Nowak-Jeleński`).
  return written.toLowerCase() === nominative ? written : titled;
}

interface Choice {
  score: number;
  firstName: NameAnalysis;
  parts: SurnameAnalysis[];
  middle: NameAnalysis | null;
}

/**
 * The nominative of a `First [Second] Surname[-Surname]` name as written in any case
 * (`Dominika Jaśkowca` → `Dominik Jaśkowiec`, `Pani Anny Nowak` → `Anna Nowak`): tries each
 * reading of the first name against each reading of the surname that agrees in gender and case,
 * and prefers surnames on the lists, regular stems, the nominative, and what `hint` says.
 * Returns the name unchanged when the first name is unknown.
 */
export function toNominative(name: string, resources: EntityResources, hint: NominativeHint = {}): string {
  const tokens = name.split(/\s+/u).filter((t) => t !== '');
  if (tokens.length < 2) return name;
  const first = tokens[0]!;
  const surname = tokens[tokens.length - 1]!;
  const middle = tokens.length > 2 ? tokens.slice(1, -1).join(' ') : null;
  const firstReadings = resources.firstNames.get(first.toLowerCase()) ?? [];
  if (firstReadings.length === 0) return name;
  const middleReadings = middle ? (resources.firstNames.get(middle.toLowerCase()) ?? []) : [];
  const partForms = surname.split('-');
  const partReadings = partForms.map((p) => analyseSurname(p.toLowerCase()));
  const listed = (a: SurnameAnalysis) =>
    (a.gender === 'm' ? resources.maleSurnames : resources.femaleSurnames).has(a.nominative);

  let best: Choice | null = null;
  for (const fa of firstReadings) {
    for (const c of fa.cases) {
      let score = c === 'nom' ? 1 : 0;
      if (hint.gender === fa.gender) score += 1;
      if (hint.cases?.includes(c)) score += 2;
      const parts: SurnameAnalysis[] = [];
      for (let i = 0; i < partReadings.length; i++) {
        let pick: { a: SurnameAnalysis; s: number } | null = null;
        for (const a of partReadings[i]!) {
          if (a.gender !== fa.gender || !a.cases.includes(c)) continue;
          const s =
            (listed(a) ? 3 : 0) +
            (a.regular ? 0 : -1) +
            (a.nominative === partForms[i]!.toLowerCase() ? 0.5 : 0);
          if (!pick || s > pick.s) pick = { a, s };
        }
        if (!pick) {
          score = Number.NEGATIVE_INFINITY;
          break;
        }
        parts.push(pick.a);
        score += pick.s;
      }
      let middlePick: NameAnalysis | null = null;
      if (middle) {
        middlePick = middleReadings.find((m) => m.gender === fa.gender && m.cases.includes(c)) ?? null;
        if (!middlePick) score -= 2;
      }
      if (score > (best?.score ?? Number.NEGATIVE_INFINITY))
        best = { score, firstName: fa, parts, middle: middlePick };
    }
  }
  if (!best) return name;
  const out = [restoreCase(best.firstName.nominative, first)];
  if (middle) out.push(best.middle ? restoreCase(best.middle.nominative, middle) : middle);
  out.push(best.parts.map((p, i) => restoreCase(p.nominative, partForms[i]!)).join('-'));
  return out.join(' ');
}
