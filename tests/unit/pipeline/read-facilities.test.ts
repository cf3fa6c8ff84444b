import { describe, expect, it } from 'vitest';
import { readFacilities } from '../../../src/lib/pipeline/read-facilities.ts';
import { toyFile, toyRegistry } from './toy-city.ts';
import { TOY_BOUNDS } from './city.ts';

const FILE = 'services/extra/osm_pois_prague_geofabrik_points_2026-02.csv';

describe('readFacilities', () => {
  const fc = readFacilities(toyFile(FILE), FILE, toyRegistry(), TOY_BOUNDS);
  it('writes trimmed FacilityProperties sorted by id, with 6-decimal lon/lat', () => {
    expect(fc.features.map((f) => f.properties)).toEqual([
      { id: 'osm:100', fclass: 'school', group: 'education', name: null, district_code: '500119' },
      { id: 'osm:200', fclass: 'library', group: 'public_service', name: 'Knihovna', district_code: '500089' },
    ]);
    expect(fc.features[1].geometry.coordinates).toEqual([14.431235, 50.031235]);
  });
  it('refuses an unknown class and a group that does not match it', () => {
    expect(() => readFacilities(toyFile(FILE).replace('library,public_service', 'bar,public_service'), FILE, toyRegistry(), TOY_BOUNDS)).toThrow(/row 2, field fclass/);
    expect(() => readFacilities(toyFile(FILE).replace('library,public_service', 'library,education'), FILE, toyRegistry(), TOY_BOUNDS)).toThrow(/row 2, field group/);
  });
});
