// One colour scale per indicator across all its dates, so that two dates are compared on the same
// classes: on per-date breaks the UA permits of March and October 2022 looked alike although the
// rates nearly doubled.
import { classBreaks, DEFAULT_CLASS_COUNT, type Classification } from './classify.ts';

export const SCALE_MODES = ['pooled', 'per_date'] as const;
export type ScaleMode = (typeof SCALE_MODES)[number];

/** Values of one indicator on one level, per date (unit code → value). */
export type ValuesByDate = ReadonlyMap<string, ReadonlyMap<string, number>>;

/**
 * Class breaks for the indicator at `date`: from the values of every date pooled (default) or of
 * that date alone ('per_date'). Same contract as classBreaks: ascending [min, …, max]. Never
 * mutates its inputs.
 *
 * @example indicatorBreaks(new Map([['2022-03-31', new Map([['a', 10], ['b', 20]])], ['2022-10-07', new Map([['a', 30], ['b', 40]])]]),
 *   '2022-03-31', 'equal_interval', 'pooled', 3) // → [10, 20, 30, 40]
 */
export function indicatorBreaks(valuesByDate: ValuesByDate, date: string, method: Classification, mode: ScaleMode = 'pooled', k = DEFAULT_CLASS_COUNT): number[] {
  if (mode === 'per_date') return classBreaks([...(valuesByDate.get(date)?.values() ?? [])], method, k);
  return classBreaks(pooledValues(valuesByDate), method, k);
}

/** Every finite value of every date in one array (date order, then unit order). */
export function pooledValues(valuesByDate: ValuesByDate): number[] {
  const out: number[] = [];
  for (const values of valuesByDate.values()) for (const v of values.values()) if (Number.isFinite(v)) out.push(v);
  return out;
}
