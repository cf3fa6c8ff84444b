import { describe, expect, it } from 'vitest';
import { languageName, languageNames } from '../../../src/lib/app/language-names.ts';

describe('languageName', () => {
  it('names a language in the UI language', () => {
    expect(languageName('uk', 'en')).toBe('Ukrainian');
    expect(languageName('uk', 'cs')).toBe('ukrajinština');
    expect(languageName('vi', 'uk')).toBe('вʼєтнамська');
  });
  it('returns the code when the runtime cannot name it', () => {
    expect(languageName('qqq', 'en')).toBe('qqq');
  });
  it('sorts named languages in the UI collation', () => {
    expect(languageNames(['vi', 'ar', 'uk'], 'en').map((l) => l.code)).toEqual(['ar', 'uk', 'vi']);
  });
});
