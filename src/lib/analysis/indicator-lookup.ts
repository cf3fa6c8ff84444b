import type { IndicatorRow } from '../contract.ts';

/** Fast look-up of indicators.csv rows by level, indicator and date. */
export interface IndicatorLookup {
  /** code → value at that level, indicator and date (empty Map when none). */
  valuesAt(level: string, indicator: string, refDate: string): Map<string, number>;
  /** Dates at which the indicator exists at the level, ascending. */
  datesOf(level: string, indicator: string): string[];
  /** The indicator's series for one unit, ascending by date. */
  seriesOf(level: string, indicator: string, code: string): readonly { readonly ref_date: string; readonly value: number }[];
}

/**
 * Indexes indicator rows. When two sources give the same level/code/indicator/date (population
 * 2019 from ČSÚ and from the IPR catalogue are equal by construction) the first row in source_id
 * order wins, so the result never depends on row order.
 */
export function indicatorLookup(rows: readonly IndicatorRow[]): IndicatorLookup {
  // level → indicator → date → code → value, in nested maps: a joined key string per row (a million
  // at 10,000 units) cost more than the look-ups.
  const values = new Map<string, Map<string, Map<string, Map<string, number>>>>();
  // Rows taken source by source (a handful of ids, in localeCompare order), each source's rows in
  // their order: the same as a stable sort by source id, without sorting a million rows.
  const bySource = new Map<string, IndicatorRow[]>();
  for (const row of rows) {
    const list = bySource.get(row.source_id);
    if (list === undefined) bySource.set(row.source_id, [row]);
    else list.push(row);
  }
  for (const id of [...bySource.keys()].sort((a, b) => a.localeCompare(b))) {
    for (const row of bySource.get(id)!) {
      if (!Number.isFinite(row.value)) continue;
      let byIndicator = values.get(row.level);
      if (byIndicator === undefined) values.set(row.level, (byIndicator = new Map()));
      let byDate = byIndicator.get(row.indicator);
      if (byDate === undefined) byIndicator.set(row.indicator, (byDate = new Map()));
      let byCode = byDate.get(row.ref_date);
      if (byCode === undefined) byDate.set(row.ref_date, (byCode = new Map()));
      if (!byCode.has(row.code)) byCode.set(row.code, row.value);
    }
  }
  const datesAt = (level: string, indicator: string) => values.get(level)?.get(indicator);
  // Sorted dates and per-unit series are made once per level and indicator (kept by its map of
  // dates): the flags ask for both series of every unit at every date, and at 10,000 units sorting
  // the dates again each time was seconds.
  const noDates = new Map<string, Map<string, number>>();
  const sortedDates = new Map<Map<string, Map<string, number>>, string[]>();
  const datesOf = (level: string, indicator: string) => {
    const byDate = datesAt(level, indicator) ?? noDates;
    let sorted = sortedDates.get(byDate);
    if (sorted === undefined) sortedDates.set(byDate, (sorted = [...byDate.keys()].sort()));
    return sorted.slice();
  };
  const valuesAt = (level: string, indicator: string, refDate: string) => datesAt(level, indicator)?.get(refDate) ?? new Map<string, number>();
  const series = new Map<Map<string, Map<string, number>>, Map<string, { ref_date: string; value: number }[]>>();
  const seriesByCode = (level: string, indicator: string) => {
    const byDate = datesAt(level, indicator) ?? noDates;
    let byCode = series.get(byDate);
    if (byCode === undefined) {
      series.set(byDate, (byCode = new Map()));
      for (const date of datesOf(level, indicator)) {
        for (const [code, value] of byDate.get(date)!) {
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
    seriesOf: (level, indicator, code) => seriesByCode(level, indicator).get(code) ?? [],
  };
}
