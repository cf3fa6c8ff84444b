// The common input of every measure: one row per areal unit with a group count and a reference
// population. Kept separate so that each measure file can stay one formula long.

/** Counts of one areal unit (district, správní obvod, obvod) at one date. */
export interface UnitCount {
  /** Official unit code (KOD_MC, KOD_SO or KOD_MO as string). */
  code: string;
  /** Persons of the group (e.g. foreigners). */
  group: number;
  /** Persons of the reference population (the denominator, e.g. all residents). */
  population: number;
}

/**
 * How the group relates to the reference population.
 * - `nested`: the group is part of the population (foreigners within the ČSÚ population balance);
 *   the others are `population − group`.
 * - `additional`: the group is not contained in the population (temporary-protection holders who
 *   arrived after the Census 2021 reference date); the others are the population itself and the
 *   total is `population + group`.
 */
export type GroupNesting = 'nested' | 'additional';

/** A unit split into two mutually exclusive groups, as the segregation indices need. */
export interface TwoGroupCount {
  code: string;
  group: number;
  others: number;
  total: number;
}

/** Throws a RangeError naming the unit when a count is negative, not finite or inconsistent. */
export function assertValidUnitCounts(units: readonly UnitCount[], nesting: GroupNesting = 'additional'): void {
  for (const unit of units) {
    if (!Number.isFinite(unit.group) || unit.group < 0) {
      throw new RangeError(`group count of ${unit.code} must be a finite number ≥ 0, got ${unit.group}`);
    }
    if (!Number.isFinite(unit.population) || unit.population < 0) {
      throw new RangeError(`population of ${unit.code} must be a finite number ≥ 0, got ${unit.population}`);
    }
    if (nesting === 'nested' && unit.group > unit.population) {
      throw new RangeError(`group (${unit.group}) exceeds population (${unit.population}) in ${unit.code}`);
    }
  }
}

/**
 * Splits each unit into group and others (see GroupNesting).
 * @example toTwoGroupCounts([{ code: 'a', group: 10, population: 100 }], 'nested')
 *   // → [{ code: 'a', group: 10, others: 90, total: 100 }]
 */
export function toTwoGroupCounts(units: readonly UnitCount[], nesting: GroupNesting): TwoGroupCount[] {
  assertValidUnitCounts(units, nesting);
  return units.map(({ code, group, population }) =>
    nesting === 'nested'
      ? { code, group, others: population - group, total: population }
      : { code, group, others: population, total: population + group },
  );
}

/** Sum of a numeric field over units. */
export function sumOf<T>(units: readonly T[], value: (unit: T) => number): number {
  let sum = 0;
  for (const unit of units) sum += value(unit);
  return sum;
}
