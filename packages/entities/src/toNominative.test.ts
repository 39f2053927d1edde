import { describe, expect, it } from 'vitest';
import { testResources } from './testResources.ts';
import { hintFromWord, toNominative } from './toNominative.ts';

describe('toNominative', () => {
  const r = testResources();
  it.each([
    ['Dominika Jaśkowca', '', 'Dominik Jaśkowiec'],
    ['Anny Nowak', 'Pani', 'Anna Nowak'],
    ['Janowi Kowalskiemu', 'Panu', 'Jan Kowalski'],
    ['Aleksandra Miszańskiego', '', 'Aleksander Miszański'],
    ['Agnieszce Zawadzie', '', 'Agnieszka Zawada'],
    ['Pawła Stępnia', '', 'Paweł Stępień'],
    ['Marii Kowalskiej', '', 'Maria Kowalska'],
    ['Andrzejem Kuligiem', '', 'Andrzej Kulig'],
    ['Annę Nowak-Kowalską', '', 'Anna Nowak-Kowalska'],
    ['Piotra Zawady', 'Komendanta', 'Piotr Zawada'],
    ['Agnieszką Bartkowiak', 'Panią', 'Agnieszka Bartkowiak'],
  ])('%s (%s) → %s', (written, before, nominative) => {
    expect(toNominative(written, r, before ? hintFromWord(before) : {})).toBe(nominative);
  });

  it('leaves nominatives as written and title-cases capitals', () => {
    expect(toNominative('Aleksandra Nowak', r)).toBe('Aleksandra Nowak');
    expect(toNominative('Aleksander Miszański', r)).toBe('Aleksander Miszański');
    expect(toNominative('JACEK MAJCHROWSKI', r)).toBe('Jacek Majchrowski');
  });

  it('returns a name with an unknown first name unchanged', () => {
    expect(toNominative('Xqz Kowalskiego', r)).toBe('Xqz Kowalskiego');
  });
});
