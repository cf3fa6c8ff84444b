/** A value of one unit at one date. */
export interface DatedValue {
  ref_date: string;
  value: number;
}

export interface ChangeOverPeriod {
  from: string;
  to: string;
  /** value(to) − value(from) */
  absolute: number;
  /** 100 · (value(to) − value(from)) / value(from); NaN when value(from) is 0. */
  percent: number;
}

/**
 * Change between the earliest date and `to` (default: the latest date) of a series.
 * Returns null when fewer than two dates exist: a single snapshot has no change, and the caller
 * must say "no series" rather than report 0.
 *
 * @example changeOverPeriod([{ ref_date: '2022-03-31', value: 50 }, { ref_date: '2022-10-31', value: 80 }])
 *   // → { from: '2022-03-31', to: '2022-10-31', absolute: 30, percent: 60 }
 */
export function changeOverPeriod(series: readonly DatedValue[], to?: string): ChangeOverPeriod | null {
  const sorted = [...series].filter((d) => Number.isFinite(d.value)).sort((a, b) => a.ref_date.localeCompare(b.ref_date));
  if (sorted.length < 2) return null;
  const first = sorted[0];
  const last = to === undefined ? sorted[sorted.length - 1] : sorted.find((d) => d.ref_date === to);
  if (last === undefined || last.ref_date === first.ref_date) return null;
  const absolute = last.value - first.value;
  return {
    from: first.ref_date,
    to: last.ref_date,
    absolute,
    percent: first.value !== 0 ? (100 * absolute) / first.value : Number.NaN,
  };
}
