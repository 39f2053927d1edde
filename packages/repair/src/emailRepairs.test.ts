import { describe, expect, it } from 'vitest';
import { emailRepairs } from './emailRepairs.ts';

const apply = (text: string) => {
  let out = text;
  for (const r of [...emailRepairs(text)].sort((a, b) => b.start - a.start))
    out = out.slice(0, r.start) + r.after + out.slice(r.end);
  return out;
};

describe('emailRepairs', () => {
  it('restores the at sign OCR read as a parenthesis, a capital D or O, a zero or ©', () => {
    expect(apply('e-mail: gok(jelesnia.pl')).toBe('e-mail: gok@jelesnia.pl');
    expect(apply('mailem na adres odczyty(Dzgk-sierakowice.pl')).toBe(
      'mailem na adres odczyty@zgk-sierakowice.pl',
    );
    expect(apply('adres: ngo(dum.krakow.pl lub fax')).toBe('adres: ngo@um.krakow.pl lub fax');
    expect(apply('e-mail: sekretariatDum.wlodawa.eu')).toBe('e-mail: sekretariat@um.wlodawa.eu');
    expect(apply('na adres targiOpupbiala.pl')).toBe('na adres targi@pupbiala.pl');
    expect(apply('e-mailem: dyzurny0sm.bytom.pl')).toBe('e-mailem: dyzurny@sm.bytom.pl');
    expect(apply('e-mail: biuro©mops.gda.pl')).toBe('e-mail: biuro@mops.gda.pl');
  });

  it('leaves real addresses, web sites, names and numbers alone', () => {
    for (const text of [
      'e-mail: gok@jelesnia.pl, strona www.jelesnia.pl',
      'adres strony: https://bip.um.wlodawa.eu/ogloszenia',
      'Kontakt: Dom Kultury w Gdańsku, DOKUMENTY.pl, kod 80-001',
      'Adres: ul. Obrońców 10 (Dom Seniora), tel. 58 301 00 00',
      'Projekt (dofinansowanie) realizuje gmina.',
    ]) {
      expect(apply(text)).toBe(text);
    }
  });
});
