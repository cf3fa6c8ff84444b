import { describe, expect, it } from 'vitest';
import { parseGeoJson } from '../../../src/lib/pipeline/parse-geojson.ts';
import { validateDistricts } from '../../../src/lib/pipeline/validate-districts.ts';
import { readDistrictCodes } from '../../../src/lib/pipeline/read-district-codes.ts';
import { toyFile, toyRegistry } from './toy-city.ts';
import { TOY, TOY_BOUNDS } from './city.ts';

const FILE = 'boundaries/mestske_casti.geojson';
const run = (mutate: (fc: any) => void = () => {}) => {
  const fc = JSON.parse(toyFile(FILE));
  mutate(fc);
  return validateDistricts(parseGeoJson(JSON.stringify(fc), FILE, TOY_BOUNDS), toyRegistry(), FILE, TOY);
};

describe('validateDistricts', () => {
  it('reduces properties to code, name, so and mo, sorted by code', () => {
    const out = run();
    expect(out.features.map((f) => f.properties.code)).toEqual(['500054', '500089', '500119', '547034', '547042']);
    expect(out.features[3].properties).toEqual({ code: '547034', name: 'Praha 11', so: '116', mo: '43' });
  });
  it('refuses a feature whose code is not in mc_codes.csv', () => expect(() => run((fc) => (fc.features[0].properties.KOD_MC = 500000))).toThrow(/row 1, field KOD_MC: unknown district code/));
  it('refuses a registry code without a polygon', () => {
    const registry = readDistrictCodes(toyFile('stats/mc_codes.csv') + '547158,Praha-Nebušice,N,N,3106\n', 'c.csv');
    expect(() => validateDistricts(parseGeoJson(toyFile(FILE), FILE, TOY_BOUNDS), registry, FILE, TOY)).toThrow(/547158 .* has no polygon/);
  });
  it('refuses a point geometry', () => expect(() => run((fc) => (fc.features[0].geometry = { type: 'Point', coordinates: [14.41, 50.01] }))).toThrow(/row 1, field geometry: expected Polygon/));
  it('refuses a self-intersecting ring', () =>
    expect(() => run((fc) => {
      const r = fc.features[0].geometry.coordinates[0];
      [r[2], r[4]] = [r[4], r[2]];
    })).toThrow(/self-intersecting/));
});
