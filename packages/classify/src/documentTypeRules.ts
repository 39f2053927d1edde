import type { DocumentTypeLabel } from '@skryba/schema';

export interface DocumentTypeRule {
  /** Stable name, shown in evidence and used in tests. */
  id: string;
  label: DocumentTypeLabel;
  /** Weight of one occurrence in the body; the title region and heading lines multiply it. */
  weight: number;
  /**
   * Written in correct Polish, lowercase, with the `u` flag (without it `\p{L}` is not a class and
   * linters strip the backslash); see `compileRulePattern` for what else it matches.
   */
  pattern: RegExp;
  /** Only counts at the start of a line (a heading or an act's opening), not quoted in a sentence. */
  lineStart?: boolean;
}

const rule = (
  id: string,
  label: DocumentTypeLabel,
  weight: number,
  pattern: RegExp,
  lineStart = false,
): DocumentTypeRule => ({ id, label, weight, pattern, lineStart });

/**
 * Phrases that mark a document type in Polish municipal writing (GOLD_FORMAT.md definitions).
 * Weights are in log-odds-like units: ≈ 4 is decisive on its own (an act's `UCHWAŁA NR` heading),
 * ≈ 1 a hint that needs company. Phrases shared by several types (`zaprasza` is also how
 * consultations and news begin) are weak; the classifier and the other phrases settle those.
 */
