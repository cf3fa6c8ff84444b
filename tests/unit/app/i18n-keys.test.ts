import { describe, expect, it } from 'vitest';
import en from '../../../src/i18n/locales/en.json';
import cs from '../../../src/i18n/locales/cs.json';

describe('message catalogues', () => {
  it('cs has exactly the keys of en', () => {
    expect(Object.keys(cs).sort()).toEqual(Object.keys(en).sort());
  });
  it('every placeholder of an en message appears in its cs translation', () => {
    const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
    for (const [key, text] of Object.entries(en)) expect(placeholders((cs as Record<string, string>)[key]), key).toEqual(placeholders(text));
  });
});
