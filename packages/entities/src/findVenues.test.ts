import { describe, expect, it } from 'vitest';
import { findVenues } from './findVenues.ts';

function venues(text: string) {
  const found = findVenues(text);
  for (const v of found) expect(text.slice(v.start, v.end)).toBe(v.text);
  return found.map((v) => [v.text, v.address]);
}

describe('findVenues', () => {
  it('widens an address to the institution, room and postal code written with it', () => {
    expect(
      venues(
        'Dyżury odbędą się w siedzibie Referatu ds. Partycypacji i Dialogu, ul. Zabłocie 22, pokój\n13.',
      ),
    ).toEqual([
      ['siedzibie Referatu ds. Partycypacji i Dialogu, ul. Zabłocie 22, pokój\n13', 'ul. Zabłocie 22'],
    ]);
    expect(venues('konferencja w Sali Obrad Rady Miasta Krakowa (pl. Wszystkich Świętych 3-4).')).toEqual([
      ['Sali Obrad Rady Miasta Krakowa (pl. Wszystkich Świętych 3-4)', 'pl. Wszystkich Świętych 3-4'],
    ]);
    expect(
      venues('Spotkanie w XIII Liceum Ogólnokształcącym przy ul. Sądowej 4, na które zapraszam.'),
    ).toEqual([['XIII Liceum Ogólnokształcącym przy ul. Sądowej 4', 'ul. Sądowej 4']]);
    expect(venues('Gala w Sali Ziemi Centrum Kongresowego, ul. Głogowska 14, 60-734 Poznań.')).toEqual([
      ['Sali Ziemi Centrum Kongresowego, ul. Głogowska 14, 60-734 Poznań', 'ul. Głogowska 14'],
    ]);
  });

  it('reads squares, avenues, housing estates and a bare Rynek', () => {
    expect(venues('uroczystość na Rynek Główny 1').map((v) => v[1])).toEqual(['Rynek Główny 1']);
    expect(venues('w budynku przy al. Powstania Warszawskiego 10.').map((v) => v[1])).toEqual([
      'al. Powstania Warszawskiego 10',
    ]);
    expect(venues('Kancelaria, os. Zgody 2, 31-949 Kraków').map((v) => v[1])).toEqual(['os. Zgody 2']);
    expect(venues('w sali nr 200 Ratusza, Rynek 1.').map((v) => v[1])).toEqual(['Rynek 1']);
    expect(venues('w filii, pl. pod Lipami 1.').map((v) => v[1])).toEqual(['pl. pod Lipami 1']);
  });

  it('leaves out streets without a number and the addressee’s own address', () => {
    expect(venues('Remont ul. Reymonta oraz ul. Malborskiej potrwa do jesieni.')).toEqual([]);
    expect(venues('Pan\nMarian Kowalczuk\nul. Grochowska 218 m. 14\n04-357 Warszawa\n\nTreść.')).toEqual([]);
  });

  it('adds named places without an address in sentences about an event', () => {
    expect(
      venues('Uroczystość odbyła się we wtorek w Sali Rajców wrocławskiego Ratusza. Potem obiad.'),
    ).toEqual([['Sali Rajców wrocławskiego Ratusza', null]]);
    expect(venues('Mieszkamy w Domu Kultury Podgórze od lat.')).toEqual([]);
  });

  it('reads offices with a room but no street, village addresses, and rooms before an address', () => {
    expect(venues('Kontakt: Biuro Rady Powiatu, pokój nr 104, tel. 58 685 30 92.')).toEqual([
      ['Biuro Rady Powiatu, pokój nr 104', null],
    ]);
    expect(venues('osobiście w Urzędzie Stanu Cywilnego (pokój nr 2, parter). Dziękujemy.')).toEqual([
      ['Urzędzie Stanu Cywilnego (pokój nr 2, parter)', null],
    ]);
    expect(venues('– wtorek, godz. 18:00 – remiza OSP, Łubiana-Kolonia 15.')).toEqual([
      ['remiza OSP, Łubiana-Kolonia 15', 'Łubiana-Kolonia 15'],
    ]);
    expect(
      venues('odbędzie się w sali nr 105 (I piętro) Starostwa Powiatowego przy ul. Dworcowej 1, a'),
    ).toEqual([['sali nr 105 (I piętro) Starostwa Powiatowego przy ul. Dworcowej 1', 'ul. Dworcowej 1']]);
    expect(venues('w siedzibie Wydziału, ul. Żwirki i Wigury 4a (sekretariat, I piętro).')).toEqual([
      ['siedzibie Wydziału, ul. Żwirki i Wigury 4a (sekretariat, I piętro)', 'ul. Żwirki i Wigury 4a'],
    ]);
  });

  it('leaves out stretches and lists of house numbers and an institution addressee block', () => {
    expect(
      venues(
        'dla mieszkańców budynków przy ul. Kościerskiej 20–34 oraz w budynkach przy ul. Polnej 20, 22, 24 i 26 (prace)',
      ),
    ).toEqual([]);
    const letter = [
      'Nasz znak: OR.0007.14.2022                                  Włodawa, 14.06.2022 r.',
      '',
      '                                        Lubelski Urząd Wojewódzki w Lublinie',
      '                                        ul. Spokojna 4',
      '                                        20-914 Lublin',
      '',
      'Dotyczy: pisma z dnia 2 czerwca 2022 r.',
    ].join('\n');
    expect(venues(letter)).toEqual([]);
  });
});
