import { describe, expect, it } from 'vitest';
import { parseGeoJson } from '../../../src/lib/pipeline/parse-geojson.ts';
import { PRAGUE_BOUNDS } from './city.ts';

const point = (c: number[]) => ({ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: c } });
const fc = (...features: unknown[]) => JSON.stringify({ type: 'FeatureCollection', features });

describe('parseGeoJson', () => {
  it('returns WGS 84 collections as they are', () => expect(parseGeoJson(fc(point([14.4, 50.1])), 'f', PRAGUE_BOUNDS).sourceCrs).toBe('EPSG:4326'));
  it('reprojects S-JTSK', () => {
    const parsed = parseGeoJson(fc(point([-739567.3, -1037894.6])), 'f', PRAGUE_BOUNDS);
    expect(parsed.sourceCrs).toBe('EPSG:5514');
    expect((parsed.collection.features[0].geometry as { coordinates: number[] }).coordinates[0]).toBeCloseTo(14.4564, 3);
  });
  it('refuses empty, truncated and non-collection files', () => {
    expect(() => parseGeoJson('', 'f', PRAGUE_BOUNDS)).toThrow(/empty/);
    expect(() => parseGeoJson('{"type":"FeatureCollection","feat', 'f', PRAGUE_BOUNDS)).toThrow(/not valid JSON/);
    expect(() => parseGeoJson('{"type":"Feature"}', 'f', PRAGUE_BOUNDS)).toThrow(/not a GeoJSON FeatureCollection/);
    expect(() => parseGeoJson(fc(), 'f', PRAGUE_BOUNDS)).toThrow(/no features/);
  });
  it('refuses a coordinate outside the city bounds, naming the feature', () =>
    expect(() => parseGeoJson(fc(point([14.4, 50.1]), point([16.6, 49.2])), 'f', PRAGUE_BOUNDS)).toThrow(/f: row 2, field geometry: .*outside the city/));
  it('refuses S-JTSK positions that reproject outside the city bounds (Brno)', () =>
    expect(() => parseGeoJson(fc(point([-598_000, -1_160_000])), 'f', PRAGUE_BOUNDS)).toThrow(/f: row 1, field geometry: .*outside the city/));
  it('refuses non-numeric positions', () => expect(() => parseGeoJson(fc(point([14.4, 'x' as unknown as number])), 'f', PRAGUE_BOUNDS)).toThrow(/row 1, field geometry: invalid position/));
});
