import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Language } from '@skryba/schema';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DOCUMENT_MODEL_PATH, loadDocumentClassifier } from './createDocumentClassifier.ts';
import { createLanguageDetector } from './createLanguageDetector.ts';
import { rulesFingerprint } from './documentTypeRules.ts';

const SEEDS = fileURLToPath(new URL('../../../fixtures/seeds', import.meta.url));
const SEED_NAMES = [
  '000_cd7d5d2b610712f1',
  '001_e8bd44b07124655c',
  '002_030b25acebc912d6',
  '003_b45d6cf69d2708ee',
  '004_10b2ab1836c4a002',
];
const POLISH: Language = { code: 'pol', confidence: 1, blocks: [] };
const { classify, version } = loadDocumentClassifier();
const detect = createLanguageDetector();
const seedText = (name: string) => readFileSync(`${SEEDS}/${name}.txt`, 'utf8');
const goldLabel = (name: string) => JSON.parse(readFileSync(`${SEEDS}/gold/${name}.json`, 'utf8')).doc_type;

describe('loadDocumentClassifier', () => {
  it.each(SEED_NAMES)('labels seed %s as its gold record says', (name) => {
    const text = seedText(name);
    const type = classify(text, detect(text));
    expect(type.label).toBe(goldLabel(name));
    expect(type.confidence).toBeGreaterThan(0.5);
    expect(type.confidence).toBeLessThanOrEqual(1);
    expect(type.evidence.some((e) => e.label === type.label)).toBe(true);
  });

  it('still calls the mangled seed 002 a consultation, as it does its repaired text', () => {
    const mangled = seedText('002_030b25acebc912d6');
    expect(mangled).toContain('spoteczne');
    const type = classify(mangled, POLISH);
    expect(type.label).toBe('consultation');
    // The rule matched through the OCR damage, and says so with the mangled words.
    expect(type.evidence.some((e) => e.source === 'rule' && /konsultacj\S* spoteczn/i.test(e.text))).toBe(
      true,
    );
    const repaired = readFileSync(`${SEEDS}/gold/002_030b25acebc912d6.repaired.txt`, 'utf8');
    expect(classify(repaired, POLISH).label).toBe('consultation');
  });

  it('gives rule evidence whose offsets point at the phrase', () => {
    for (const name of SEED_NAMES) {
      const text = seedText(name);
      const rules = classify(text, POLISH).evidence.filter((e) => e.source === 'rule');
      expect(rules.length).toBeGreaterThan(0);
      for (const e of rules) expect(text.slice(e.start, e.end)).toBe(e.text);
    }
    const letter = seedText('004_10b2ab1836c4a002');
    const answer = classify(letter, POLISH).evidence.find((e) => e.text === 'W odpowiedzi na');
    expect(answer?.label).toBe('letter');
    expect(answer?.start).toBe(letter.indexOf('W odpowiedzi na'));
  });

  it('reads the kind of document from its heading, mangled or not', () => {
    const act =
      'UCHWATA NR XII/123/2024\nRADY MIASTA KRAKOWA\nz dnia 5 marca 2024 r.\n\nw sprawie nadania nazwy ulicy\n\n§ 1. Nadaje sie nazwe.\n§ 2. Uchwata wchodzi w zycie po uptywie 14 dni.';
    expect(classify(act, POLISH).label).toBe('legal_act');
    const invitation =
      'ZAPROSZENIE\n\nSerdecznie zapraszamy na piknik rodzinny w parku miejskim. Wstęp wolny.';
    expect(classify(invitation, POLISH).label).toBe('invitation');
    const notice =
      'KOMUNIKAT\n\nW dniu 12 maja nastąpi przerwa w dostawie wody przy ulicach Długiej i Krótkiej.';
    expect(classify(notice, POLISH).label).toBe('announcement');
    const job =
      'Burmistrz Miasta ogłasza nabór na wolne stanowisko urzędnicze w Wydziale Finansów.\n\nWymagania niezbędne: wykształcenie wyższe.';
    expect(classify(job, POLISH).label).toBe('other');
  });

  it('caps its confidence when the text is not Polish', () => {
    const text = seedText('004_10b2ab1836c4a002');
    const english: Language = { code: 'eng', confidence: 0.99, blocks: [] };
    expect(classify(text, english).confidence).toBeLessThanOrEqual(0.5);
    expect(classify(text, POLISH).confidence).toBeGreaterThan(0.5);
  });

  it('was trained with the rules in the code (retrain after changing a rule)', () => {
    const model = JSON.parse(readFileSync(DEFAULT_DOCUMENT_MODEL_PATH, 'utf8'));
    expect(model.rules).toBe(rulesFingerprint());
  });

  it('is deterministic and versioned', () => {
    const text = seedText('001_e8bd44b07124655c');
    expect(classify(text, POLISH)).toEqual(loadDocumentClassifier().classify(text, POLISH));
    expect(version).toMatch(/^type-[0-9a-f]{8}$/);
  });

  it('loads natural without dotenv (nothing read from ./.env, nothing printed)', () => {
    const cache = createRequire(import.meta.url).cache;
    expect(Object.keys(cache).some((path) => path.includes('natural'))).toBe(true);
    expect(Object.keys(cache).filter((path) => /[/\\]dotenv[/\\]/.test(path))).toEqual([]);
  });
});
