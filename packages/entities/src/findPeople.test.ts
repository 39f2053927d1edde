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

describe('findPeople in signature blocks of other shapes', () => {
  it('reads two signers set side by side column by column', () => {
    const text = [
      'Treść zaproszenia na festyn.',
      '',
      'Wójt Gminy Jeleśnia                         Dyrektor Gminnego Ośrodka Kultury',
      'Marian Pietraszek                           dr Beata Kudzia-Wojtas',
    ].join('\n');
    const p = people(text);
    expect(p.signatories).toEqual([
      'Marian Pietraszek (Wójt Gminy Jeleśnia)',
      'Beata Kudzia-Wojtas (Dyrektor Gminnego Ośrodka Kultury)',
    ]);
    expect(p.mentioned).toEqual([]);
  });

  it('takes labelled signers of minutes and cards, not the clerk who drafted', () => {
    const minutes = [
      'Na przewodniczącego wybrano Pana Jana Kozieła.',
      '',
      'Protokołowała:                                    Przewodniczący zebrania:',
      'Marta Tkaczuk                                     Jan Kozieł',
    ].join('\n');
    // In order of first mention: the chair is named earlier in the minutes.
    expect(people(minutes).signatories).toEqual([
      'Jan Kozieł (Przewodniczący zebrania)',
      'Marta Tkaczuk (-)',
    ]);
    const card =
      'Treść karty.\n\nOpracowała: Magdalena Kołtun, Kierownik Referatu\nZatwierdził: Jerzy Wawrzyszak, Sekretarz Miasta';
    const p = people(card);
    expect(p.signatories).toEqual(['Jerzy Wawrzyszak (Sekretarz Miasta)']);
    expect(p.mentioned).toEqual(['Magdalena Kołtun (Kierownik Referatu)']);
  });

  it('reads an inline function, a rank, and a board list with signature lines', () => {
    expect(people('Treść.\n\nZ poważaniem\nAnna Hryciuk, Dyrektor PUP').signatories).toEqual([
      'Anna Hryciuk (Dyrektor PUP)',
    ]);
    const body =
      'Kontrole palenisk prowadzą strażnicy miejscy wspólnie z pracownikami Wydziału Ochrony Środowiska.';
    expect(people(`${body}\n\ninsp. Rafał Kuczera\nKomendant Straży Miejskiej`).signatories).toEqual([
      'Rafał Kuczera (Komendant Straży Miejskiej)',
    ]);
    const board = [
      'Zarząd Powiatu:',
      '',
      '1. Leszek Fedorowicz – Starosta                ……………………………',
      '2. Ewa Dudek – Członek Zarządu                 ……………………………',
      '3. Zbigniew Łukaszuk – Członek Zarządu         nieobecny',
    ].join('\n');
    const p = people(board);
    expect(p.signatories).toEqual(['Leszek Fedorowicz (Starosta)', 'Ewa Dudek (Członek Zarządu)']);
    expect(p.mentioned).toEqual(['Zbigniew Łukaszuk (Członek Zarządu)']);
  });

  it('takes the official after an inviting verb, not one who only speaks', () => {
    const text =
      '– Zachęcam do udziału – zaprasza przewodniczący Rady Dzielnicy Bemowo Marcin Olszewski. – To ważne – mówi wójt gminy Dorohusk Wojciech Sawa.';
    const p = people(text);
    expect(p.signatories).toEqual(['Marcin Olszewski (przewodniczący Rady Dzielnicy Bemowo)']);
    expect(p.written).toEqual(['Wojciech Sawa']);
  });

  it('finds an addressee whose function stands between the honorific and the name', () => {
    const text = [
      'OR.1431.57.2024                                              Kartuzy, 22.07.2024',
      '',
      '                                              Szanowny Pan',
      '                                              Radny Rady Miejskiej w Kartuzach',
      '                                              Paweł Stenka',
      '',
      'Szanowny Panie Radny,',
    ].join('\n');
    expect(people(text).addressees).toEqual(['Paweł Stenka (Radny Rady Miejskiej w Kartuzach)']);
  });

  it('leaves out patrons, squares and businesses named after people', () => {
    const text =
      'Parafia pw. św. Jana Chrzciciela, nazwa „Skwer Haliny Poświatowskiej”, umowa z firmą „Usługi Transportowe Kazimierz Lis” i z Usługi Brukarskie Adam Czerniak.';
    const p = people(text);
    expect([...p.signatories, ...p.addressees, ...p.mentioned]).toEqual([]);
  });

  it('reads a signature with room left for the hand, a one-line signature and a middle initial', () => {
    const body =
      'Zawiadamiam o zwołaniu sesji Rady Gminy Kościelisko, która odbędzie się w sali obrad urzędu gminy.';
    expect(people(`${body}\n\nWójt Gminy\n\n\n\nJan M. Kowalski`).signatories).toEqual([
      'Jan M. Kowalski (Wójt Gminy)',
    ]);
    expect(people(`${body}\n\nRyszard Stolc, Wójt Gminy Kościerzyna`).signatories).toEqual([
      'Ryszard Stolc (Wójt Gminy Kościerzyna)',
    ]);
    const contact = people(`${body}\n\nKontakt:\nJan Nowak, Inspektor`);
    expect(contact.signatories).toEqual([]);
    expect(contact.mentioned).toEqual(['Jan Nowak (Inspektor)']);
  });
});
