import { InputError } from './input-error.ts';
import { MeasurementIndex, type Measurement } from './measurement.ts';
import { earlierDateLookup } from './compute-indicators.ts';
import type { TidyInput } from './read-tidy.ts';

/**
 * A tidy group count larger than its denominator (e.g. Vietnamese citizens above the population) would
 * make a share over 100 %: refused with the count's file and row. The denominator is taken as the share
 * takes it (compute-indicators.ts): at the same date, else the nearest earlier one; with none, there
 * is no share to check.
 */
export function checkTidyShares(tidyInputs: readonly TidyInput[], counts: readonly Measurement[]): void {
  const wanted = new Set<string>();
  for (const t of tidyInputs) for (const e of t.indicators.values()) if (e.denominator) wanted.add(e.denominator);
  if (wanted.size === 0) return;
  const denominators = counts.filter((m) => wanted.has(m.indicator));
  const earlierDate = earlierDateLookup(denominators);
  const lookup = new MeasurementIndex();
  for (const m of denominators) lookup.set(m);
  for (const t of tidyInputs) {
    for (const m of t.measurements) {
      const denominator = t.indicators.get(m.indicator)?.denominator;
      if (!denominator) continue;
      const date = earlierDate(denominator, m.code, m.ref_date);
      const den = date === undefined ? undefined : lookup.get(denominator, m.code, date);
      if (den && m.value > den.value) {
        throw new InputError(t.source.path, t.lines.get(m) ?? null, 'value', `${m.value} ${m.indicator} in ${m.code} at ${m.ref_date} exceeds ${denominator} (${den.value} at ${den.ref_date}): a share over 100 %`);
      }
    }
  }
}
