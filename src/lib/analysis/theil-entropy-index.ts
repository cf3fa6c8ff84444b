import { sumOf, type TwoGroupCount } from './unit-counts.ts';

/** Two-group entropy E = −Σ p·ln p with 0·ln 0 = 0 (natural log; H does not depend on the base). */
export function twoGroupEntropy(groupShare: number): number {
  const term = (p: number) => (p > 0 ? -p * Math.log(p) : 0);
  return term(groupShare) + term(1 - groupShare);
}

/**
 * Theil's entropy index H (information theory index, Theil & Finizza 1971; White 1986):
 *   H = Σᵢ tᵢ·(E − Eᵢ) / (T·E)
 * where E is the city's two-group entropy and Eᵢ the unit's. H is the relative loss of diversity
 * when moving from the city to its units: 0 = every unit as mixed as the city, 1 = each unit holds
 * one group only. Returns NaN when the city holds only one group (E = 0).
 *
 * @example theilEntropyIndex([{ code: 'a', group: 10, others: 0, total: 10 },
 *                             { code: 'b', group: 0, others: 10, total: 10 }]) // → 1
 */
export function theilEntropyIndex(units: readonly TwoGroupCount[]): number {
  const total = sumOf(units, (u) => u.total);
  if (total === 0) return Number.NaN;
  const cityEntropy = twoGroupEntropy(sumOf(units, (u) => u.group) / total);
  if (cityEntropy === 0) return Number.NaN;
  let weightedLoss = 0;
  for (const unit of units) {
    if (unit.total === 0) continue;
    weightedLoss += unit.total * (cityEntropy - twoGroupEntropy(unit.group / unit.total));
  }
  // Floating-point rounding can push an exact 0 or 1 a hair outside the range.
  return Math.min(1, Math.max(0, weightedLoss / (total * cityEntropy)));
}
