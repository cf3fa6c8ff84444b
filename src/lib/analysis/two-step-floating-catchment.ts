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
  const within = facilities.map((f) =>
    located.map((unit, k) => (distance(unit.lon, unit.lat, f.lon, f.lat) <= catchmentKm ? k : -1)).filter((k) => k >= 0),
  );
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
