import { booleanPointInPolygon } from '@turf/turf';
import type { FeatureCollection, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { unitCentroids } from '../../../src/lib/analysis/unit-centroids.ts';

const square: FeatureCollection<Polygon, { code: string }> = {
  type: 'FeatureCollection',
  features: [{ type: 'Feature', properties: { code: 'sq' }, geometry: { type: 'Polygon', coordinates: [[[14, 50], [14.02, 50], [14.02, 50.02], [14, 50.02], [14, 50]]] } }],
};
// A "U" open to the north: its area centroid lies in the empty middle, outside the polygon.
const horseshoe: FeatureCollection<Polygon, { code: string }> = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { code: 'u' },
      geometry: { type: 'Polygon', coordinates: [[[14, 50], [14.03, 50], [14.03, 50.03], [14.02, 50.03], [14.02, 50.005], [14.01, 50.005], [14.01, 50.03], [14, 50.03], [14, 50]]] },
    },
  ],
};

describe('unitCentroids', () => {
  it('golden: the centre of mass of a square is its middle', () => {
    const [c] = unitCentroids(square);
    expect(c.method).toBe('center_of_mass');
    expect(c.lon).toBeCloseTo(14.01, 9);
    expect(c.lat).toBeCloseTo(50.01, 9);
  });
  it('moves a centroid that falls outside the unit onto its surface and says so', () => {
    const [c] = unitCentroids(horseshoe);
    expect(c.method).toBe('point_on_surface');
    expect(booleanPointInPolygon([c.lon, c.lat], horseshoe.features[0])).toBe(true);
  });
  it('sorts by code and does not mutate its input', () => {
    const both: FeatureCollection<Polygon, { code: string }> = { type: 'FeatureCollection', features: [...horseshoe.features, ...square.features] };
    const copy = structuredClone(both);
    expect(unitCentroids(both).map((c) => c.code)).toEqual(['sq', 'u']);
    expect(both).toEqual(copy);
  });
});
