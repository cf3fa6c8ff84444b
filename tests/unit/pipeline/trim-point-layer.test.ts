import { describe, expect, it } from 'vitest';
import { parseGeoJson } from '../../../src/lib/pipeline/parse-geojson.ts';
import { trimPointLayer } from '../../../src/lib/pipeline/trim-point-layer.ts';
import { PRAGUE_BOUNDS } from './city.ts';

const fc = (props: object[]) =>
  JSON.stringify({ type: 'FeatureCollection', features: props.map((p) => ({ type: 'Feature', properties: p, geometry: { type: 'Point', coordinates: [14.123456789 + 0.3, 50.0] } })) });

describe('trimPointLayer', () => {
  it('keeps only the named properties (missing → null) and rounds to 6 decimals', () => {
    const out = trimPointLayer(parseGeoJson(fc([{ stop_id: 'U1', stop_name: 'A', extra: 1 }]), 'p', PRAGUE_BOUNDS), 'p', ['stop_id', 'stop_name', 'zone'], 'stop_id');
    expect(out.features[0]).toEqual({ type: 'Feature', properties: { stop_id: 'U1', stop_name: 'A', zone: null }, geometry: { type: 'Point', coordinates: [14.423457, 50] } });
  });
  it('refuses duplicate keys and markup', () => {
    expect(() => trimPointLayer(parseGeoJson(fc([{ stop_id: 'U1' }, { stop_id: 'U1' }]), 'p', PRAGUE_BOUNDS), 'p', ['stop_id'], 'stop_id')).toThrow(/row 2, field stop_id: duplicate/);
    expect(() => trimPointLayer(parseGeoJson(fc([{ stop_id: 'U1', stop_name: '<b>x</b>' }]), 'p', PRAGUE_BOUNDS), 'p', ['stop_name'], 'stop_id')).toThrow(/row 1, field stop_name: contains markup/);
  });
});
