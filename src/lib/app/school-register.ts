import type { Level, UnitProperties } from '../contract.ts';

/**
 * The postal district ("Praha 1" … "Praha 10") a unit falls in, via its municipal district (obvod),
 * whose name is that of the numbered district it contains. Správní obvody do not nest in obvody: null.
 */
export function postalDistrictOf(level: Level, unit: UnitProperties, districts: readonly UnitProperties[], obvodNames: ReadonlyMap<string, string>): string | null {
  if (level === 'obvody') return obvodNames.get(unit.code) ?? unit.name;
  if (level === 'districts') {
    const mo = unit.mo ?? districts.find((d) => d.code === unit.code)?.mo;
    return mo ? obvodNames.get(mo) ?? null : null;
  }
  return null;
}

/** Rows of school_register_counts.csv → [category, total count] for schools, largest first. */
export function sumByCategory(rows: readonly Record<string, string>[]): [string, number][] {
  const sums = new Map<string, number>();
  for (const r of rows) {
    const n = Number(r.count);
    if (!Number.isFinite(n)) continue;
    sums.set(r.category, (sums.get(r.category) ?? 0) + n);
  }
  return [...sums].sort((a, b) => b[1] - a[1]);
}
