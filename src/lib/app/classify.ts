import { ckmeans, quantileSorted } from 'simple-statistics';

export const CLASSIFICATIONS = ['quantile', 'natural_breaks', 'equal_interval'] as const;
export type Classification = (typeof CLASSIFICATIONS)[number];

/** Default number of classes: five reads well on 10–57 units and fits every palette used. */
export const DEFAULT_CLASS_COUNT = 5;

/**
 * Class breaks as an ascending array [min, b1, …, max] of length k+1 (fewer when there are fewer
 * distinct values). Value v falls in class i when breaks[i] <= v < breaks[i+1] (last class closed).
 * Never mutates the input.
 */
export function classBreaks(values: readonly number[], method: Classification, k = DEFAULT_CLASS_COUNT): number[] {
  const sorted = values.filter(Number.isFinite).slice().sort((a, b) => a - b);
  if (sorted.length === 0) return [];
  const min = sorted[0];
  const max = sorted[sorted.length - 1];
  if (min === max) return [min, max];
  // quantiles and ckmeans cannot make more classes than there are distinct values
  const distinct = new Set(sorted).size;
  const n = method === 'equal_interval' ? Math.max(1, k) : Math.max(1, Math.min(k, distinct));
  let inner: number[];
  if (method === 'equal_interval') {
    inner = Array.from({ length: n - 1 }, (_, i) => min + ((max - min) * (i + 1)) / n);
  } else if (method === 'quantile') {
    // simple-statistics interpolates linearly between order statistics (R type 7)
    inner = Array.from({ length: n - 1 }, (_, i) => quantileSorted(sorted, (i + 1) / n));
  } else {
    // Jenks-style natural breaks via ckmeans (optimal 1-D k-means): each cluster's minimum starts a class.
    inner = ckmeans(sorted, n)
      .slice(1)
      .map((cluster) => cluster[0]);
  }
  const breaks = [min, ...inner, max];
  // quantiles on tied data can repeat a break: drop duplicates so no class is empty by construction
  return breaks.filter((b, i) => i === 0 || b > breaks[i - 1]);
}

/** Index of the class of a value, or -1 when the value is missing or outside the breaks. */
export function classOf(value: number | null | undefined, breaks: readonly number[]): number {
  if (value === null || value === undefined || !Number.isFinite(value) || breaks.length < 2) return -1;
  if (value < breaks[0] || value > breaks[breaks.length - 1]) return -1;
  for (let i = 1; i < breaks.length - 1; i++) if (value < breaks[i]) return i - 1;
  return breaks.length - 2;
}

/**
 * For diverging data (change since …): adds 0 as a break when the values span it, so no class
 * mixes decline and growth. Returns a new array.
 */
export function withZeroBreak(breaks: readonly number[]): number[] {
  if (breaks.length < 2 || breaks[0] >= 0 || breaks[breaks.length - 1] <= 0 || breaks.includes(0)) return breaks.slice();
  return [...breaks, 0].sort((a, b) => a - b);
}
