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
  // Dates and per-unit series are made once per level and indicator: the flags ask for both series
  // of every unit at every date (at 10,000 units, sorting the dates again each time was seconds).
  const sortedDates = new Map<string, string[]>();
  const datesOf = (level: string, indicator: string) => {
    const key = `${level}\u0000${indicator}`;
    let sortedList = sortedDates.get(key);
    if (sortedList === undefined) sortedDates.set(key, (sortedList = [...(dates.get(key) ?? [])].sort()));
    return sortedList.slice();
  };
  const valuesAt = (level: string, indicator: string, refDate: string) =>
    values.get(`${level}\u0000${indicator}\u0000${refDate}`) ?? new Map<string, number>();
  const series = new Map<string, Map<string, { ref_date: string; value: number }[]>>();
  const seriesByCode = (level: string, indicator: string) => {
    const key = `${level}\u0000${indicator}`;
    let byCode = series.get(key);
    if (byCode === undefined) {
      series.set(key, (byCode = new Map()));
      for (const date of datesOf(level, indicator)) {
        for (const [code, value] of valuesAt(level, indicator, date)) {
          const list = byCode.get(code);
          if (list === undefined) byCode.set(code, [{ ref_date: date, value }]);
          else list.push({ ref_date: date, value });
        }
      }
    }
    return byCode;
  };
  return {
    valuesAt,
    datesOf,
    seriesOf: (level, indicator, code) => (seriesByCode(level, indicator).get(code) ?? []).map((d) => ({ ...d })),
  };
}
