import { describe, expect, it } from 'vitest';
import { distance } from 'geokdbush';
import { twoStepFloatingCatchment } from '../../../src/lib/analysis/two-step-floating-catchment.ts';
import { seededRandom } from '../../../src/lib/analysis/seeded-random.ts';

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
  it('reuses only the catchments: the same arrays with another demand or catchment give that one\'s scores', () => {
    expect(twoStepFloatingCatchment(centroids, demands, facilityAtA, 2).get('a')).toBeCloseTo(2.5, 9);
    expect(twoStepFloatingCatchment(centroids, [{ code: 'a', demand: 1000 }, { code: 'b', demand: 1000 }], facilityAtA, 2).get('a')).toBeCloseTo(5, 9);
    expect(twoStepFloatingCatchment(centroids, demands, facilityAtA, 0.5).get('b')).toBe(0);
    expect(twoStepFloatingCatchment(centroids, demands, facilityAtA, 2).get('b')).toBeCloseTo(2.5, 9);
  });
  it('the kd-tree gives the scores of the all-pairs definition, also for units right at the catchment edge', () => {
    const random = seededRandom(3);
    const units = Array.from({ length: 400 }, (_, i) => ({ code: `u${i}`, lon: 14.2 + 0.5 * random(), lat: 49.9 + 0.3 * random(), method: 'center_of_mass' as const }));
    const demand = units.map((u, i) => ({ code: u.code, demand: (i * 37) % 500 }));
    const points = Array.from({ length: 60 }, (_, i) => ({ id: `f${i}`, lon: 14.2 + 0.5 * random(), lat: 49.9 + 0.3 * random() }));
    // a facility exactly catchment_km from a unit, due east (the box must not cut it off)
    const edge = { id: 'edge', lon: units[0].lon, lat: units[0].lat };
    edge.lon += 3 / (111.195 * Math.cos((units[0].lat * Math.PI) / 180));
    const catchmentKm = distance(units[0].lon, units[0].lat, edge.lon, edge.lat);
    const facilities = [...points, edge];
    const within = facilities.map((f) => units.flatMap((u, k) => (distance(u.lon, u.lat, f.lon, f.lat) <= catchmentKm ? [k] : [])));
    const ratios = within.map((ks) => {
      const total = ks.reduce((sum, k) => sum + demand[k].demand, 0);
      return total > 0 ? 1 / total : 0;
    });
    const expected = units.map((_, k) => 10_000 * within.reduce((sum, ks, j) => (ks.includes(k) ? sum + ratios[j] : sum), 0));
    const scores = twoStepFloatingCatchment(units, demand, facilities, catchmentKm);
    expect(units.map((u) => scores.get(u.code))).toEqual(expected);
    expect(within[within.length - 1]).toContain(0);
  });
});
