import KDBush from 'kdbush';
import { distance } from 'geokdbush';
import type { FacilityPoint } from './nearest-facility-distance.ts';
import type { UnitCentroid } from './unit-centroids.ts';

export interface CatchmentDemand {
  code: string;
  /** Demand located at the unit centroid: persons of the group. */
  demand: number;
}

/**
 * Two-step floating catchment area (Luo & Wang 2003), every facility of capacity 1, binary catchment:
 *   step 1, for each facility j:  Rⱼ = 1 / Σ_{k: dₖⱼ ≤ d₀} Pₖ
 *   step 2, for each unit i:      Aᵢ = Σ_{j: dᵢⱼ ≤ d₀} Rⱼ
 * reported as facilities per 10 000 persons of the group: 10 000 · Aᵢ. A facility without any demand
 * in its catchment gives no ratio and is skipped. Units with no facility within d₀ score 0.
 * Returns a Map keyed by code.
 *
 * @example two units 1 km apart with demands 1000 and 3000, one facility at the first unit, d₀ = 2 km:
 *   R = 1/4000; both units score 10 000/4000 = 2.5 per 10 000.
 */
export function twoStepFloatingCatchment(
  centroids: readonly UnitCentroid[],
  demands: readonly CatchmentDemand[],
  facilities: readonly FacilityPoint[],
  catchmentKm: number,
): Map<string, number> {
  const demandByCode = new Map(demands.map((d) => [d.code, d.demand]));
  const located = centroids.map((c) => ({ ...c, demand: demandByCode.get(c.code) ?? 0 }));
  const within = catchmentsOf(centroids, facilities, catchmentKm);
  const ratios = within.map((units) => {
    const demand = units.reduce((sum, k) => sum + located[k].demand, 0);
    return demand > 0 ? 1 / demand : 0;
  });
  const scores = located.map(() => 0);
  within.forEach((units, j) => {
    for (const k of units) scores[k] += ratios[j];
  });
  return new Map(located.map((unit, k) => [unit.code, 10_000 * scores[k]]));
}

/**
 * Catchment sets by centroid and facility list: they do not depend on the demand, and a level's
 * every group and date passes the same two arrays (at 10,000 units the search was repeated for each).
 * Held weakly, so a level's sets go with its arrays.
 */
const catchmentCache = new WeakMap<readonly UnitCentroid[], WeakMap<readonly FacilityPoint[], Map<number, number[][]>>>();

function catchmentsOf(centroids: readonly UnitCentroid[], facilities: readonly FacilityPoint[], catchmentKm: number): number[][] {
  let byFacilities = catchmentCache.get(centroids);
  if (byFacilities === undefined) catchmentCache.set(centroids, (byFacilities = new WeakMap()));
  let byKm = byFacilities.get(facilities);
  if (byKm === undefined) byFacilities.set(facilities, (byKm = new Map()));
  let within = byKm.get(catchmentKm);
  if (within === undefined) byKm.set(catchmentKm, (within = unitsWithinCatchment(centroids, facilities, catchmentKm)));
  return within;
}

/** Earth radius of geokdbush's distance(): a catchment of d km spans d / KM_PER_DEGREE degrees of latitude. */
const KM_PER_DEGREE = (6371 * Math.PI) / 180;

/**
 * For each facility, the indices of the units whose centroid lies within catchmentKm (great-circle,
 * geokdbush), ascending. A kd-tree gives the candidates in a lon/lat box around the facility that
 * contains the whole circle (with a margin); the exact distance test is the one the all-pairs loop
 * used, so the sets are identical, in O(facilities · log units + pairs) instead of O(facilities · units).
 */
function unitsWithinCatchment(units: readonly { lon: number; lat: number }[], facilities: readonly FacilityPoint[], catchmentKm: number): number[][] {
  if (units.length === 0) return facilities.map(() => []);
  const index = new KDBush(units.length);
  for (const unit of units) index.add(unit.lon, unit.lat);
  index.finish();
  const dLat = (1.01 * catchmentKm) / KM_PER_DEGREE;
  return facilities.map((f) => {
    const cos = Math.cos((Math.min(89, Math.abs(f.lat) + dLat) * Math.PI) / 180);
    const dLon = Math.min(180, dLat / cos);
    return index
      .range(f.lon - dLon, f.lat - dLat, f.lon + dLon, f.lat + dLat)
      .filter((k) => distance(units[k].lon, units[k].lat, f.lon, f.lat) <= catchmentKm)
      .sort((a, b) => a - b);
  });
}
