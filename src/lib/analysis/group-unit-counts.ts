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
  const populations = lookup.valuesAt(level, group.populationIndicator, group.populationDate === 'same' ? date : group.populationDate);
  return [...counts]
    .filter(([code]) => populations.has(code) && located.has(code))
    .map(([code, count]) => ({ code, group: count, population: populations.get(code)! }))
    .sort((a, b) => a.code.localeCompare(b.code));
}
