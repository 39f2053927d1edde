import type { Venue } from '@skryba/schema';
import { foldText } from './foldText.ts';
import { splitSentences } from './splitSentences.ts';

// A named hall, square or building after `w`/`we`/`na`: `w Sali Rajców wrocławskiego Ratusza`,
// `na Rynku Kościuszki`, `w Parku Planty`. Capitalised, so a common noun (`w sali`) is not enough.
const PLACE =
  /(?<![\p{L}])(?:w|we|na)\s+((?:Sal[iaęo]|Rynku|Rynek|Parku|Park|Placu|Hali|Auli|Ratuszu|Pałacu|Teatrze|Muzeum|Filharmonii|Archikatedrze|Katedrze|Bazylice|Kościele|Amfiteatrze|Operze|Galerii|Bibliotece|Domu Kultury|Centrum Kultury|Forum|Arenie|Hotelu|Zamku)(?:(?:[ \t]+|\r?\n(?!\s*\n))(?:\p{Lu}[\p{L}'’-]*|im\.|nr\s*\d+|[IVX]+|\d+|(?:\p{Ll}+(?=\s+\p{Lu})))){1,6})/gu;
// The sentence must speak of something taking place there.
const HAPPENS =
  /(?:odbedzie|odbeda|odbyl[aoy]?|odbywa|zaprasz|spotkani|uroczyst|sesj|posiedzeni|konferencj|koncert|festyn|piknik|apel|msza|obrady|gala|wystaw|zbiorka|start|rozpocz|zakonczy)/u;

/**
 * Named places where something happens, given without a street address (`w Sali Rajców
 * wrocławskiego Ratusza`, `na Rynku Kościuszki`): only in sentences about an event, and only
 * where no address venue already covers the spot.
 */
export function findNamedPlaces(text: string, known: readonly Venue[]): Venue[] {
  const folded = foldText(text);
  const sentences = splitSentences(text);
  const out: Venue[] = [];
  for (const m of text.matchAll(PLACE)) {
    let name = m[1]!;
    // Do not end on a lower-case connector or a trailing full stop.
    name = name.replace(/(?:\s+\p{Ll}+)+$/u, '').replace(/\.$/u, '');
    const start = m.index + m[0].length - m[1]!.length;
    const end = start + name.length;
    if (name.split(/\s+/u).length < 2) continue;
    if ([...known, ...out].some((v) => start < v.end && v.start < end)) continue;
    const sentence = sentences.find((s) => s.start <= start && start < s.end);
    if (!sentence || !HAPPENS.test(folded.slice(sentence.start, sentence.end))) continue;
    out.push({ text: text.slice(start, end), start, end, address: null });
  }
  return out;
}
