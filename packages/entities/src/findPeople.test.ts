import { describe, expect, it } from 'vitest';
import { findPeople } from './findPeople.ts';
import { testResources } from './testResources.ts';

function people(text: string) {
  const found = findPeople(text, testResources());
  for (const p of [...found.signatories, ...found.addressees, ...found.peopleMentioned]) {
    expect(text.slice(p.start, p.end)).toBe(p.name);
  }
  const show = (ps: typeof found.signatories) => ps.map((p) => `${p.nominative} (${p.role ?? '-'})`);
  return {
    signatories: show(found.signatories),
    addressees: show(found.addressees),
    mentioned: show(found.peopleMentioned),
    written: found.peopleMentioned.map((p) => p.name),
  };
}

describe('findPeople', () => {
  it('splits a letter into signatory, addressee and people mentioned', () => {
    const text = [
      'PREZYDENT MIASTA KRAKOWA',
      '',
      'Kraków, 11 LUT. 2019',
      '',
      '**Pan',
      'Aleksander Miszański',
      'Radny Miasta Krakowa**',
      '',
      'W odpowiedzi na Pana interpelację, przekazaną przez Pana Dominika Jaśkowca, Przewodniczącego Rady Miasta Krakowa w dniu 31 stycznia 2019 r., uprzejmie informuję, że sprawa jest w toku. Przygotował ją J. Nowak.',
      '',
      'PREZYDENT MIASTA KRAKOWA',
      'Jacek Majchrowski',
    ].join('\n');
    const p = people(text);
    expect(p.signatories).toEqual(['Jacek Majchrowski (PREZYDENT MIASTA KRAKOWA)']);
    expect(p.addressees).toEqual(['Aleksander Miszański (Radny Miasta Krakowa)']);
    expect(p.mentioned).toEqual(['Dominik Jaśkowiec (Przewodniczącego Rady Miasta Krakowa)']);
    expect(p.written).toEqual(['Dominika Jaśkowca']);
  });

  it('takes the named official who invites as the signatory, once', () => {
    const text =
      'Prezydent Miasta Krakowa Jacek Majchrowski zaprasza na konferencję. „Cytat” – napisał Prezydent Krakowa Jacek Majchrowski.';
    const p = people(text);
    expect(p.signatories).toEqual(['Jacek Majchrowski (Prezydent Miasta Krakowa)']);
    expect(p.mentioned).toEqual([]);
  });

  it('reads /-/ and closing formulas as signatures', () => {
    expect(
      people('Treść pisma.\n\nPrzewodnicząca\nRady m.st. Warszawy\n/-/ Halina Dąbrowska-Szulc').signatories,
    ).toEqual(['Halina Dąbrowska-Szulc (Przewodnicząca\nRady m.st. Warszawy)']);
    expect(people('Treść.\n\nZ poważaniem\n\nmgr inż. Jarosław Kaczor').signatories).toEqual([
      'Jarosław Kaczor (-)',
    ]);
  });

  it('keeps people after Do wiadomości and inflected names after Pani out of the addressees', () => {
    const text =
      'Pani\nRenata Szymczak\n\nTreść pisma.\n\nDo wiadomości:\nPan Łukasz Wieczorek, Radny Rady Miejskiej w Łodzi';
    const p = people(text);
    expect(p.addressees).toEqual(['Renata Szymczak (-)']);
    expect(p.mentioned).toEqual(['Łukasz Wieczorek (Radny Rady Miejskiej w Łodzi)']);
    expect(people('za pośrednictwem\nPani Ewy Dudziak\n\nTreść.').addressees).toEqual([]);
  });

  it('ignores unnamed roles, initials, streets and patrons', () => {
    const text =
      'Prezydent Miasta zaprasza. Podpisał J. Kowalski. Spotkanie przy ul. Zygmunta Krasińskiego 5 w Szkole im. Marii Konopnickiej.';
    const p = people(text);
    expect([...p.signatories, ...p.addressees, ...p.mentioned]).toEqual([]);
  });
});
