import { analyseSurname } from './analyseSurname.ts';
import type { EntityResources } from './createEntityResources.ts';

/** A `First [Second] Surname` sequence as written, before its role and category are decided. */
export interface NameCandidate {
  start: number;
  end: number;
  text: string;
}

interface Token {
  start: number;
  end: number;
  text: string;
}

// Capitalised words that follow first names without being surnames: offices, places, months.
const NOT_SURNAME = new Set(
  (
    'miasta miasto miastu mieście rady radzie radę rada urzędu urząd urzędzie gminy gmina gminie powiatu powiat ' +
    'dzielnicy dzielnica wydziału wydział biura biuro zarządu zarząd prezydent prezydenta prezydentowi ' +
    'przewodniczący przewodniczącego przewodnicząca radny radna radnego kraków krakowa krakowie warszawy ' +
    'warszawa polski polska polsce rzeczypospolitej rp ul al pl os sala sali szkoły szkoła szkole centrum ' +
    'ośrodka ośrodek parku park placu plac ulicy ulica rynku rynek osiedla osiedle województwa ' +
    'styczeń luty marzec kwiecień maj czerwiec lipiec sierpień wrzesień październik listopad grudzień ' +
    'stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia ' +
    'ii iii iv vi vii viii ix xi xii xiii pan pani państwo szanowny szanowna i oraz w we z na do od'
  ).split(/\s+/u),
);

const WORD = /\p{L}+(?:-\p{L}+)*/gu;
// A first name right after these is part of a street, school or patron's name, not a person.
const PROPER_NAME_BEFORE =
  /(?:ul\.|al\.|pl\.|os\.|im\.|ulic[aey]|alei|aleja|placu|plac|rondo|ronda|imienia|Konstytucji|Szkoł\p{L}*|Uniwersytet\p{L}*|Szpital\p{L}*|Parku|Park|Most\p{L}*|Lice\p{L}*|Skwer\p{L}*|Rond\p{L}*|Bulwar\p{L}*|Kopiec|Kopca|Kopcu)\s*(?:(?:dr|prof|ks|św|gen|bp|kard|hab|bł)\.?\s*)*$/iu;
// Saints and the blessed are patrons of churches and parishes (`pw. św. Jana Chrzciciela`), not people of the text.
// A sole trader's business carries the owner's name after its trade: `Usługi Brukarskie Adam
// Czerniak`, `PHU Jan Nowak`, `Firma Handlowa Anna Lis`.
const BUSINESS_BEFORE =
  /(?<![\p{L}])(?:Usługi|Usług|Firma|Firmy|Firmą|Przedsiębiorstwo|P\.?P\.?H\.?U\.?|P\.?H\.?U\.?|F\.?H\.?U\.?|P\.?U\.?H\.?|F\.?U\.?H\.?)(?:\s+\p{Lu}[\p{L}-]*){0,3}\s+$/u;
const SAINT_BEFORE = /(?<![\p{L}])(?:św|sw|bł|bl)\.\s*$/iu;

/**
 * Whether `offset` lies inside a quotation opened on its line by other words (`firmą „Usługi
 * Transportowe Kazimierz Lis”`, `klub „Złota Jesień”`): a business or event name, not a person.
 */
function insideNamedQuote(text: string, offset: number): boolean {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const before = text.slice(lineStart, offset);
  const open = Math.max(before.lastIndexOf('„'), before.lastIndexOf('«'));
  if (open < 0) return false;
  const inside = before.slice(open + 1);
  return !/[”»"]/u.test(inside) && /\p{Lu}/u.test(inside);
}

function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word) && (word === word.toUpperCase() || /^\p{Lu}[\p{Ll}]/u.test(word));
}

