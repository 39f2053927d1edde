import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createLanguageDetector } from './createLanguageDetector.ts';

const SEEDS = fileURLToPath(new URL('../../../fixtures/seeds', import.meta.url));
const detect = createLanguageDetector();

const POLISH =
  'Zarząd Dróg Miejskich informuje, że w związku z remontem nawierzchni ulicy Długiej od poniedziałku ' +
  'zmieni się organizacja ruchu. Autobusy linii 124 i 152 pojadą objazdem przez ulice Krótką i Polną.';
const ENGLISH =
  'The city council invites residents to a public meeting about the new cycling routes. The meeting ' +
  'will take place on Thursday evening in the main hall of the town library, and everyone is welcome.';
const GERMAN =
  'Die Stadtverwaltung lädt alle Bürgerinnen und Bürger herzlich zu einer Informationsveranstaltung ' +
  'über die neuen Radwege ein. Die Veranstaltung findet am Donnerstagabend im großen Saal der Bibliothek statt.';
const CZECH =
  'Městský úřad zve všechny občany na veřejné projednání návrhu nových cyklistických tras. Setkání se ' +
  'uskuteční ve čtvrtek večer ve velkém sále městské knihovny a vstup je volný pro každého.';

describe('createLanguageDetector', () => {
  it.each([
    ['pol', POLISH],
    ['eng', ENGLISH],
    ['deu', GERMAN],
    ['ces', CZECH],
  ])('detects a %s paragraph with high confidence', (code, text) => {
    const language = detect(text);
    expect(language.code).toBe(code);
    expect(language.confidence).toBeGreaterThan(0.9);
    expect(language.blocks).toHaveLength(1);
    expect(language.blocks[0]!.code).toBe(code);
  });

  it('finds the blocks of a mixed document and points at them', () => {
    const text = `${POLISH}\n\n${POLISH}\n\n${ENGLISH}\n\n${POLISH}\n\n${GERMAN}\n`;
    const language = detect(text);
    expect(language.code).toBe('pol');
    expect(language.blocks.map((b) => b.code)).toEqual(['pol', 'eng', 'pol', 'deu']);
    const english = language.blocks[1]!;
    expect(text.slice(english.start, english.end)).toBe(ENGLISH);
    expect(text.slice(language.blocks[3]!.start, language.blocks[3]!.end)).toBe(GERMAN);
    // Three fifths of the text is Polish: the document's confidence says so rather than ≈ 1.
    expect(language.confidence).toBeGreaterThan(0.45);
    expect(language.confidence).toBeLessThan(0.75);
  });

  it('calls text too short to tell und, with confidence 0', () => {
    for (const text of ['', '   ', 'Tak.', '12.03.2024 r.', 'ul. Długa 5']) {
      const language = detect(text);
      expect(language.code).toBe('und');
      expect(language.confidence).toBe(0);
    }
  });

  it('keeps wrong-model OCR of Polish (seed 002) Polish', () => {
    const mangled = readFileSync(`${SEEDS}/002_030b25acebc912d6.txt`, 'utf8');
    expect(mangled).toContain('spoteczne');
    const language = detect(mangled);
    expect(language.code).toBe('pol');
    expect(language.confidence).toBeGreaterThan(0.9);
    expect(
      detect('Dotacz do konsultacji spotecznych , Jak rozwija¢ konsultacje spoteczne w Krakéw?').code,
    ).toBe('pol');
  });

  it('reads every seed as Polish', () => {
    for (const name of [
      '000_cd7d5d2b610712f1',
      '001_e8bd44b07124655c',
      '003_b45d6cf69d2708ee',
      '004_10b2ab1836c4a002',
    ]) {
      expect(detect(readFileSync(`${SEEDS}/${name}.txt`, 'utf8')).code).toBe('pol');
    }
  });

  it('gives confidences in [0, 1], higher for a long clean block than for a snippet', () => {
    const snippet = detect('Autobusy pojadą objazdem');
    const long = detect(`${POLISH} ${POLISH}`);
    for (const l of [snippet, long]) {
      expect(l.confidence).toBeGreaterThanOrEqual(0);
      expect(l.confidence).toBeLessThanOrEqual(1);
    }
    expect(long.confidence).toBeGreaterThan(snippet.confidence);
    const czechSnippet = detect('Setkání se uskuteční ve čtvrtek');
    expect(detect(CZECH).confidence).toBeGreaterThan(czechSnippet.confidence);
  });

  it('is deterministic', () => {
    const text = `${POLISH}\n\n${ENGLISH}`;
    expect(detect(text)).toEqual(createLanguageDetector()(text));
  });
});
