import { describe, expect, it } from 'vitest';
import { pickLocale } from '../../../src/i18n/pick-locale.ts';

const LOCALES = ['cs', 'en', 'uk', 'ru', 'vi'] as const;

describe('pickLocale', () => {
  it('prefers the URL over the stored choice over the browser', () => {
    expect(pickLocale(LOCALES, ['vi', 'ru', 'cs-CZ'])).toBe('vi');
    expect(pickLocale(LOCALES, [null, 'ru', 'cs-CZ'])).toBe('ru');
    expect(pickLocale(LOCALES, [null, null, 'uk-UA'])).toBe('uk');
  });
  it('skips unsupported candidates and falls back to en', () => {
    expect(pickLocale(LOCALES, ['de', 'xx', 'cs'])).toBe('cs');
    expect(pickLocale(LOCALES, ['de', null, undefined])).toBe('en');
    expect(pickLocale(LOCALES, [])).toBe('en');
  });
  it('uses only the language part of a region tag', () => {
    expect(pickLocale(LOCALES, ['vi_VN'])).toBe('vi');
    expect(pickLocale(LOCALES, ['RU-ru'])).toBe('ru');
  });
});
