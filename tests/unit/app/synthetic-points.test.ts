import { describe, expect, it } from 'vitest';
import { syntheticPositions } from '../../../src/lib/app/synthetic-points.ts';

const BBOX = [14.22, 49.94, 14.71, 50.18] as const;

describe('syntheticPositions', () => {
  it('returns n lon/lat pairs inside the bbox', () => {
    const p = syntheticPositions(1000, BBOX, 3);
    expect(p.length).toBe(2000);
    for (let i = 0; i < p.length; i += 2) {
      expect(p[i]).toBeGreaterThanOrEqual(14.22 - 1e-5);
      expect(p[i]).toBeLessThanOrEqual(14.71 + 1e-5);
      expect(p[i + 1]).toBeGreaterThanOrEqual(49.94 - 1e-5);
      expect(p[i + 1]).toBeLessThanOrEqual(50.18 + 1e-5);
    }
  });
  it('gives the same points for the same seed and other points for another seed', () => {
    expect(syntheticPositions(50, BBOX, 7)).toEqual(syntheticPositions(50, BBOX, 7));
    expect(syntheticPositions(50, BBOX, 8)).not.toEqual(syntheticPositions(50, BBOX, 7));
  });
});
