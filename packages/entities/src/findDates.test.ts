import { describe, expect, it } from 'vitest';
import { findDates } from './findDates.ts';

/** Every mention's offsets must point at its text. */
function dates(text: string, documentDate?: string) {
  const found = findDates(text, documentDate ? { documentDate } : {});
  for (const d of found) expect(text.slice(d.start, d.end)).toBe(d.text);
  return found;
}

const brief = (text: string, documentDate?: string) =>
  dates(text, documentDate).map((d) => `${d.text}|${d.iso}|${d.time ?? '-'}|${d.role}`);

describe('findDates: formats', () => {
  it('reads ISO, numeric, textual, abbreviated and Roman-numeral dates', () => {
    expect(dates('Opublikowano 2020-02-25 w serwisie.').map((d) => d.iso)).toEqual(['2020-02-25']);
    expect(dates('Pismo z dnia 25.02.2020 r. w sprawie').map((d) => [d.text, d.iso])).toEqual([
      ['25.02.2020 r.', '2020-02-25'],
    ]);
    expect(dates('Kraków, 11 LUT. 2019').map((d) => [d.text, d.iso])).toEqual([
      ['11 LUT. 2019', '2019-02-11'],
    ]);
    expect(dates('Sesja odbędzie się 14 listopada 2025 r. w sali.').map((d) => d.text)).toEqual([
      '14 listopada 2025 r.',
    ]);
    expect(dates('Wpłynęło 11.II.2019, odpowiedź 12 IX 2023 r.').map((d) => d.iso)).toEqual([
      '2019-02-11',
      '2023-09-12',
    ]);
    expect(dates('Termin: 5 października 1998 r.').map((d) => d.iso)).toEqual(['1998-10-05']);
  });

  it('keeps years before 1900', () => {
    expect(dates('Konstytucja uchwalona 3 maja 1791 r. przez Sejm').map((d) => d.iso)).toEqual([
      '1791-05-03',
    ]);
  });

  it('reads dates broken over lines and with diacritics lost to OCR', () => {
    expect(dates('zgłoszenia do 28 listopada\nbr. przyjmuje biuro', '2023-11-14').map((d) => d.iso)).toEqual([
      '2023-11-28',
    ]);
    expect(dates('spotkanie 12 wrzesnia 2023 r.').map((d) => d.iso)).toEqual(['2023-09-12']);
  });

  it('does not take house numbers, phones, reference numbers, years or months for dates', () => {
    expect(dates('w salach przy pl. Wszystkich Świętych 3-4.')).toEqual([]);
    expect(dates('tel. 12 616 78 13, fax 12 616 78 00')).toEqual([]);
    expect(dates('znak OR-03.0003.245.2019 oraz sprawa 2113/2022')).toEqual([]);
    expect(dates('w 2021 roku, w maju 1999 r. i od marca do czerwca')).toEqual([]);
    expect(dates('przy al. 29 Listopada oraz ul. 3 Maja')).toEqual([]);
  });
});

describe('findDates: ranges and lists', () => {
  it('makes one entry of a range, with the year of its end', () => {
    expect(brief('Konsultacje potrwają od 25 listopada do 12 grudnia 2019 r.')).toEqual([
      'od 25 listopada do 12 grudnia 2019 r.|2019-11-25/2019-12-12|-|period',
    ]);
    expect(brief('Konsultacje potrwają 13 czerwca – 5 lipca 2024 r.')).toEqual([
      '13 czerwca – 5 lipca 2024 r.|2024-06-13/2024-07-05|-|period',
    ]);
    expect(dates('W dniach 14-16 listopada 2023 r. obradują komisje.').map((d) => d.iso)).toEqual([
      '2023-11-14/2023-11-16',
    ]);
    expect(dates('od 15 grudnia do 10 stycznia 2020 r.').map((d) => d.iso)).toEqual([
      '2019-12-15/2020-01-10',
    ]);
  });

  it('makes one entry per day of a list', () => {
    const found = dates('Odbiór odbędzie się 3, 8, 9 listopada 2023 r.');
    expect(found.map((d) => [d.text, d.iso])).toEqual([
      ['3', '2023-11-03'],
      ['8', '2023-11-08'],
      ['9 listopada 2023 r.', '2023-11-09'],
    ]);
  });

  it('does not read a house number before a date as a range start', () => {
    expect(
      dates('warsztaty na podwórku przy ul. Józefińskiej 14 – 22 czerwca 2024 r.').map((d) => d.iso),
    ).toEqual(['2024-06-22']);
  });

  it('lists each distinct date once, at its first mention', () => {
    const found = dates('Sesja 5 marca 2024 r. Przypominamy: 5 marca 2024 r. o godz. 10:00.');
    expect(found).toHaveLength(1);
    expect(found[0]!.start).toBe(6);
  });
});

