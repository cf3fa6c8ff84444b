import { describe, expect, it } from 'vitest';
import { nearestFacilityDistance } from '../../../src/lib/analysis/nearest-facility-distance.ts';

const centroid = { code: 'a', lon: 14.42, lat: 50.08, method: 'center_of_mass' as const };

describe('nearestFacilityDistance', () => {
  it('golden: 0.01° of latitude north is 1.112 km (6371 km × 0.01 × π/180 = 1.11195 km)', () => {
    const [result] = nearestFacilityDistance([centroid], [
      { id: 'far', lon: 14.5, lat: 50.2 },
      { id: 'near', lon: 14.42, lat: 50.09 },
    ]);
    expect(result.facilityId).toBe('near');
    expect(result.distanceKm).toBeCloseTo((6371 * 0.01 * Math.PI) / 180, 3);
  });
  it('is NaN with no facility id when the category is empty', () => {
    expect(nearestFacilityDistance([centroid], [])).toEqual([{ code: 'a', distanceKm: Number.NaN, facilityId: null }]);
  });
  it('does not mutate its input', () => {
    const facilities = [{ id: 'x', lon: 14.4, lat: 50.1 }];
    const copy = structuredClone(facilities);
    nearestFacilityDistance([centroid], facilities);
    expect(facilities).toEqual(copy);
  });
});
