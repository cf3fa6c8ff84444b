import type { GroupNesting } from './unit-counts.ts';

/** A group analysed against a reference population, both read from indicators.csv rows. */
export interface AnalysisGroup {
  id: string;
  /** indicator id of the group count */
  countIndicator: string;
  /** indicator id of the denominator */
  populationIndicator: string;
  /**
   * Date of the denominator: 'same' = the group's own date; 'same_or_earlier' = the unit's
   * population at that date, else its nearest earlier one; otherwise a fixed ISO date, used when
   * no population exists at the group's dates.
   */
  populationDate: 'same' | 'same_or_earlier' | string;
  nesting: GroupNesting;
}

/** ISO date of Census 2021 (usual residents per district, the `ruian_poc_ob` attribute of HUMPO). */
export const CENSUS_2021_DATE = '2021-03-27';

/**
 * The groups the data allow:
 * - foreigners (all citizenships, permanent + long-term residence) vs ČSÚ population, both 31 Dec 2019;
 *   foreigners are part of that population (nested);
 * - Ukrainian temporary-protection holders 2026-07-21 vs Census 2021 population, the only
 *   population date covering all 57 districts after 2019; the holders arrived after the census, so
 *   they are additional to that population;
 * - cumulative temporary-protection permits at each month end Mar–Oct 2022, same denominator.
 */
export const ANALYSIS_GROUPS: readonly AnalysisGroup[] = [
  { id: 'foreigners', countIndicator: 'foreigners_total', populationIndicator: 'population_total', populationDate: 'same_or_earlier', nesting: 'nested' },
  { id: 'ua_temporary_protection', countIndicator: 'ua_temporary_protection', populationIndicator: 'population_total', populationDate: CENSUS_2021_DATE, nesting: 'additional' },
  { id: 'ua_tp_permits_2022', countIndicator: 'ua_tp_permits_2022', populationIndicator: 'population_total', populationDate: CENSUS_2021_DATE, nesting: 'additional' },
];

/** Indicator ids that are segregation groups without declaration: one per citizenship (issue 11). */
export const CITIZENSHIP_GROUP_PATTERN = /^foreigners_citizenship_[a-z]{2}$/;

/**
 * The groups of a build: the fixed ones above, then every `foreigners_citizenship_<xx>` present in
 * the indicators and every count declared `group: true` in a tidy sidecar (id = indicator id,
 * nested in the population, denominator at the same date or the nearest earlier one), sorted by id.
 */
export function analysisGroupsFor(indicatorIds: Iterable<string>, declaredGroups: Iterable<string> = []): AnalysisGroup[] {
  const fixed = new Set(ANALYSIS_GROUPS.map((g) => g.countIndicator));
  const extra = new Set<string>();
  for (const id of indicatorIds) if (CITIZENSHIP_GROUP_PATTERN.test(id) && !fixed.has(id)) extra.add(id);
  for (const id of declaredGroups) if (!fixed.has(id)) extra.add(id);
  return [
    ...ANALYSIS_GROUPS,
    ...[...extra].sort().map((id): AnalysisGroup => ({ id, countIndicator: id, populationIndicator: 'population_total', populationDate: 'same_or_earlier', nesting: 'nested' })),
  ];
}