describe('findDates: years', () => {
  it('resolves br. and yearless dates against the document date, else leaves --MM-DD', () => {
    expect(
      dates('Kraków, 10.06.2024\n\nAnkiety do 3 marca br. i spotkanie 28 marca.').map((d) => d.iso),
    ).toEqual(['2024-06-10', '2024-03-03', '2024-03-28']);
    expect(dates('Ankiety do 3 marca br. i spotkanie 28 marca.').map((d) => d.iso)).toEqual([
      '--03-03',
      '--03-28',
    ]);
  });

  it('resolves w ubiegłym roku to the year before the document date', () => {
    const text = '2020-02-25\n\nKonwenty odbyły się w ubiegłym roku: 22 lutego, 29 maja oraz 28 listopada.';
    expect(dates(text).map((d) => d.iso)).toEqual(['2020-02-25', '2019-02-22', '2019-05-29', '2019-11-28']);
  });

  it('takes a year given by the caller', () => {
    expect(dates('Spotkanie 7 marca o godz. 15.00.', '2014-02-20').map((d) => d.iso)).toEqual(['2014-03-07']);
  });
});

describe('findDates: times and roles', () => {
  it('attaches times written in several ways', () => {
    expect(brief('Spotkanie odbędzie się 7 marca o godz. 15.00 w sali.')).toEqual([
      '7 marca|--03-07|15:00|event',
    ]);
    expect(brief('Sesja odbędzie się 7 marca o godzinie 17.00.')[0]).toContain('|17:00|');
    expect(brief('Dyżur 14 listopada 2025 r. (piątek), w godzinach 8:00-15:00')[0]).toContain(
      '|08:00/15:00|',
    );
    expect(brief('Festyn 2 maja 2024 r. od 10:00 do 14:00 na rynku.')[0]).toContain('|10:00/14:00|');
  });

  it('attaches a time that opens the next sentence to the date before it', () => {
    const text = '2020-02-25\n\nKonwent odbędzie się w piątek 28 lutego. Początek o godz. 16:30 w sali.';
    expect(brief(text)).toEqual(['2020-02-25|2020-02-25|-|document', '28 lutego|2020-02-28|16:30|event']);
  });

  it('gives a deadline only its own limit, not office hours', () => {
    expect(brief('Wnioski należy złożyć do 22 czerwca 2021 r. do godz. 15:00.')).toEqual([
      '22 czerwca 2021 r.|2021-06-22|15:00|deadline',
    ]);
    const hours =
      'Dokumenty składać do dnia 21 października 2024 r. w kopercie w Kancelarii Urzędu, w godzinach 7:30-15:30.';
    expect(brief(hours)[0]).toContain('|-|deadline');
  });

  it('tells document, event, deadline, period and mentioned dates apart', () => {
    const text = [
      'Kraków, 11 LUT. 2019',
      '',
      'Na podstawie ustawy z dnia 8 marca 1990 r. o samorządzie gminnym informuję, że pismo przekazano w dniu 31 stycznia 2019 r.',
      'Spotkanie odbędzie się 5 marca 2019 r. Uwagi można składać do 20 marca 2019 r.',
      'Konsultacje potrwają od 1 kwietnia do 30 kwietnia 2019 r.',
    ].join('\n');
    expect(dates(text).map((d) => `${d.iso} ${d.role}`)).toEqual([
      '2019-02-11 document',
      '1990-03-08 mentioned',
      '2019-01-31 mentioned',
      '2019-03-05 event',
      '2019-03-20 deadline',
      '2019-04-01/2019-04-30 period',
    ]);
  });

  it('takes the z dnia line under an act title as the document date', () => {
    const text =
      'UCHWAŁA NR LXI/1987/2022\nRADY MIASTA STOŁECZNEGO WARSZAWY\nz dnia 17 marca 2022 r.\n\nw sprawie nazwy';
    expect(brief(text)).toEqual(['17 marca 2022 r.|2022-03-17|-|document']);
  });
});

