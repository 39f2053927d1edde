import { describe, expect, it } from 'vitest';
import { findContacts } from './findContacts.ts';

describe('findContacts', () => {
  it('finds e-mails, phones and URLs as written, scheme-less ones too', () => {
    const text =
      'zgłoszenia na adres ngo@um.krakow.pl lub nr faxu: 12 616 78 13. Informacji udziela MOWIS, tel. 12 616 78 00. Program na stronie www.ngo.krakow.pl.';
    expect(findContacts(text)).toEqual({
      emails: ['ngo@um.krakow.pl'],
      phones: ['12 616 78 13', '12 616 78 00'],
      urls: ['www.ngo.krakow.pl'],
    });
  });

  it('reads Polish phone formats and keeps extensions', () => {
    const text =
      'tel. (12) 269-03-88, kom. 608 412 377, +48 22 277 45 10, centrala 12 250 49 00 wew. 145, pod numerem 126167813';
    expect(findContacts(text).phones).toEqual([
      '(12) 269-03-88',
      '608 412 377',
      '+48 22 277 45 10',
      '12 250 49 00 wew. 145',
      '126167813',
    ]);
  });

  it('does not read postal codes, dates, NIP-like runs or amounts as phones', () => {
    expect(findContacts('30-701 Kraków, 25.02.2020, 2015-2018, 3 184 512,40 zł, nr 1234/24').phones).toEqual(
      [],
    );
  });

  it('strips trailing punctuation from URLs and keeps paths', () => {
    expect(
      findContacts(
        'Szczegóły: https://www.poznan.pl/wolontariat. Oraz (bip.gdansk.pl), facebook.com/Osiedle.',
      ).urls,
    ).toEqual(['https://www.poznan.pl/wolontariat', 'bip.gdansk.pl', 'facebook.com/Osiedle']);
  });

  it('reads old area codes, tel./fax and wewn., and no register numbers', () => {
    const text =
      'tel. (0-32) 765 62 00, tel./fax 82 572 14 30 wewn. 21, KRS nr 0000876543, REGON 190345678, KT.5410.88.2023.PL';
    const found = findContacts(text);
    expect(found.phones).toEqual(['(0-32) 765 62 00', '82 572 14 30 wewn. 21']);
    expect(found.urls).toEqual([]);
  });

  it('reads a trunk zero and a seven-digit local group after a cue', () => {
    expect(findContacts('tel. 0 12 345 67 89, tel. 12 3456789').phones).toEqual([
      '0 12 345 67 89',
      '12 3456789',
    ]);
  });
});
