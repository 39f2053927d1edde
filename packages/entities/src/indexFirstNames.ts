export type GrammaticalCase = 'nom' | 'gen' | 'dat' | 'acc' | 'ins' | 'loc' | 'voc';
export type Gender = 'm' | 'f';

/** One reading of a written name form: its nominative, gender and the cases it can stand in. */
export interface NameAnalysis {
  nominative: string;
  gender: Gender;
  cases: readonly GrammaticalCase[];
}

/** Lower-case written form → every first name it can be a form of. */
export type FirstNameIndex = ReadonlyMap<string, readonly NameAnalysis[]>;

const ALL: GrammaticalCase[] = ['nom', 'gen', 'dat', 'acc', 'ins', 'loc', 'voc'];

/** Locative/vocative of a masculine stem: `Jan` → `Janie`, `Piotr` → `Piotrze`, `Dominik` → `Dominiku`. */
function masculineLocative(stem: string): string {
  if (/(?:k|g|ch|cz|sz|rz|ż|dz|c|j|l|ń|ś|ć|ź)$/u.test(stem)) return `${stem}u`;
  if (/st$/u.test(stem)) return `${stem.slice(0, -2)}ście`;
  if (/t$/u.test(stem)) return `${stem.slice(0, -1)}cie`;
  if (/d$/u.test(stem)) return `${stem.slice(0, -1)}dzie`;
  if (/r$/u.test(stem)) return `${stem.slice(0, -1)}rze`;
  if (/ł$/u.test(stem)) return `${stem.slice(0, -1)}le`;
  return `${stem}ie`;
}

/** Dative/locative of a feminine `-a` noun: `Anna` → `Annie`, `Agnieszka` → `Agnieszce`, `Maria` → `Marii`. */
export function feminineDative(nominative: string): string {
  const stem = nominative.slice(0, -1);
  if (/[ij]a$/u.test(nominative)) return `${stem}i`;
  if (/ka$/u.test(nominative)) return `${stem.slice(0, -1)}ce`;
  if (/ga$/u.test(nominative)) return `${stem.slice(0, -1)}dze`;
  if (/cha$/u.test(nominative)) return `${stem.slice(0, -2)}sze`;
  if (/sta$/u.test(nominative)) return `${stem.slice(0, -2)}ście`;
  if (/ta$/u.test(nominative)) return `${stem.slice(0, -1)}cie`;
  if (/da$/u.test(nominative)) return `${stem.slice(0, -1)}dzie`;
  if (/ra$/u.test(nominative)) return `${stem.slice(0, -1)}rze`;
  if (/ła$/u.test(nominative)) return `${stem.slice(0, -1)}le`;
  if (/(?:l|cz|sz|rz|ż|c|dz)a$/u.test(nominative)) return `${stem}y`.replace(/ly$/u, 'li');
  return `${stem}ie`;
}

/** Genitive of a feminine `-a` noun: `Anna` → `Anny`, `Olga` → `Olgi`, `Maria` → `Marii`. */
export function feminineGenitive(nominative: string): string {
  const stem = nominative.slice(0, -1);
  if (/[ij]a$/u.test(nominative)) return `${stem}i`;
  if (/(?:k|g|l)a$/u.test(nominative)) return `${stem}i`;
  return `${stem}y`;
}

/** Forms of a noun ending in `-a` (feminine names, and masculine ones like `Kuba`). */
export function aDeclension(nominative: string): Array<[string, GrammaticalCase[]]> {
  const stem = nominative.slice(0, -1);
  const genitive = feminineGenitive(nominative);
  const dative = feminineDative(nominative);
  const forms: Array<[string, GrammaticalCase[]]> = [
    [nominative, ['nom']],
    [`${stem}ę`, ['acc']],
    [`${stem}ą`, ['ins']],
    [`${stem}o`, ['voc']],
  ];
  if (genitive === dative) forms.push([genitive, ['gen', 'dat', 'loc']]);
  else forms.push([genitive, ['gen']], [dative, ['dat', 'loc']]);
  return forms;
}

/** Forms of a masculine first name ending in a consonant, `-i`/`-y` or `-o`. */
function masculineForms(nominative: string): Array<[string, GrammaticalCase[]]> {
  if (/a$/u.test(nominative)) return aDeclension(nominative);
  if (/[iy]$/u.test(nominative)) {
    // Antoni → Antoniego, Jerzy → Jerzego.
    const stem = nominative.endsWith('i') ? nominative : nominative.slice(0, -1);
    return [
      [nominative, ['nom', 'voc']],
      [`${stem}ego`, ['gen', 'acc']],
      [`${stem}emu`, ['dat']],
      [`${nominative}m`, ['ins', 'loc']],
    ];
  }
  let stem = nominative;
  if (/o$/u.test(nominative)) stem = nominative.slice(0, -1);
  // Fleeting e: Jacek → Jacka, Marek → Marka, Paweł → Pawła.
  else if (/[^aeiouyąęó]ek$/u.test(nominative)) stem = `${nominative.slice(0, -2)}k`;
  else if (/[^aeiouyąęó]eł$/u.test(nominative)) stem = `${nominative.slice(0, -2)}ł`;
  // Aleksander → Aleksandra.
  else if (/nder$/u.test(nominative)) stem = `${nominative.slice(0, -2)}r`;
  const instrumental = /[kg]$/u.test(stem) ? `${stem}iem` : `${stem}em`;
  const locative = masculineLocative(stem);
  return [
    [nominative, ['nom']],
    [`${stem}a`, ['gen', 'acc']],
    [`${stem}owi`, ['dat']],
    [instrumental, ['ins']],
    [locative, ['loc', 'voc']],
  ];
}

/** Builds the form index from nominative name lists by regular Polish declension. */
export function indexFirstNames(male: readonly string[], female: readonly string[]): FirstNameIndex {
  const index = new Map<string, NameAnalysis[]>();
  const add = (form: string, analysis: NameAnalysis) => {
    const list = index.get(form);
    if (list) list.push(analysis);
    else index.set(form, [analysis]);
  };
  for (const raw of male) {
    const name = raw.toLowerCase();
    for (const [form, cases] of masculineForms(name)) add(form, { nominative: name, gender: 'm', cases });
  }
  for (const raw of female) {
    const name = raw.toLowerCase();
    const forms: Array<[string, GrammaticalCase[]]> = /a$/u.test(name) ? aDeclension(name) : [[name, ALL]];
    for (const [form, cases] of forms) add(form, { nominative: name, gender: 'f', cases });
  }
  return index;
}
