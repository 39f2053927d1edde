import { describe, expect, it } from 'vitest';
import { normalizeText } from './normalizeText.ts';

describe('normalizeText', () => {
  it('composes diacritics, splits ligatures, unifies line ends and drops soft hyphens and controls', () => {
    const decomposed = 'Sa\u0328d, Zak\u0142ad \ufb01nanse\u00ad\r\nkoniec\u0007';
    expect(normalizeText(decomposed)).toBe('Sąd, Zakład finanse\nkoniec');
  });
  it('keeps quotes, dashes and layout', () => {
    const text = '„Mobilna Apteczka” – projekt\n\n  wcięcie';
    expect(normalizeText(text)).toBe(text);
  });
});
