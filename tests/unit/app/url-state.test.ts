import { describe, expect, it } from 'vitest';
import { decodeUrlState, encodeUrlState, DEFAULT_STATE, type UrlState } from '../../../src/lib/app/url-state.ts';

describe('url state', () => {
  it('round-trips a full state', () => {
    const state: UrlState = {
      indicator: 'ua_temporary_protection_per_1000',
      date: '2026-07-21',
      level: 'spravni_obvody',
      classification: 'natural_breaks',
      selected: '116',
      layers: ['facilities', 'metro'],
      view: { lon: 14.42, lat: 50.087, zoom: 12.5 },
      tab: 'table',
      lang: 'uk',
    };
    expect(decodeUrlState(encodeUrlState(state))).toEqual(state);
  });

  it('round-trips the interface language as lang=xx and leaves it out when unset', () => {
    for (const lang of ['cs', 'en', 'uk', 'ru', 'vi']) {
      const qs = encodeUrlState({ ...DEFAULT_STATE, lang });
      expect(qs).toBe(`lang=${lang}`);
      expect(decodeUrlState(`?${qs}`).lang).toBe(lang);
    }
    expect(encodeUrlState({ ...DEFAULT_STATE, lang: null })).toBe('');
    const { lang: _omitted, ...withoutLang } = DEFAULT_STATE;
    expect(encodeUrlState(withoutLang)).toBe('');
  });

  it('accepts only a two-letter language code, case-insensitively', () => {
    expect(decodeUrlState('?lang=VI').lang).toBe('vi');
    expect(decodeUrlState('?lang=<b>').lang).toBeNull();
    expect(decodeUrlState('?lang=ukr').lang).toBeNull();
    expect(decodeUrlState('?lang=').lang).toBeNull();
  });

  it('encodes the default state as an empty string and decodes it back', () => {
    expect(encodeUrlState(DEFAULT_STATE)).toBe('');
    expect(decodeUrlState('')).toEqual(DEFAULT_STATE);
  });

  it('falls back to defaults for unknown or malformed values', () => {
    const s = decodeUrlState('?l=planets&c=magic&p=services,bogus&v=1/2&d=yesterday&i=<script>&t=x');
    expect(s.level).toBe('districts');
    expect(s.classification).toBe('quantile');
    expect(s.layers).toEqual(['services']);
    expect(s.view).toBeNull();
    expect(s.date).toBeNull();
    expect(s.indicator).toBeNull();
    expect(s.tab).toBe('profile');
  });
});
