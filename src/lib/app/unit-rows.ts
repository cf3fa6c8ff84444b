import type { IndicatorRow, Level, UnitProperties } from '../contract.ts';
import { rankAmong } from './rank.ts';

export interface UnitRow {
  code: string;
  name: string;
  /** null = no data (never 0) */
  value: number | null;
  row: IndicatorRow | null;
  rank: number | null;
}

export type SortKey = 'name' | 'value';
export type SortDirection = 'asc' | 'desc';

/** One table row per unit of the level, joined to the current indicator's values by code. */
export function unitRows(units: readonly UnitProperties[], values: ReadonlyMap<string, IndicatorRow>): UnitRow[] {
  return units.map((u) => {
    const row = values.get(u.code) ?? null;
    return { code: u.code, name: u.name, value: row ? row.value : null, row, rank: rankAmong(values, u.code)?.rank ?? null };
  });
}

/** Sorted copy; units without data always go last whatever the direction. */
export function sortUnitRows(rows: readonly UnitRow[], key: SortKey, direction: SortDirection, locale: string): UnitRow[] {
  const collator = new Intl.Collator(locale, { numeric: true });
  const sign = direction === 'asc' ? 1 : -1;
  return rows.slice().sort((a, b) => {
    if (key === 'name') return sign * collator.compare(a.name, b.name);
    if (a.value === null && b.value === null) return collator.compare(a.name, b.name);
    if (a.value === null) return 1;
    if (b.value === null) return -1;
    return sign * (a.value - b.value) || collator.compare(a.name, b.name);
  });
}

/** Codes of the 57 districts that make up a unit of any level (for services listed by district). */
export function memberDistricts(districts: readonly UnitProperties[], level: Level, code: string): Set<string> {
  if (level === 'districts') return new Set([code]);
  const key = level === 'spravni_obvody' ? 'so' : 'mo';
  return new Set(districts.filter((d) => d[key] === code).map((d) => d.code));
}
