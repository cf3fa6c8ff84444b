import type { IndicatorRow } from '../contract.ts';

/** Fast look-up of indicators.csv rows by level, indicator and date. */
export interface IndicatorLookup {
  /** code → value at that level, indicator and date (empty Map when none). */
  valuesAt(level: string, indicator: string, refDate: string): Map<string, number>;
  /** Dates at which the indicator exists at the level, ascending. */
  datesOf(level: string, indicator: string): string[];
  /** The indicator's series for one unit, ascending by date. */
  seriesOf(level: string, indicator: string, code: string): { ref_date: string; value: number }[];
}

/**
 * Indexes indicator rows. When two sources give the same level/code/indicator/date (population
 * 2019 from ČSÚ and from the IPR catalogue are equal by construction) the first row in source_id
 * order wins, so the result never depends on row order.
 */
export function indicatorLookup(rows: readonly IndicatorRow[]): IndicatorLookup {
  const values = new Map<string, Map<string, number>>();
  const dates = new Map<string, Set<string>>();
  // Rows taken source by source (a handful of ids, in localeCompare order), each source's rows in
  // their order: the same as a stable sort by source id, without sorting a million rows.
  const bySource = new Map<string, IndicatorRow[]>();
  for (const row of rows) {
    const list = bySource.get(row.source_id);
    if (list === undefined) bySource.set(row.source_id, [row]);
    else list.push(row);
  }
  const sorted = [...bySource.keys()].sort((a, b) => a.localeCompare(b)).flatMap((id) => bySource.get(id)!);
  for (const row of sorted) {
    if (!Number.isFinite(row.value)) continue;
    const key = `${row.level}\u0000${row.indicator}\u0000${row.ref_date}`;
    const byCode = values.get(key) ?? new Map<string, number>();
    if (!byCode.has(row.code)) byCode.set(row.code, row.value);
    values.set(key, byCode);
    const dateKey = `${row.level}\u0000${row.indicator}`;
    dates.set(dateKey, (dates.get(dateKey) ?? new Set()).add(row.ref_date));
  }
  const datesOf = (level: string, indicator: string) => [...(dates.get(`${level}\u0000${indicator}`) ?? [])].sort();
  const valuesAt = (level: string, indicator: string, refDate: string) =>
    values.get(`${level}\u0000${indicator}\u0000${refDate}`) ?? new Map<string, number>();
  return {
    valuesAt,
    datesOf,
    seriesOf: (level, indicator, code) =>
      datesOf(level, indicator)
        .filter((date) => valuesAt(level, indicator, date).has(code))
        .map((date) => ({ ref_date: date, value: valuesAt(level, indicator, date).get(code)! })),
  };
}
