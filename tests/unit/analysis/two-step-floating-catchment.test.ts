import { describe, expect, it } from 'vitest';
import { twoStepFloatingCatchment } from '../../../src/lib/analysis/two-step-floating-catchment.ts';

// Two units 1 km apart on one meridian (1 km = 1/111.195° of latitude).
const kmInDegrees = 180 / (Math.PI * 6371);
const centroids = [
  { code: 'a', lon: 14.4, lat: 50, method: 'center_of_mass' as const },
  { code: 'b', lon: 14.4, lat: 50 + kmInDegrees, method: 'center_of_mass' as const },
];
const demands = [
  { code: 'a', demand: 1000 },
  { code: 'b', demand: 3000 },
];
const facilityAtA = [{ id: 'f', lon: 14.4, lat: 50 }];

describe('twoStepFloatingCatchment', () => {
  it('golden: one facility shared by 1000 + 3000 people within 2 km → 10 000/4000 = 2.5 per 10 000 for both', () => {
    const scores = twoStepFloatingCatchment(centroids, demands, facilityAtA, 2);
    expect(scores.get('a')).toBeCloseTo(2.5, 9);
    expect(scores.get('b')).toBeCloseTo(2.5, 9);
  });
  it('golden: a 0.5 km catchment serves only a: 10 000/1000 = 10, b scores 0', () => {
    const scores = twoStepFloatingCatchment(centroids, demands, facilityAtA, 0.5);
    expect(scores.get('a')).toBeCloseTo(10, 9);
    expect(scores.get('b')).toBe(0);
  });
  it('adds up facilities: two facilities at a double the score', () => {
    const scores = twoStepFloatingCatchment(centroids, demands, [...facilityAtA, { id: 'g', lon: 14.4, lat: 50 }], 2);
    expect(scores.get('a')).toBeCloseTo(5, 9);
  });
  it('skips facilities without demand and does not mutate input', () => {
    const copy = structuredClone(demands);
    const scores = twoStepFloatingCatchment(centroids, demands.map((d) => ({ ...d, demand: 0 })), facilityAtA, 2);
    expect(scores.get('a')).toBe(0);
    twoStepFloatingCatchment(centroids, demands, facilityAtA, 2);
    expect(demands).toEqual(copy);
  });
});
