/**
 * Benjamini–Hochberg adjusted p-values (q-values) for a family of tests: with m finite p-values
 * sorted ascending p₍₁₎ ≤ … ≤ p₍ₘ₎, q₍ᵢ₎ = min over k ≥ i of min(1, m · p₍ₖ₎ / k). Rejecting every
 * test with q ≤ α keeps the expected share of false discoveries among the rejections at most α
 * (Benjamini & Hochberg 1995), for independent or positively dependent tests. Non-finite p-values
 * (units without neighbours) are not part of the family and stay NaN. Returns a new array in input order.
 *
 * @example benjaminiHochberg([0.01, 0.04, 0.03, 0.2]) // → [0.04, 0.0533…, 0.0533…, 0.2]
 */
export function benjaminiHochberg(pValues: readonly number[]): number[] {
  const order = pValues
    .map((p, index) => ({ p, index }))
    .filter(({ p }) => Number.isFinite(p))
    .sort((a, b) => a.p - b.p || a.index - b.index);
  const m = order.length;
  const adjusted = pValues.map(() => Number.NaN);
  let running = 1;
  for (let rank = m; rank >= 1; rank--) {
    const { p, index } = order[rank - 1];
    running = Math.min(running, (m * p) / rank);
    adjusted[index] = Math.min(1, running);
  }
  return adjusted;
}
