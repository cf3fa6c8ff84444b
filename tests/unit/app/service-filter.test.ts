import { describe, expect, it } from 'vitest';
import type { ServiceRecord } from '../../../src/lib/contract.ts';
import { matchesFilter, namedLanguages, nearestServices, NO_FILTER, servedLanguages } from '../../../src/lib/app/service-filter.ts';

function service(id: string, over: Partial<ServiceRecord>): ServiceRecord {
  return {
    id, name: id, organisation: 'Org', categories: ['counselling'], types: [], services: '', address: null, district_code: '500054',
    languages: [], contact: null, opening_hours: null, status: 'current', historical: false, as_of: '2024-01', source_url: 'https://example.org',
    source_url_2: null, lat: null, lon: null, location: { precision: 'district', reason: 'no_address', lat: null, lon: null, matched: null }, ...over,
  };
}
const at = (lon: number, lat: number, precision: 'address' | 'street' = 'address') => ({ lon, lat, location: { precision, reason: null, lat, lon, matched: null } });

const near = service('near', { ...at(14.43, 50.08), categories: ['czech_course'], languages: ['uk', 'cs'] });
const far = service('far', { ...at(14.5, 50.08), categories: ['counselling'], languages: ['vi'] });
const old = service('old', { ...at(14.4301, 50.0801), historical: true, languages: ['uk'] });
const inDistrict = service('district', { languages: ['uk'] });
const all = [far, old, inDistrict, near];

describe('nearestServices', () => {
  it('sorts located services by straight-line distance and leaves historical ones out by default', () => {
    const r = nearestServices(all, { lon: 14.43, lat: 50.08 }, NO_FILTER);
    expect(r.nearest.map((d) => d.service.id)).toEqual(['near', 'far']);
    expect(r.nearest[0].metres).toBeCloseTo(0, 3);
    // 0.07° of longitude at 50.08° N ≈ 5.0 km
    expect(r.nearest[1].metres).toBeGreaterThan(4900);
    expect(r.nearest[1].metres).toBeLessThan(5100);
  });
  it('includes historical entries when asked', () => {
    const r = nearestServices(all, { lon: 14.43, lat: 50.08 }, { ...NO_FILTER, includeHistorical: true });
    expect(r.nearest.map((d) => d.service.id)).toEqual(['near', 'old', 'far']);
  });
  it('never gives a distance to a service without a position: it is listed as unplaced', () => {
    const r = nearestServices(all, { lon: 14.43, lat: 50.08 }, NO_FILTER);
    expect(r.unplaced.map((s) => s.id)).toEqual(['district']);
  });
  it('filters by type and by language served', () => {
    expect(nearestServices(all, { lon: 14.43, lat: 50.08 }, { ...NO_FILTER, categories: ['counselling'] }).nearest.map((d) => d.service.id)).toEqual(['far']);
    const uk = nearestServices(all, { lon: 14.43, lat: 50.08 }, { ...NO_FILTER, language: 'uk' });
    expect(uk.nearest.map((d) => d.service.id)).toEqual(['near']);
    expect(uk.unplaced.map((s) => s.id)).toEqual(['district']);
  });
  it('honours the limit', () => {
    expect(nearestServices(all, { lon: 14.43, lat: 50.08 }, NO_FILTER, 1).nearest).toHaveLength(1);
  });
});

describe('matchesFilter', () => {
  it('does not count "languages not stated" as serving a language', () => {
    expect(matchesFilter(service('x', {}), { ...NO_FILTER, language: 'uk' })).toBe(false);
    expect(matchesFilter(service('x', {}), NO_FILTER)).toBe(true);
  });
});

describe('servedLanguages', () => {
  it('lists each language once, the most served first', () => {
    expect(servedLanguages(all)).toEqual(['uk', 'cs', 'vi']);
  });
});

describe('namedLanguages', () => {
  it('names languages in the UI language and sorts them by that name', () => {
    expect(namedLanguages(['vi', 'ar', 'uk'], 'en')).toEqual([
      { code: 'ar', name: 'Arabic' },
      { code: 'uk', name: 'Ukrainian' },
      { code: 'vi', name: 'Vietnamese' },
    ]);
    expect(namedLanguages(['uk'], 'cs')[0].name).toBe('ukrajinština');
  });
});