export const DOCUMENT_TYPE_RULES: readonly DocumentTypeRule[] = [
  // legal_act: the heading of an act and its fixed formulas; a cited act (`uchwały Nr …` inside a
  // sentence) does not count, hence lineStart.
  rule('uchwala-nr', 'legal_act', 4, /uchwał[ay]? nr/u, true),
  rule('zarzadzenie-nr', 'legal_act', 4, /zarządzenie nr/u, true),
  rule('obwieszczenie', 'legal_act', 3.5, /obwieszczenie/u, true),
  rule('statut', 'legal_act', 2, /statut\b/u, true),
  rule('uchwala-sie', 'legal_act', 3, /uchwala się,? co następuje/u),
  rule('zarzadza-sie', 'legal_act', 3, /zarządza się,? co następuje/u),
  rule('paragraf', 'legal_act', 1, /§\s?\d+\.?/u, true),
  rule('wchodzi-w-zycie', 'legal_act', 2, /wchodzi w życie/u),
  rule('wykonanie-powierza', 'legal_act', 2, /wykonanie (uchwały|zarządzenia) powierza się/u),
  rule('traci-moc', 'legal_act', 1, /traci moc/u),
  rule('zalacznik-do-aktu', 'legal_act', 1.5, /załącznik (nr \d+ )?do (uchwały|zarządzenia)/u, true),

  // session_notice: convening a session or meeting and its agenda.
  rule('zwoluje', 'session_notice', 3, /zwołuję/u),
  rule('zwolanie', 'session_notice', 2, /o zwołaniu/u),
  rule('sesja', 'session_notice', 1, /sesj[aęiąo]\b/u),
  rule('porzadek-obrad', 'session_notice', 2.5, /(porządek|porządku) (obrad|posiedzenia|zebrania)/u),
  rule('posiedzenie', 'session_notice', 1, /posiedzeni[ea]\b/u),
  rule('konwent', 'session_notice', 1.5, /konwent/u),
  rule('zebranie-wiejskie', 'session_notice', 2.5, /zebrani[ea] (wiejski|mieszkańców|sołeck)/u),
  rule('otwarcie-sesji', 'session_notice', 2, /otwarcie (sesji|posiedzenia|obrad|zebrania)/u),
  rule('prawomocnosc', 'session_notice', 2, /stwierdzenie (prawomocności|quorum|kworum)/u),
  rule('przyjecie-protokolu', 'session_notice', 1.5, /przyjęcie protokołu/u),
  rule(
    'zawiadomienie',
    'session_notice',
    2.5,
    /z\s?a\s?w\s?i\s?a\s?d\s?o\s?m\s?i\s?e\s?n\s?i\s?e\s*$/u,
    true,
  ),
  rule('obrady', 'session_notice', 1, /obrady/u),

  // letter: salutation to one person, answers, letter furniture.
  rule('szanowny-panie', 'letter', 3, /szanown[ya] pan/u),
  rule('w-odpowiedzi-na', 'letter', 2.5, /w odpowiedzi na/u),
  rule('interpelacja', 'letter', 2, /interpelacj/u),
  rule('zapytanie-radnego', 'letter', 1.5, /zapytani[ea] radne/u),
  rule('uprzejmie-informuje', 'letter', 2, /uprzejmie informuję/u),
  rule('z-powazaniem', 'letter', 2, /z poważaniem/u),
  rule('z-wyrazami-szacunku', 'letter', 1, /z wyrazami szacunku/u),
  rule('dotyczy', 'letter', 2, /(dotyczy|dot\.):/u, true),
  rule('znak-sprawy', 'letter', 1.5, /(znak sprawy|nasz znak|wasz znak|sprawę prowadzi)/u),
  rule('petycja', 'letter', 1.5, /petycj/u),
  rule(
    'pana-pismo',
    'letter',
    2,
    /(pana|pani|państwa) (pismo|pismem|pisma|wniosek|wnioskiem|wniosku|skarg)/u,
  ),
  rule('w-nawiazaniu', 'letter', 1.5, /w nawiązaniu do/u),
  rule('za-posrednictwem', 'letter', 1, /za pośrednictwem/u),
  rule('pragne', 'letter', 1, /pragnę (zapewnić|poinformować|wyjaśnić|podkreślić)/u),
  rule('adresat', 'letter', 1, /(pan|pani|sz\.\s?p\.)\s*$/u, true),

  // consultation: public consultation notices.
  rule('konsultacje-spoleczne', 'consultation', 2.5, /konsultacj\p{L}* społeczn/u),
  rule('konsultacje', 'consultation', 1, /konsulta(cj|cyjn)/u),
  rule(
    'uwagi-mozna',
    'consultation',
    2,
    /(uwagi|opinie|propozycje|wnioski) (można|należy) (składać|zgłaszać|przesyłać|wnosić)/u,
  ),
  rule('formularz-konsultacyjny', 'consultation', 1.5, /formularz\p{L}* (konsultacyjn|uwag|zgłaszania)/u),
  rule('ankieta', 'consultation', 1, /ankie[tc]/u),
  rule('spotkanie-konsultacyjne', 'consultation', 2, /spotkani\p{L}* konsultacyjn/u),
  rule('dyzur-ekspercki', 'consultation', 1.5, /dyżur\p{L}* (ekspert|konsultac)/u),

  // invitation: an invitation to an event.
  rule('zaproszenie-naglowek', 'invitation', 4, /zaproszenie/u, true),
  rule('zaproszenie', 'invitation', 1.5, /zaprosz/u),
  rule('zaprasza', 'invitation', 1.5, /zaprasza/u),
  rule('zaprosic', 'invitation', 2.5, /(zaszczyt|przyjemność|przyjemnością) zaprosić/u),
  rule(
    'potwierdzenie-udzialu',
    'invitation',
    2,
    /(potwierdzenie|potwierdzić|potwierdzenia) (udziału|obecności)/u,
  ),
  rule('uroczystosc', 'invitation', 1, /(na uroczyst|uroczyst[ąa] gal|gala\b)/u),
  rule('wstep-wolny', 'invitation', 1.5, /wstęp (wolny|bezpłatny)/u),
  rule('piknik', 'invitation', 0.7, /(piknik|festyn|koncert)/u),

  // announcement: notices and news (komunikat, informacja).
  rule('komunikat-naglowek', 'announcement', 4, /komunikat/u, true),
  rule('komunikat', 'announcement', 1, /komunikat/u),
  rule('informacja-naglowek', 'announcement', 1.5, /informacja\b/u, true),
  rule('przypomina', 'announcement', 1.5, /przypomina(my)?,? że/u),
  rule('informuje-ze', 'announcement', 0.7, /informuje,? że/u),
  rule('przerwa-w-dostawie', 'announcement', 2, /przerw\p{L}* w (dostawie|dostawach)/u),
  rule(
    'utrudnienia',
    'announcement',
    1.5,
    /(utrudnieni\p{L}* w ruchu|zmian\p{L}* (w )?organizacji ruchu|objazd)/u,
  ),
  rule('nabor-wnioskow', 'announcement', 1.5, /nabór wniosków/u),
  rule('dni-wolne', 'announcement', 1.5, /(dni wolne|dzień wolny|dni wolnych) od pracy/u),
  rule('odbyla-sie', 'announcement', 1, /(odbyła|odbył|odbyło|odbyły) się/u),

  // other: job offers, tenders, timetables (kinds the archive holds that are none of the above).
  rule('nabor-na-stanowisko', 'other', 4, /nabór\p{L}* na (wolne )?(stanowisk|wolnych stanowisk)/u),
  rule('wyniki-naboru', 'other', 3, /wynik\p{L}* naboru/u),
  rule('wolne-stanowisko', 'other', 4, /wolne stanowisk\p{L}* (urzędnicz|prac)/u),
  rule('oferta-pracy', 'other', 3, /oferta pracy/u),
  rule('wymagania', 'other', 2, /wymagania (niezbędne|konieczne|dodatkowe|pożądane)/u),
  rule(
    'przetarg',
    'other',
    3,
    /(przetarg\p{L}* (nieograniczon|ustn|pisemn)|wynik\p{L}* przetargu|ogłasza przetarg)/u,
  ),
  rule('najkorzystniejsza-oferta', 'other', 4, /najkorzystniejsz\p{L}* ofert/u),
  rule('zamowienie-publiczne', 'other', 2, /(zamówieni\p{L}* publiczn|wykonawc|zamawiając)/u),
  rule('faq', 'other', 3, /(najczęściej zadawane pytania|pytania i odpowiedzi)/u),
  rule('cena-wywolawcza', 'other', 3, /cena wywoławcza/u),
  rule('wadium', 'other', 2, /wadium/u),
  rule('rozklad-jazdy', 'other', 2.5, /rozkład\p{L}* jazdy/u),
];

/** Changes when any rule changes: the type model records it, since its weights were fitted to the rules. */
export function rulesFingerprint(rules: readonly DocumentTypeRule[] = DOCUMENT_TYPE_RULES): string {
  let h = 0x811c9dc5;
  const text = JSON.stringify(
    rules.map((r) => [r.id, r.label, r.weight, r.pattern.source, r.lineStart ?? false]),
  );
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}
