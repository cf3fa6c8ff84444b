import { describe, expect, it } from 'vitest';
import { feature } from 'topojson-client';
import { parseGeoJson } from '../../../src/lib/pipeline/parse-geojson.ts';
import { buildBasemap } from '../../../src/lib/pipeline/build-basemap.ts';
import { PRAGUE_BOUNDS } from './city.ts';

const fc = (features: object[]) => ({ parsed: parseGeoJson(JSON.stringify({ type: 'FeatureCollection', features }), 'f', PRAGUE_BOUNDS), file: 'f' });
const line = (properties: object) => ({ type: 'Feature', properties, geometry: { type: 'LineString', coordinates: [[14.4, 50.05], [14.41, 50.06], [14.42, 50.05]] } });
const square = (d: number) => ({ type: 'Feature', properties: { name: 'x' }, geometry: { type: 'Polygon', coordinates: [[[14.4, 50], [14.4 + d, 50], [14.4 + d, 50 + d], [14.4, 50 + d], [14.4, 50]]] } });
const point = (properties: object) => ({ type: 'Feature', properties, geometry: { type: 'Point', coordinates: [14.43, 50.07] } });

describe('buildBasemap', () => {
  const topo = buildBasemap({
    water: fc([square(0.01), square(0.0001)]),
    metroWays: fc([line({ name: 'Metro A' }), line({ name: 'Metro C', service: 'siding' }), line({})]),
    tramWays: fc([line({}), line({ service: 'yard' })]),
    metroStations: fc([point({ railway: 'station', name: 'Muzeum' }), point({ railway: 'subway_entrance' }), point({ railway: 'proposed' })]),
    latitude: 50.08,
  });
  const count = (name: string) => (feature(topo, topo.objects[name]) as any).features.length;
  it('keeps only water bodies above the minimum area', () => expect(count('water')).toBe(1));
  it('keeps only Metro A/B/C ways without a service tag, labelled by line', () => {
    expect(count('metro_lines')).toBe(1);
    expect((topo.objects.metro_lines as any).geometries[0].properties).toEqual({ line: 'A' });
  });
  it('keeps only tram ways without a service tag', () => expect(count('tram_lines')).toBe(1));
  it('keeps only railway=station points', () => {
    const stations = feature(topo, topo.objects.metro_stations) as any;
    expect(stations.features.map((f: any) => f.properties.name)).toEqual(['Muzeum']);
    expect(stations.features[0].geometry.coordinates[0]).toBeCloseTo(14.43, 3);
  });
});
