// Change maps between two dates of one indicator: absolute and percent change, classed
// symmetrically around zero and coloured with a diverging, colour-blind-safe palette (ColorBrewer
// PuOr: purple = decrease, orange = increase), so the sign is read from the hue.
import { schemePuOr } from 'd3-scale-chromatic';

export const CHANGE_KINDS = ['absolute', 'percent'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/**
 * value(to) − value(from) ('absolute') or 100 · (value(to) − value(from)) / value(from) ('percent')
 * for every unit with a finite value at both dates. A unit missing at either date, or with 0 at
 * `from` for a percent change, has no entry: missing stays missing.
 */
export function changeValues(from: ReadonlyMap<string, number>, to: ReadonlyMap<string, number>, kind: ChangeKind): Map<string, number> {
  const out = new Map<string, number>();
  for (const [code, end] of to) {
    const start = from.get(code);
    if (start === undefined || !Number.isFinite(start) || !Number.isFinite(end)) continue;
    if (kind === 'absolute') out.set(code, end - start);
    else if (start !== 0) out.set(code, (100 * (end - start)) / start);
  }
  return out;
}

/** Classes per side of zero; three on each side read well on 10–57 units. */
export const CHANGE_CLASSES_PER_SIDE = 3;

/**
 * Breaks centred on zero: equal steps up to a "nice" bound at or above the largest |change|, on
 * the side(s) where values exist (a series that only grew gets only increase classes). Always
 * contains 0. Returns [] without values, [0, 0] when all are 0.
 *
 * @example changeBreaks([-40, 10, 85]) // → [-90, -60, -30, 0, 30, 60, 90]
 */
export function changeBreaks(values: Iterable<number>, perSide = CHANGE_CLASSES_PER_SIDE): number[] {
  const finite = [...values].filter(Number.isFinite);
  if (finite.length === 0) return [];
  const largest = Math.max(...finite.map(Math.abs));
  if (largest === 0) return [0, 0];
  const step = niceCeil(largest / perSide);
  const side = Array.from({ length: perSide }, (_, i) => step * (i + 1));
  const below = finite.some((v) => v < 0) ? side.map((b) => -b).reverse() : [];
  const above = finite.some((v) => v > 0) ? side : [];
  return [...below, 0, ...above];
}

/**
 * One colour per class of changeBreaks: purple shades below zero (darkest for the largest
 * decrease), orange shades above, from PuOr with the neutral middle left out.
 */
export function changeColours(breaks: readonly number[]): string[] {
  const n = breaks.length - 1;
  if (n <= 0) return [];
  const belowClasses = breaks.filter((b) => b < 0).length;
  const aboveClasses = breaks.filter((b) => b > 0).length;
  const perSide = Math.max(1, Math.min(5, Math.max(belowClasses, aboveClasses)));
  // d3's PuOr[2p+1] runs dark purple (0) … neutral (p) … dark orange (2p)
  const scheme = schemePuOr[2 * perSide + 1] as readonly string[];
  return Array.from({ length: n }, (_, i) => {
    if (breaks[i + 1] <= 0 && breaks[i] < 0) return scheme[i + (perSide - belowClasses)];
    if (breaks[i] >= 0 && breaks[i + 1] > 0) return scheme[perSide + 1 + (i - belowClasses)];
    return scheme[perSide];
  });
}

/** The smallest "round" step (1, 1.5, 2, 2.5, 3, 4, 5, 6, 8 × 10ⁿ) that is ≥ x (x > 0): legend labels stay short. */
export function niceCeil(x: number): number {
  const power = 10 ** Math.floor(Math.log10(x));
  for (const m of [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]) if (m * power >= x * (1 - 1e-12)) return m * power;
  return 10 * power;
}
