import { describe, expect, it } from 'vitest';
import { parseGeoJson } from '../../../src/lib/pipeline/parse-geojson.ts';

const point = (c: number[]) => ({ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: c } });
const fc = (...features: unknown[]) => JSON.stringify({ type: 'FeatureCollection', features });

describe('parseGeoJson', () => {
  it('returns WGS 84 collections as they are', () => expect(parseGeoJson(fc(point([14.4, 50.1])), 'f').sourceCrs).toBe('EPSG:4326'));
  it('reprojects S-JTSK', () => {
    const parsed = parseGeoJson(fc(point([-739567.3, -1037894.6])), 'f');
    expect(parsed.sourceCrs).toBe('EPSG:5514');
    expect((parsed.collection.features[0].geometry as { coordinates: number[] }).coordinates[0]).toBeCloseTo(14.4564, 3);
  });
  it('refuses empty, truncated and non-collection files', () => {
    expect(() => parseGeoJson('', 'f')).toThrow(/empty/);
    expect(() => parseGeoJson('{"type":"FeatureCollection","feat', 'f')).toThrow(/not valid JSON/);
    expect(() => parseGeoJson('{"type":"Feature"}', 'f')).toThrow(/not a GeoJSON FeatureCollection/);
    expect(() => parseGeoJson(fc(), 'f')).toThrow(/no features/);
  });
  it('refuses a coordinate outside Prague, naming the feature', () =>
    expect(() => parseGeoJson(fc(point([14.4, 50.1]), point([16.6, 49.2])), 'f')).toThrow(/f: row 2, field geometry: .*outside Prague/));
  it('refuses non-numeric positions', () => expect(() => parseGeoJson(fc(point([14.4, 'x' as unknown as number])), 'f')).toThrow(/row 1, field geometry: invalid position/));
});