describe('findDates: forms of a second writer', () => {
  it('reads weekdays inside ranges and cues, night ranges, month-first and partial numeric ranges', () => {
    expect(
      brief(
        'Dnia 26.04.2024 r.\n\nOdczyty od poniedziałku 6 maja do piątku 10 maja br. w godzinach od 8 do 18.',
      ),
    ).toEqual([
      '26.04.2024 r.|2024-04-26|-|document',
      'od poniedziałku 6 maja do piątku 10 maja br.|2024-05-06/2024-05-10|08:00/18:00|period',
    ]);
    expect(
      brief('Przerwa w dostawie wody w nocy z 20 na 21 czerwca 2024 r., od godz. 22:00 do godz. 5:00.'),
    ).toEqual(['z 20 na 21 czerwca 2024 r.|2024-06-20/2024-06-21|22:00/05:00|event']);
    expect(
      brief('kwietnia 3, 2024 | Konsultacje\n\nTreść.').map((s) => s.split('|').slice(0, 2).join('|')),
    ).toEqual(['kwietnia 3, 2024|2024-04-03']);
    expect(brief('Konsultacje potrwają w terminie 14.11–05.12.2022.')).toEqual([
      '14.11–05.12.2022|2022-11-14/2022-12-05|-|period',
    ]);
  });

  it('lets weekdays stand between a cue and its date', () => {
    expect(
      brief('Wnioski można zgłaszać do poniedziałku, 25 listopada, do godz. 12:00.', '2024-11-22'),
    ).toEqual(['25 listopada|2024-11-25|12:00|deadline']);
    expect(brief('Od poniedziałku 2 września dzieci pojadą nowym autobusem.', '2024-08-28')).toEqual([
      '2 września|2024-09-02|-|mentioned',
    ]);
  });

  it('attaches no recurring hours and no hours of another sentence that does not open with them', () => {
    expect(
      brief(
        'Począwszy od 9 stycznia 2024 r. we wtorki w godz. 10.00–12.00 dyżur pełni pracownik.',
        '2023-12-11',
      ),
    ).toEqual(['9 stycznia 2024 r.|2024-01-09|-|mentioned']);
    expect(
      brief(
        'W dniu 21 maja 2024 r. przeprowadzono pomiar. Pomiar potwierdził, że w godz. 7:30–8:15 jest tłok.',
        '2024-06-05',
      ),
    ).toEqual(['21 maja 2024 r.|2024-05-21|-|mentioned']);
  });

  it('gives a programme its announced day and a festival of several days its first hour', () => {
    const text = [
      'Dni Gminy odbędą się w dniach 14–16 czerwca 2024 r. na stadionie.',
      '',
      'Piątek, 14 czerwca – amfiteatr',
      'godz. 18⁰⁰ – wieczór góralski',
      '',
      'Jubileusz odbędzie się w sobotę 12 października 2024 r.',
      '',
      'Program uroczystości:',
      'godz. 10.00 – msza',
    ].join('\n');
    expect(brief(text, '2024-05-01')).toEqual([
      '14–16 czerwca 2024 r.|2024-06-14/2024-06-16|18:00|event',
      '14 czerwca|2024-06-14|18:00|event',
      '12 października 2024 r.|2024-10-12|10:00|event',
    ]);
  });

  it('tells happenings of several days from spans', () => {
    const roles = (text: string) => dates(text, '2024-05-01').map((d) => d.role);
    expect(roles('Rozmowy kwalifikacyjne odbędą się w dniach 20–21 czerwca 2024 r.')).toEqual(['event']);
    expect(roles('W dniach 27–29 maja 2024 r. urząd będzie nieczynny.')).toEqual(['event']);
    expect(roles('Konsultacje odbędą się w terminie 14–25 maja 2024 r.')).toEqual(['period']);
    expect(roles('Nabór potrwa od 3 do 14 czerwca 2024 r.')).toEqual(['period']);
  });

  it('reads a partial numeric range written with od … do', () => {
    expect(brief('Wyłożenie od 14.11 do 05.12.2022 r. w urzędzie.')).toEqual([
      'od 14.11 do 05.12.2022 r.|2022-11-14/2022-12-05|-|period',
    ]);
  });

  it('reads a deadline whose hour comes first', () => {
    expect(brief('Oferty należy składać do godz. 15:00 w dniu 20 maja 2024 r.', '2024-05-01')).toEqual([
      '20 maja 2024 r.|2024-05-20|15:00|deadline',
    ]);
  });
});