function tokens(text: string): Token[] {
  return [...text.matchAll(WORD)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
}

/**
 * Whether a capitalised word can be a surname after a first name: not an office or place word,
 * and either on the surname lists (in some case form) or not an ordinary frequent word.
 */
function isSurname(word: string, resources: EntityResources): boolean {
  if (word.length < 2) return false;
  const parts = word.split('-');
  // A month or office word is no surname alone, but can be part of a double one (`Maj-Sowa`).
  if (parts.length === 1 && NOT_SURNAME.has(word.toLowerCase())) return false;
  return parts.every((part) => {
    const lower = part.toLowerCase();
    if (part.length < 2 || !isCapitalised(part)) return false;
    if (
      parts.length > 1 &&
      NOT_SURNAME.has(lower) &&
      !/^(?:maj|luty|marzec|lipiec|grudzień|listopad)$/u.test(lower)
    ) {
      return false;
    }
    const listed = analyseSurname(lower).some((a) =>
      (a.gender === 'm' ? resources.maleSurnames : resources.femaleSurnames).has(a.nominative),
    );
    if (listed) return true;
    // A frequent ordinary word (`Konwent`, `Dialogu`) is no surname unless the lists say so.
    return !resources.commonWords.has(lower);
  });
}

/**
 * Every `First Surname` (optionally `First Second Surname`) in the text: a known first name in
 * any case form, then a capitalised surname, separated by spaces or one line break. Initials
 * (`J. Kowalski`) and lone surnames are not names here.
 */
export function findNameCandidates(text: string, resources: EntityResources): NameCandidate[] {
  const words = tokens(text);
  const out: NameCandidate[] = [];
  for (let i = 0; i < words.length - 1; i++) {
    const first = words[i]!;
    if (!isCapitalised(first.text) || first.text.length < 3) continue;
    if (!resources.firstNames.has(first.text.toLowerCase())) continue;
    const gap = (a: Token, b: Token) => text.slice(a.end, b.start);
    const tight = (a: Token, b: Token) =>
      /^[ \t\u00a0]*(?:\r?\n[ \t\u00a0]*)?$/u.test(gap(a, b)) && gap(a, b).length > 0;
    let j = i + 1;
    // A second first name (`Jan Maria Rokita`) when another surname-like word follows it.
    const second = words[j];
    const third = words[j + 1];
    if (
      second &&
      third &&
      tight(first, second) &&
      tight(second, third) &&
      resources.firstNames.has(second.text.toLowerCase()) &&
      isCapitalised(second.text) &&
      isSurname(third.text, resources)
    ) {
      j++;
    }
    // A middle initial (`Jan M. Kowalski`) stands between the first name and the surname.
    const initial = words[j];
    const afterInitial = words[j + 1];
    if (
      initial &&
      afterInitial &&
      /^\p{Lu}$/u.test(initial.text) &&
      text[initial.end] === '.' &&
      /^[ \t\u00a0]+$/u.test(text.slice(initial.end + 1, afterInitial.start)) &&
      tight(words[j - 1]!, initial) &&
      isSurname(afterInitial.text, resources)
    ) {
      j++;
    }
    const surname = words[j];
    const previous = words[j - 1]!;
    const joined =
      /^\p{Lu}$/u.test(previous.text) && previous !== first ? true : tight(previous, surname ?? previous);
    if (!surname || !joined || !isSurname(surname.text, resources)) continue;
    // `Jan Paweł II`, `Kazimierza Wielkiego` and similar names of rulers are no people of the text.
    const after = text.slice(surname.end, surname.end + 4);
    if (/^\s+[IVX]+\b/u.test(after)) continue;
    // Inside a proper name (`ul. Zygmunta Krasińskiego`, `im. Juliusza Lea`) the name is no person.
    const before = text.slice(Math.max(0, first.start - 24), first.start);
    if (PROPER_NAME_BEFORE.test(before) || SAINT_BEFORE.test(before)) continue;
    if (BUSINESS_BEFORE.test(text.slice(Math.max(0, first.start - 60), first.start))) continue;
    if (insideNamedQuote(text, first.start)) continue;
    out.push({ start: first.start, end: surname.end, text: text.slice(first.start, surname.end) });
    i = j;
  }
  return out;
}
