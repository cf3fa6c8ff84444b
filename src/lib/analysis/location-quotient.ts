import { sumOf, type UnitCount } from './unit-counts.ts';

/**
 * Location quotient of each unit: LQᵢ = (gᵢ / pᵢ) / (G / P), the group's share in the unit divided
 * by its share in the whole set of units (the city). LQ = 1: as in the city; 2: twice the city's share.
 * NaN for units with pᵢ = 0 and for all units when G = 0 or P = 0.
 * Returns a new Map keyed by unit code; the input is not changed.
 *
 * @example locationQuotients([{ code: 'a', group: 30, population: 100 },
 *                             { code: 'b', group: 10, population: 300 }])
 *   // city share 40/400 = 0.1 → a: 0.3/0.1 = 3, b: (10/300)/0.1 = 1/3
 */
export function locationQuotients(units: readonly UnitCount[]): Map<string, number> {
  const cityShare = sumOf(units, (u) => u.group) / sumOf(units, (u) => u.population);
  const quotients = new Map<string, number>();
  for (const unit of units) {
    const valid = unit.population > 0 && Number.isFinite(cityShare) && cityShare > 0;
    quotients.set(unit.code, valid ? unit.group / unit.population / cityShare : Number.NaN);
  }
  return quotients;
}
