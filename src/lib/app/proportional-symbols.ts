// Counts (people, facilities) are drawn as circles whose AREA is proportional to the value, never
// as a choropleth: a raw count colours large districts dark whatever the rate (coverage-rule.ts).

/** Radius in px of the largest circle: about a small district's width at the city zoom. */
export const MAX_SYMBOL_RADIUS = 26;

/**
 * Circle radius for a value, scaled to `max` (the largest value of the indicator over all its
 * dates, so a circle means the same count at every date): r = maxRadius · √(value / max).
 * 0 for non-positive or non-finite values and for max ≤ 0.
 *
 * @example symbolRadius(25, 100, 20) // → 10 (a quarter of the count, a quarter of the area)
 */
export function symbolRadius(value: number, max: number, maxRadius = MAX_SYMBOL_RADIUS): number {
  if (!Number.isFinite(value) || !Number.isFinite(max) || value <= 0 || max <= 0) return 0;
  return maxRadius * Math.sqrt(Math.min(value, max) / max);
}

/** Three legend values: the maximum and two round-ish steps below it (¼ and 1/16 of the area…). */
export function symbolLegendValues(max: number): number[] {
  if (!Number.isFinite(max) || max <= 0) return [];
  const round = (x: number) => {
    const p = 10 ** Math.floor(Math.log10(x));
    return Math.round(x / p) * p;
  };
  return [...new Set([round(max), round(max / 4), round(max / 16)])].filter((v) => v > 0);
}
