import { describe, expect, it } from 'vitest';
import type { SearchIndex } from '../../../src/lib/contract.ts';
import { coverageParts, fold, looksLikeAddress, prepareSearch, searchPlaces } from '../../../src/lib/app/search-match.ts';

const index: SearchIndex = {
  coverage: ['500054', '500089'],
  addresses: [
    ['Žitná 1574/51, Praha 1', 14.4298, 50.0772, '500054'],
    ['Žitná 15/3, Praha 1', 14.4201, 50.0701, '500054'],
    ['Vinohradská 2828/151, Praha 2', 14.45, 50.07, '500089'],
    ['Nábřeží 15741/2, Praha 2', 14.41, 50.06, '500089'],
  ],
  units: [
    ['Praha 1', 'districts', '500054'],
    ['Praha 13', 'districts', '539694'],
  ],
  places: [
    ['Integrační centrum Praha – centrála', 'service', 'ICP-01', 14.4298, 50.0772],
    ['Základní škola Žitná', 'school', 'named:1', 14.43, 50.08],
  ],
};
const prepared = prepareSearch(index);
const labels = (q: string) => searchPlaces(prepared, q).map((h) => h.label);

describe('searchPlaces', () => {
  it('finds an address without diacritics, case-insensitively ("zitna 1574" → "Žitná 1574/51")', () => {
    expect(labels('zitna 1574')[0]).toBe('Žitná 1574/51, Praha 1');
    expect(labels('ŽITNÁ 1574')[0]).toBe('Žitná 1574/51, Praha 1');
  });
  it('matches word starts only; a number before the last word must be whole', () => {
    expect(labels('1574')).toEqual(['Žitná 1574/51, Praha 1', 'Nábřeží 15741/2, Praha 2']);
    expect(labels('1574 2')).toEqual([]);
    expect(labels('15741 2')).toEqual(['Nábřeží 15741/2, Praha 2']);
    expect(labels('itna')).toEqual([]);
  });
  it('accepts the words in any order and the orientation number', () => {
    expect(labels('51 zitna')).toContain('Žitná 1574/51, Praha 1');
  });
  it('ranks whole-word matches first', () => {
    const hits = labels('zitna 15');
    expect(hits[0]).toBe('Žitná 15/3, Praha 1');
    expect(hits).toContain('Žitná 1574/51, Praha 1');
  });
  it('groups hits: addresses, units, services, schools, at most perGroup each', () => {
    const hits = searchPlaces(prepared, 'zitna');
    expect(hits.map((h) => h.kind)).toEqual(['address', 'address', 'school']);
    expect(searchPlaces(prepared, 'zitna', 1).map((h) => h.kind)).toEqual(['address', 'school']);
  });
  it('finds district names, "Praha 13" before "Praha 1"', () => {
    const units = searchPlaces(prepared, 'praha 13').filter((h) => h.kind === 'unit');
    expect(units.map((h) => h.label)).toEqual(['Praha 13']);
    expect(searchPlaces(prepared, 'praha 1').filter((h) => h.kind === 'unit')[0].label).toBe('Praha 1');
  });
  it('returns nothing for an empty or punctuation-only query', () => {
    expect(labels('')).toEqual([]);
    expect(labels(' ,/ ')).toEqual([]);
  });
  it('keeps the coverage for the "outside coverage" message', () => {
    expect([...prepared.coverage]).toEqual(['500054', '500089']);
  });
});

describe('looksLikeAddress', () => {
  it('is true for a street with a number, false for a district name or a bare word', () => {
    expect(looksLikeAddress('Brdičkova 1878')).toBe(true);
    expect(looksLikeAddress('Praha 13')).toBe(false);
    expect(looksLikeAddress('Lužiny')).toBe(false);
  });
});

describe('fold', () => {
  it('drops diacritics and case', () => {
    expect(fold('Příliš ŽLUŤOUČKÝ kůň')).toBe('prilis zlutoucky kun');
  });
});

describe('coverageParts', () => {
  it('names the covered districts and lists the others to offer instead', () => {
    expect(coverageParts(prepared)).toEqual({ covered: ['Praha 1'], outside: [{ code: '539694', name: 'Praha 13' }] });
  });
});
