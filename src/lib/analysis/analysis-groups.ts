import type { GroupNesting } from './unit-counts.ts';

/** A group analysed against a reference population, both read from indicators.csv rows. */
export interface AnalysisGroup {
  id: string;
  /** indicator id of the group count */
  countIndicator: string;
  /** indicator id of the denominator */
  populationIndicator: string;
  /**
   * Date of the denominator: 'same' = the group's own date; otherwise a fixed ISO date, used when
   * no population exists at the group's dates.
   */
  populationDate: 'same' | string;
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
  { id: 'foreigners', countIndicator: 'foreigners_total', populationIndicator: 'population_total', populationDate: 'same', nesting: 'nested' },
  { id: 'ua_temporary_protection', countIndicator: 'ua_temporary_protection', populationIndicator: 'population_total', populationDate: CENSUS_2021_DATE, nesting: 'additional' },
  { id: 'ua_tp_permits_2022', countIndicator: 'ua_tp_permits_2022', populationIndicator: 'population_total', populationDate: CENSUS_2021_DATE, nesting: 'additional' },
];
