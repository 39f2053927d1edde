import { readFileSync } from 'node:fs';
import { LanguageModel, loadLexicon, loadNgramModel } from '@skryba/lexicon';
import { describe, expect, it } from 'vitest';
import { loadSuffixModel } from './loadRepairer.ts';
import { defaultRepairSettings, type RepairResources, repairText } from './repairText.ts';
import { handConfusionModel } from './testing/handConfusionModel.ts';

// The machinery with the small hand-written channel (the learned model is tested in loadRepairer.test.ts).
const lexicon = loadLexicon();
const resources: RepairResources = {
  lexicon,
  lm: new LanguageModel({ lexicon, ngrams: loadNgramModel() }),
  confusion: handConfusionModel(),
  suffixes: loadSuffixModel(),
  settings: defaultRepairSettings,
  cache: new Map(),
};
const seed = (name: string) =>
  readFileSync(new URL(`../../../fixtures/seeds/${name}`, import.meta.url), 'utf8');

describe('repairText', () => {
  it('restores a sentence of wrong-model OCR and records every edit with spans into the result', () => {
    const input =
      'Chcemy, aby konsultacje spoteczne w Krakowie byty jeszcze bardziej dostepne i odpowiadaty na potrzeby mieszkancéw.';
    const result = repairText(input, resources);
    expect(result.text).toBe(
      'Chcemy, aby konsultacje społeczne w Krakowie były jeszcze bardziej dostępne i odpowiadały na potrzeby mieszkańców.',
    );
    expect(result.applied).toBe(true);
    for (const edit of result.edits) {
      expect(result.text.slice(edit.start, edit.end)).toBe(edit.after);
      expect(input).toContain(edit.before);
      expect(edit.confidence).toBeGreaterThan(0);
      expect(edit.confidence).toBeLessThanOrEqual(1);
    }
    expect(result.edits.map((e) => `${e.before}→${e.after}`)).toEqual([
      'spoteczne→społeczne',
      'byty→były',
      'dostepne→dostępne',
      'odpowiadaty→odpowiadały',
      'mieszkancéw→mieszkańców',
    ]);
  });

  it('keeps case: capitalised and all-caps words come back in their shape', () => {
    const result = repairText(
      'Oba dyzury odbedg sie w Krakéw. KONSULTACJE SPOTECZNE W KRAKOWIE ODBEDA SIE JUTRO.',
      resources,
    );
    expect(result.text).toContain('Oba dyżury');
    expect(result.text).toContain('KONSULTACJE SPOŁECZNE');
  });

  it('repairs bullets and opening quotes misread by the English model', () => {
    const result = repairText(
      'Dotacz do konsultacji spotecznych , Jak rozwijac konsultacje?\n\ne 14 listopada 2025 r. (pigtek), w godzinach 8:00-15:00',
      resources,
    );
    expect(result.text).toContain('„Jak');
    expect(result.text).toContain('• 14 listopada');
  });

  it('never touches correct Polish, other languages, codes, URLs or e-mails', () => {
    const untouched = [
      seed('004_10b2ab1836c4a002.txt'),
      seed('001_e8bd44b07124655c.txt'),
      'The consultation meeting will take place in the council chamber; residents are welcome to submit proposals.',
      'Die Bürgerversammlung findet am Montag im großen Saal des Rathauses statt. Alle Einwohner sind herzlich eingeladen.',
      'Veřejné projednání se uskuteční v pondělí ve velkém sále radnice. Všichni občané jsou srdečně zváni a mohou přinést své návrhy.',
      'Znak sprawy: OR-03.0003.245.2019, kontakt ngo@um.krakow.pl, strona www.ngo.krakow.pl, tel. 12 616 78 13.',
    ];
    for (const text of untouched) {
      const result = repairText(text, resources);
      expect(result.edits, text.slice(0, 40)).toEqual([]);
      expect(result.text).toBe(text);
    }
  });

  it('repairs only the mangled block of a mixed document', () => {
    const clean =
      'Konwent poprowadzi Dominik Jaśkowiec, Przewodniczący Rady Miasta Krakowa, który jest również Przewodniczącym Konwentu.';
    const mangled =
      'Nowe przepisy wprowadzg dodatkowe narzedzia partycypacji, czyli szybkie i elastyczne rozmowy z osobami bezposrednio zainteresowanymi.';
    const result = repairText(`${clean}\n\n${mangled}`, resources);
    expect(result.text.startsWith(`${clean}\n\n`)).toBe(true);
    expect(result.text).toContain('wprowadzą dodatkowe narzędzia');
    expect(result.blocks).toEqual({ mangled: 1, total: 2 });
  });
});
