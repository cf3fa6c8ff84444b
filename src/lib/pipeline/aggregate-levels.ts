import type { RowLevel } from '../contract.ts';
import { CITY_LEVEL } from '../contract.ts';
import type { Measurement } from './measurement.ts';

export interface LevelMembership {
  level: RowLevel;
  /** district code → code of the unit at this level */
  unitOf: Map<string, string>;
}

/** Membership of each district in SO, obvod and the city (`cityCode`, from city.json), from the district properties. */
export function membershipFromDistricts(districts: { code: string; so: string; mo: string }[], cityCode: string): LevelMembership[] {
  return [
    { level: 'spravni_obvody', unitOf: new Map(districts.map((d) => [d.code, d.so])) },
    { level: 'obvody', unitOf: new Map(districts.map((d) => [d.code, d.mo])) },
    { level: CITY_LEVEL, unitOf: new Map(districts.map((d) => [d.code, cityCode])) },
  ];
}

/**
 * Sums district counts to a coarser level. A unit gets a value for an indicator and date only when
 * every member district has one (a partial sum would be presented as a total). Indicators in
 * `notSummed` (rates given per district) are left out. Returns new objects.
 */
export function aggregateCounts(districtCounts: readonly Measurement[], membership: LevelMembership, notSummed?: ReadonlySet<string>): Measurement[] {
  const membersOf = new Map<string, number>();
  for (const unit of membership.unitOf.values()) membersOf.set(unit, (membersOf.get(unit) ?? 0) + 1);
  const sums = new Map<string, { m: Measurement; members: number }>();
  for (const d of districtCounts) {
    const unit = membership.unitOf.get(d.code);
    if (unit === undefined || notSummed?.has(d.indicator)) continue;
    const key = `${d.indicator}|${unit}|${d.ref_date}`;
    const entry = sums.get(key) ?? { m: { indicator: d.indicator, code: unit, ref_date: d.ref_date, value: 0, source_id: d.source_id }, members: 0 };
    entry.m.value += d.value;
    entry.members += 1;
    sums.set(key, entry);
  }
  return [...sums.values()].filter((e) => e.members === membersOf.get(e.m.code)).map((e) => e.m);
}
