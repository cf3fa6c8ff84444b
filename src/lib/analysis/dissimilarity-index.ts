import { sumOf, type TwoGroupCount } from './unit-counts.ts';

/**
 * Index of dissimilarity D (Duncan & Duncan 1955):
 *   D = ½ · Σᵢ | gᵢ/G − oᵢ/O |
 * where gᵢ, oᵢ are the group and the others in unit i and G, O their city totals.
 * D is the share of the group (or of the others) that would have to move to another unit for both
 * to be distributed alike; 0 = identical distributions, 1 = complete separation.
 * Returns NaN when G or O is 0 (D is undefined without both groups).
 *
 * @example dissimilarityIndex([{ code: 'a', group: 10, others: 0, total: 10 },
 *                              { code: 'b', group: 0, others: 10, total: 10 }]) // → 1
 */
export function dissimilarityIndex(units: readonly TwoGroupCount[]): number {
  const groupTotal = sumOf(units, (u) => u.group);
  const othersTotal = sumOf(units, (u) => u.others);
  if (groupTotal === 0 || othersTotal === 0) return Number.NaN;
  let sum = 0;
  for (const unit of units) sum += Math.abs(unit.group / groupTotal - unit.others / othersTotal);
  return Math.min(1, sum / 2);
}
