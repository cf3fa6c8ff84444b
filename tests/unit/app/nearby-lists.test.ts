import { describe, expect, it } from 'vitest';
import type { FeatureCollection, Point } from 'geojson';
import { nearestFeatures } from '../../../src/lib/app/nearby-lists.ts';

const pt = (id: string, lon: number, lat: number, kind = 'a') => ({ type: 'Feature' as const, properties: { id, kind }, geometry: { type: 'Point' as const, coordinates: [lon, lat] } });
const fc: FeatureCollection<Point, { id: string; kind: string }> = {
  type: 'FeatureCollection',
  features: [pt('far', 14.5, 50.08), pt('near', 14.431, 50.08), pt('mid', 14.44, 50.08, 'b'), pt('bad', NaN, 50)],
};

describe('nearestFeatures', () => {
  it('returns the k nearest, nearest first, with straight-line metres, skipping bad positions', () => {
    const r = nearestFeatures(fc, { lon: 14.43, lat: 50.08 }, 2);
    expect(r.map((x) => x.feature.properties.id)).toEqual(['near', 'mid']);
    // 0.001° of longitude at 50.08° N ≈ 71.4 m
    expect(r[0].metres).toBeGreaterThan(70);
    expect(r[0].metres).toBeLessThan(73);
  });
  it('keeps only the features asked for', () => {
    expect(nearestFeatures(fc, { lon: 14.43, lat: 50.08 }, 5, (p) => p.kind === 'b').map((x) => x.feature.properties.id)).toEqual(['mid']);
  });
  it('is empty without data', () => {
    expect(nearestFeatures(null, { lon: 0, lat: 0 }, 3)).toEqual([]);
  });
});
