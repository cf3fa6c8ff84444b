import type { Level } from '../contract.ts';
import type { AnalysisGroup } from './analysis-groups.ts';
import type { IndicatorLookup } from './indicator-lookup.ts';
import type { UnitCount } from './unit-counts.ts';

/**
 * Units of a level with both a group count and its reference population at the date, in code order.
 * Only units in `located` (those with a centroid and distances) take part, so every measure of one
 * group and date speaks of the same set of units. Shared by the pipeline and the app's live views.
 */
export function groupUnitCounts(
  lookup: IndicatorLookup,
  level: Level,
  group: AnalysisGroup,
  date: string,
  located: ReadonlyMap<string, unknown>,
): UnitCount[] {
  const counts = lookup.valuesAt(level, group.countIndicator, date);
  const populationOf = populationAt(lookup, level, group, date);
  return [...counts]
    .filter(([code]) => populationOf(code) !== undefined && located.has(code))
    .map(([code, count]) => ({ code, group: count, population: populationOf(code)! }))
    .sort((a, b) => a.code.localeCompare(b.code));
}

/** A unit's reference population for the group at the date ('same_or_earlier': the unit's latest population date on or before it). */
function populationAt(lookup: IndicatorLookup, level: Level, group: AnalysisGroup, date: string): (code: string) => number | undefined {
  if (group.populationDate !== 'same_or_earlier') {
    const populations = lookup.valuesAt(level, group.populationIndicator, group.populationDate === 'same' ? date : group.populationDate);
    return (code) => populations.get(code);
  }
  const candidates = lookup
    .datesOf(level, group.populationIndicator)
    .filter((d) => d <= date)
    .reverse()
    .map((d) => lookup.valuesAt(level, group.populationIndicator, d));
  return (code) => {
    for (const byCode of candidates) {
      const v = byCode.get(code);
      if (v !== undefined) return v;
    }
    return undefined;
  };
}
