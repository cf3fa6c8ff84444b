import { InputError } from './input-error.ts';
import type { Measurement } from './measurement.ts';
import type { TidyInput } from './read-tidy.ts';

/**
 * A tidy group count larger than its denominator (e.g. Vietnamese citizens above the population) would
 * make a share over 100 %: refused with the count's file and row. The denominator is taken as the share
 * takes it: at the same date, else the nearest earlier one; with none, there is no share to check.
 */
export function checkTidyShares(tidyInputs: readonly TidyInput[], counts: readonly Measurement[]): void {
  const wanted = new Set<string>();
  for (const t of tidyInputs) for (const e of t.indicators.values()) if (e.denominator) wanted.add(e.denominator);
  if (wanted.size === 0) return;
  // denominator → code → [date, value] by date
  const dens = new Map<string, Map<string, [string, number][]>>();
  for (const m of counts) {
    if (!wanted.has(m.indicator)) continue;
    let byCode = dens.get(m.indicator);
    if (!byCode) dens.set(m.indicator, (byCode = new Map()));
    let list = byCode.get(m.code);
    if (!list) byCode.set(m.code, (list = []));
    list.push([m.ref_date, m.value]);
  }
  for (const byCode of dens.values()) for (const list of byCode.values()) list.sort((a, b) => a[0].localeCompare(b[0]));
  for (const t of tidyInputs) {
    for (const m of t.measurements) {
      const denominator = t.indicators.get(m.indicator)?.denominator;
      if (!denominator) continue;
      const list = dens.get(denominator)?.get(m.code);
      let at: [string, number] | undefined;
      for (const d of list ?? []) if (d[0] <= m.ref_date) at = d;
      if (at && m.value > at[1]) {
        throw new InputError(t.source.path, t.lines.get(m) ?? null, 'value', `${m.value} ${m.indicator} in ${m.code} at ${m.ref_date} exceeds ${denominator} (${at[1]} at ${at[0]}): a share over 100 %`);
      }
    }
  }
}
