// A profile's sparkline drawn on the map's scale: the y range is the pooled range of the indicator
// over all units and dates, so a line near the top means "high among all districts and dates".
import type { DatedValue } from '../analysis/change-over-period.ts';

export interface SparklinePoint {
  x: number;
  y: number;
  ref_date: string;
  value: number;
}

/**
 * Positions of a unit's series in a width × height box: x proportional to time between the first
 * and last date of `dates` (the indicator's dates on the level), y from `domain` [min, max] (use
 * the pooled breaks' first and last value), top = max. Values outside the domain are clamped.
 * Missing values are skipped; `segments` splits the line where a date of `dates` has no value, so
 * a gap is never bridged by a drawn line (missing stays missing).
 */
export function sparklinePoints(series: readonly DatedValue[], dates: readonly string[], domain: readonly [number, number], width: number, height: number): { points: SparklinePoint[]; segments: SparklinePoint[][] } {
  const time = (d: string) => Date.parse(`${d}T00:00:00Z`);
  const t0 = time(dates[0] ?? '1970-01-01');
  const span = time(dates[dates.length - 1] ?? '1970-01-01') - t0;
  const [min, max] = domain;
  const y = (v: number) => (max > min ? height * (1 - (Math.min(max, Math.max(min, v)) - min) / (max - min)) : height / 2);
  const byDate = new Map(series.filter((d) => Number.isFinite(d.value)).map((d) => [d.ref_date, d.value]));
  const points: SparklinePoint[] = [];
  const segments: SparklinePoint[][] = [];
  let current: SparklinePoint[] = [];
  for (const date of dates) {
    const value = byDate.get(date);
    if (value === undefined) {
      if (current.length > 0) segments.push(current);
      current = [];
      continue;
    }
    const point = { x: span > 0 ? (width * (time(date) - t0)) / span : width / 2, y: y(value), ref_date: date, value };
    points.push(point);
    current.push(point);
  }
  if (current.length > 0) segments.push(current);
  return { points, segments };
}
