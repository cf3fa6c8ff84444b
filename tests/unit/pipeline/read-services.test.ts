import { describe, expect, it } from 'vitest';
import { readServices, categoryOf, isHistorical } from '../../../src/lib/pipeline/read-services.ts';
import { toyFile, toyRegistry } from './toy-city.ts';

const FILE = 'services/integration_services_prague.csv';

describe('readServices', () => {
  const services = readServices(toyFile(FILE), FILE, toyRegistry());
  it('without a geocoder, places a service no more precisely than its district', () => {
    expect(services.map((s) => [s.location.precision, s.location.reason])).toEqual([['district', 'outside_coverage'], ['district', 'no_address']]);
  });
  it('passes street, number and městská část to the geocoder and takes lat/lon from it', () => {
    const queries: unknown[] = [];
    const located = readServices(toyFile(FILE), FILE, toyRegistry(), (q) => {
      queries.push(q);
      return { location: { precision: 'address', reason: null, lat: 50.1, lon: 14.4, matched: 'Žitná 1574/51' }, district: q.district };
    });
    expect(queries[0]).toEqual({ street: 'Žitná', number: '1574/51', district: '500054' });
    expect([located[0].lat, located[0].lon]).toEqual([50.1, 14.4]);
  });
  it('reads languages as ISO codes, dropping a remark and refusing a name', () => {
    expect(readServices(toyFile(FILE).replace('cs;en;uk', 'cs;EN;bg (by weekday)'), FILE, toyRegistry())[0].languages).toEqual(['cs', 'en', 'bg']);
    expect(() => readServices(toyFile(FILE).replace('cs;en;uk', 'cs;English'), FILE, toyRegistry())).toThrow(/row 2, field languages/);
  });
  it('marks historical, unverified and only-dated entries', () => {
    expect(['historical (2014)', 'UNVERIFIED – only 2006 reports', 'as of 2014 guide', 'current (Feb 2024)', 'page undated'].map(isHistorical)).toEqual([true, true, true, false, false]);
  });
  it('maps district names to codes and keeps lat/lon null (no invented coordinates)', () => {
    expect(services.map((s) => [s.id, s.district_code, s.lat, s.lon])).toEqual([['ICP-01', '500054', null, null], ['DIS-11', '547034', null, null]]);
  });
  it('derives UI categories from type tags, in a fixed order', () => {
    expect(services[0].categories).toEqual(['integration_centre', 'counselling', 'czech_course']);
    expect(services[1].categories).toEqual(['authority']);
    expect(services[1].types).toEqual(['district_office', 'hotline']);
  });
  it('splits languages and turns empty cells into null', () => {
    expect(services[0].languages).toEqual(['cs', 'en', 'uk']);
    expect(services[1].address).toBeNull();
  });
  it('categorises tags as documented', () => {
    expect(['integration_centre_branch', 'counselling_legal', 'czech_course', 'interpreting_for_schools', 'authority_state', 'integration_coordinator', 'community_centre', 'community_hub_vietnamese', 'ngo'].map(categoryOf))
      .toEqual(['integration_centre', 'counselling', 'czech_course', 'interpreting', 'authority', 'authority', 'community', 'community', null]);
  });
  it('refuses a row with coordinates it cannot vouch for', () =>
    expect(() => readServices(toyFile(FILE).replace('Praha 1,Praha 1,address,,', 'Praha 1,Praha 1,address,50.1,'), FILE, toyRegistry())).toThrow(/row 2, field lat/));
});
