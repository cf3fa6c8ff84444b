import KDBush from 'kdbush';
import { around, distance } from 'geokdbush';
import type { UnitCentroid } from './unit-centroids.ts';

/** A located facility reduced to what distance measures need. */
export interface FacilityPoint {
  id: string;
  lon: number;
  lat: number;
}

export interface NearestFacility {
  code: string;
  /** Great-circle (straight-line) distance in km from the unit centroid; NaN when there is no facility. */
  distanceKm: number;
  /** id of the nearest facility, null when there is none. */
  facilityId: string | null;
}

/**
 * Great-circle distance from each unit centroid to the nearest facility, using a kd-tree
 * (kdbush + geokdbush) so the app can recompute quickly. Straight-line distance, not travel time:
 * the project has no routable network; the method page states this.
 *
 * @example nearestFacilityDistance([{ code: 'a', lon: 14.42, lat: 50.08, method: 'center_of_mass' }],
 *                                  [{ id: 'osm:1', lon: 14.42, lat: 50.09 }]) // → distanceKm ≈ 1.11
 */
export function nearestFacilityDistance(centroids: readonly UnitCentroid[], facilities: readonly FacilityPoint[]): NearestFacility[] {
  if (facilities.length === 0) return centroids.map(({ code }) => ({ code, distanceKm: Number.NaN, facilityId: null }));
  const index = new KDBush(facilities.length);
  for (const facility of facilities) index.add(facility.lon, facility.lat);
  index.finish();
  return centroids.map(({ code, lon, lat }) => {
    const [nearest] = around(index, lon, lat, 1);
    const facility = facilities[nearest];
    return { code, distanceKm: distance(lon, lat, facility.lon, facility.lat), facilityId: facility.id };
  });
}
