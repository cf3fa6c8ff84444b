import { describe, expect, it } from 'vitest';
import { readServices, categoryOf } from '../../../src/lib/pipeline/read-services.ts';
import { toyFile, toyRegistry } from './toy-city.ts';

const FILE = 'services/integration_services_prague.csv';

describe('readServices', () => {
  const services = readServices(toyFile(FILE), FILE, toyRegistry());
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
    expect(['integration_centre_branch', 'counselling_legal', 'czech_course', 'authority_state', 'integration_coordinator', 'community_centre', 'ngo'].map(categoryOf))
      .toEqual(['integration_centre', 'counselling', 'czech_course', 'authority', 'authority', 'community', null]);
  });
  it('refuses a row with coordinates it cannot vouch for', () =>
    expect(() => readServices(toyFile(FILE).replace('Praha 1,Praha 1,address,,', 'Praha 1,Praha 1,address,50.1,'), FILE, toyRegistry())).toThrow(/row 2, field lat/));
});
