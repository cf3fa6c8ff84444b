import type { IndicatorRow, RowLevel } from '../contract.ts';

/**
 * Indicator rows indexed for the questions the app asks: "values of X at date D on level L"
 * (choropleth, table) and "everything about unit C" (profile).
 */
export interface IndicatorIndex {
  /** rows of one indicator, level and date, keyed by unit code */
  values(level: RowLevel, indicator: string, date: string): Map<string, IndicatorRow>;
  /** dates with at least one row for this indicator on this level, ascending */
  dates(level: RowLevel, indicator: string): string[];
  /** every row for one unit, grouped by indicator, each group sorted by date */
  unitRows(level: RowLevel, code: string): Map<string, IndicatorRow[]>;
}

export function indexIndicators(rows: readonly IndicatorRow[]): IndicatorIndex {
  const byKey = new Map<string, Map<string, IndicatorRow>>();
  const datesByKey = new Map<string, Set<string>>();
  const byUnit = new Map<string, Map<string, IndicatorRow[]>>();
  for (const row of rows) {
    const key = `${row.level}|${row.indicator}|${row.ref_date}`;
    let m = byKey.get(key);
    if (!m) byKey.set(key, (m = new Map()));
    m.set(row.code, row);
    const dk = `${row.level}|${row.indicator}`;
    let ds = datesByKey.get(dk);
    if (!ds) datesByKey.set(dk, (ds = new Set()));
    ds.add(row.ref_date);
    const uk = `${row.level}|${row.code}`;
    let u = byUnit.get(uk);
    if (!u) byUnit.set(uk, (u = new Map()));
    let list = u.get(row.indicator);
    if (!list) u.set(row.indicator, (list = []));
    list.push(row);
  }
  for (const u of byUnit.values()) for (const list of u.values()) list.sort((a, b) => a.ref_date.localeCompare(b.ref_date));
  return {
    values: (level, indicator, date) => byKey.get(`${level}|${indicator}|${date}`) ?? new Map(),
    dates: (level, indicator) => [...(datesByKey.get(`${level}|${indicator}`) ?? [])].sort(),
    unitRows: (level, code) => byUnit.get(`${level}|${code}`) ?? new Map(),
  };
}
