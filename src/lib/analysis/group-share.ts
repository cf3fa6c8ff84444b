import type { UnitCount } from './unit-counts.ts';

/**
 * Group as a percentage of the reference population: 100 · g / p.
 * For a group that is not part of the population (see GroupNesting) this is "persons of the group
 * per 100 residents of the reference date", not a share in the strict sense; the method page says so.
 * NaN when the population is 0.
 * @example groupSharePercent({ code: 'a', group: 25, population: 200 }) // → 12.5
 */
export function groupSharePercent(unit: UnitCount): number {
  return unit.population > 0 ? (100 * unit.group) / unit.population : Number.NaN;
}

/**
 * Persons of the group per 1000 of the reference population: 1000 · g / p. NaN when p = 0.
 * @example perThousand({ code: 'a', group: 25, population: 200 }) // → 125
 */
export function perThousand(unit: UnitCount): number {
  return unit.population > 0 ? (1000 * unit.group) / unit.population : Number.NaN;
}
