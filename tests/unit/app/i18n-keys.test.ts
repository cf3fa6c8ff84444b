import { describe, expect, it } from 'vitest';
import en from '../../../src/i18n/locales/en.json';
import cs from '../../../src/i18n/locales/cs.json';
import uk from '../../../src/i18n/locales/uk.json';
import ru from '../../../src/i18n/locales/ru.json';
import vi from '../../../src/i18n/locales/vi.json';
import { LOCALES } from '../../../src/i18n/index.ts';

type Catalogue = Record<string, string>;
const CATALOGUES: Record<string, Catalogue> = { cs, uk, ru, vi };

/**
 * Messages that may read exactly as in English: symbols, placeholders and age ranges, and the few words that are
 * the same in a language ("Licence" in Czech). Anything else identical to en.json is an untranslated string.
 */
const SAME_AS_ENGLISH: Record<string, readonly string[]> = {
  all: ['unit.percent', 'unit.ha', 'profile.ratio_to_city', 'profile.age_0_14', 'profile.age_15_64', 'profile.age_65_plus'],
  cs: ['sources.licence', 'unit.index'],
};

/** ICU argument names ({name}, {count, plural, …}), sorted and without repeats. */
const argumentsOf = (s: string) => [...new Set([...s.matchAll(/\{\s*(\w+)\s*[,}]/g)].map((m) => m[1]))].sort();

describe('message catalogues', () => {
  it('a message file is registered for every locale and every file is registered', () => {
    expect([...LOCALES].sort()).toEqual(['en', ...Object.keys(CATALOGUES)].sort());
  });

  for (const [locale, messages] of Object.entries(CATALOGUES)) {
    describe(locale, () => {
      it('has exactly the keys of en', () => {
        expect(Object.keys(messages).sort()).toEqual(Object.keys(en).sort());
      });
      it('keeps every placeholder of the en message and adds none', () => {
        for (const [key, text] of Object.entries(en as Catalogue)) {
          if (key in messages) expect(argumentsOf(messages[key]), `${locale} ${key}`).toEqual(argumentsOf(text));
        }
      });
      it('has no empty message', () => {
        const empty = Object.entries(messages).filter(([, text]) => typeof text !== 'string' || text.trim() === '');
        expect(empty.map(([key]) => key)).toEqual([]);
      });
      it('translates every message except the allowed symbols and proper names', () => {
        const allowed = new Set([...SAME_AS_ENGLISH.all, ...(SAME_AS_ENGLISH[locale] ?? [])]);
        const untranslated = Object.entries(en as Catalogue).filter(([key, text]) => messages[key] === text && !allowed.has(key));
        expect(untranslated.map(([key]) => key)).toEqual([]);
      });
    });
  }

  it('en has no empty message', () => {
    expect(Object.entries(en as Catalogue).filter(([, t]) => t.trim() === '').map(([k]) => k)).toEqual([]);
  });
});
