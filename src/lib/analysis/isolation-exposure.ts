import { sumOf, type TwoGroupCount } from './unit-counts.ts';

export interface IsolationExposure {
  /** Isolation xPx = Σᵢ (gᵢ/G)·(gᵢ/tᵢ): the group share in the unit of the average group member. */
  isolation: number;
  /** Exposure xPy = Σᵢ (gᵢ/G)·(oᵢ/tᵢ): the share of others in the unit of the average group member. */
  exposure: number;
}

/**
 * Isolation (xPx) and exposure (xPy) indices of Bell (1954) / Lieberson (1981) for a two-group
 * split; xPx + xPy = 1. Units with tᵢ = 0 hold no group member and contribute nothing.
 * Both are NaN when the group total G is 0.
 *
 * @example isolationExposure([{ code: 'a', group: 5, others: 5, total: 10 },
 *                             { code: 'b', group: 0, others: 10, total: 10 }])
 *   // → { isolation: 0.5, exposure: 0.5 }
 */
export function isolationExposure(units: readonly TwoGroupCount[]): IsolationExposure {
  const groupTotal = sumOf(units, (u) => u.group);
  if (groupTotal === 0) return { isolation: Number.NaN, exposure: Number.NaN };
  let isolation = 0;
  let exposure = 0;
  for (const unit of units) {
    if (unit.total === 0) continue;
    const weight = unit.group / groupTotal;
    isolation += weight * (unit.group / unit.total);
    exposure += weight * (unit.others / unit.total);
  }
  return { isolation, exposure };
}
