import { describe, expect, it } from 'vitest';
import { splitRepairTokens } from './splitRepairTokens.ts';

const kinds = (text: string) => splitRepairTokens(text).map((t) => `${t.kind}:${t.text}`);

describe('splitRepairTokens', () => {
  it('keeps OCR glyphs and confusion digits inside words', () => {
    expect(kinds('rozwija¢ $wiat uczestnik6w Krakéw')).toEqual([
      'word:rozwija¢',
      'word:$wiat',
      'word:uczestnik6w',
      'word:Krakéw',
    ]);
  });

  it('protects codes, reference numbers, URLs and e-mails, and keeps numbers as context', () => {
    expect(
      kinds('znak OR-03.0003.245.2019, www.ngo.krakow.pl ngo@um.krakow.pl A4 2019r. pl. Wszystkich 3-4'),
    ).toEqual([
      'word:znak',
      'protected:OR-03.0003.245.2019,',
      'protected:www.ngo.krakow.pl',
      'protected:ngo@um.krakow.pl',
      'protected:A4',
      'protected:2019r.',
      'word:pl',
      'word:Wszystkich',
      'number:3-4',
    ]);
  });

  it('marks sentence ends before a capital and at blank lines, not after abbreviations', () => {
    expect(kinds('Byt tam. Potem ul. dtuga\n\nNowy')).toEqual([
      'word:Byt',
      'word:tam',
      'boundary:.',
      'word:Potem',
      'word:ul',
      'word:dtuga',
      'boundary:',
      'word:Nowy',
    ]);
  });

  it('gives offsets that slice back to the token', () => {
    const text = '„Mobilnej Apteczce” – (projekcie), 12 616 78 13.';
    for (const token of splitRepairTokens(text)) {
      if (token.kind !== 'boundary') expect(text.slice(token.start, token.end)).toBe(token.text);
    }
  });
});
