import type { ManifestIndicator, Unit } from '../contract.ts';

/** Census 2021 reference day: HUMPO's `ruian_poc_ob` (sources.json) is dated here. */
export const CENSUS_2021_DATE = '2021-03-27';
/** Internal count (sources.json, ipr_katalog_foreigners_2019): the file's own population column, the denominator of foreigners_share. */
export const FOREIGNERS_2019_DENOMINATOR = '_population_ipr_katalog_2019';

/** How a rate is computed from counts at any level (never by averaging district rates). */
export type RateFormula =
  | { type: 'ratio'; numerator: string; denominator: string; denominatorDate: 'same' | string; factor: number }
  | { type: 'change'; of: string; from: string; to: string };

export interface IndicatorDefinition {
  id: string;
  unit: Unit;
  kind: ManifestIndicator['kind'];
  source_ids: string[];
  definition: string;
  formula?: RateFormula;
}

/** Every indicator in indicators.csv. Documented in docs/ARCHITECTURE.md (indicator table). */
export const INDICATOR_DEFINITIONS: IndicatorDefinition[] = [
  { id: 'population_total', unit: 'persons', kind: 'count', source_ids: ['czso_population', 'humpo_ua_2026', 'ipr_population_2023'],
    definition: 'Population. 31 Dec 2011–2019: ČSÚ population balance (permanent residents incl. foreigners with permanent or long-term residence). 27 Mar 2021: Census 2021 usual residents, as delivered with the HUMPO layer (ruian_poc_ob). 31 Dec 2023: ČSÚ balance transcribed from an IPR forecast (6 districts). Break in series at 2021: do not compute trends across it.' },
  { id: 'population_age_0_14', unit: 'persons', kind: 'count', source_ids: ['czso_population_age_sex'], definition: 'Residents aged 0–14 (ČSÚ balance, 31 Dec; sum of the 0–4, 5–9, 10–14 groups).' },
  { id: 'population_age_15_64', unit: 'persons', kind: 'count', source_ids: ['czso_population_age_sex'], definition: 'Residents aged 15–64 (ČSÚ balance, 31 Dec).' },
  { id: 'population_age_65_plus', unit: 'persons', kind: 'count', source_ids: ['czso_population_age_sex'], definition: 'Residents aged 65 and over (ČSÚ balance, 31 Dec).' },
  { id: 'population_age_0_14_share', unit: 'percent', kind: 'rate', source_ids: ['czso_population_age_sex', 'czso_population'],
    definition: 'Residents aged 0–14 as a percentage of population_total at the same date (ČSÚ).',
    formula: { type: 'ratio', numerator: 'population_age_0_14', denominator: 'population_total', denominatorDate: 'same', factor: 100 } },
  { id: 'population_age_65_plus_share', unit: 'percent', kind: 'rate', source_ids: ['czso_population_age_sex', 'czso_population'],
    definition: 'Residents aged 65+ as a percentage of population_total at the same date (ČSÚ).',
    formula: { type: 'ratio', numerator: 'population_age_65_plus', denominator: 'population_total', denominatorDate: 'same', factor: 100 } },
  { id: 'population_change_pct', unit: 'percent', kind: 'rate', source_ids: ['czso_population'],
    definition: 'Change of population_total from 31 Dec 2011 to 31 Dec 2019 in percent of the 2011 value (ČSÚ; the whole span before the 2021 census break).',
    formula: { type: 'change', of: 'population_total', from: '2011-12-31', to: '2019-12-31' } },
  { id: 'foreigners_total', unit: 'persons', kind: 'count', source_ids: ['ipr_katalog_foreigners_2019'],
    definition: 'Foreigners with permanent or temporary/long-term residence (EU citizens included), end of 2019, IPR Praha Katalog městských částí (data ČSÚ / Alien Police), via a second-hand copy.' },
  { id: 'foreigners_share', unit: 'percent', kind: 'rate', source_ids: ['ipr_katalog_foreigners_2019'],
    definition: 'foreigners_total as a percentage of all residents (the population column of the same IPR table, = ČSÚ 31 Dec 2019). Not comparable with the 2020 quoted shares (those divide by Czech citizens).',
    formula: { type: 'ratio', numerator: 'foreigners_total', denominator: FOREIGNERS_2019_DENOMINATOR, denominatorDate: 'same', factor: 100 } },
  { id: 'ua_temporary_protection', unit: 'persons', kind: 'count', source_ids: ['humpo_ua_2026'],
    definition: 'Persons from Ukraine with temporary protection registered at an address in the district (MV ČR Foreigners Information System, HUMPO portal). People who left may still be counted.' },
  { id: 'ua_temporary_protection_per_1000', unit: 'per_1000', kind: 'rate', source_ids: ['humpo_ua_2026'],
    definition: `ua_temporary_protection per 1,000 residents; denominator: Census 2021 population (${CENSUS_2021_DATE}), the nearest population date available for all districts.`,
    formula: { type: 'ratio', numerator: 'ua_temporary_protection', denominator: 'population_total', denominatorDate: CENSUS_2021_DATE, factor: 1000 } },
  { id: 'ua_tp_permits_2022', unit: 'persons', kind: 'count', source_ids: ['mv_ua_2022_daily'],
    definition: 'Cumulative special-visa / temporary-protection permits granted to people from Ukraine by registered address, MV ČR daily statistics 2022; the last available day of each month (8–15 Mar: visas for toleration).' },
  { id: 'ua_tp_permits_2022_per_1000', unit: 'per_1000', kind: 'rate', source_ids: ['mv_ua_2022_daily', 'humpo_ua_2026'],
    definition: `ua_tp_permits_2022 per 1,000 residents; denominator: Census 2021 population (${CENSUS_2021_DATE}).`,
    formula: { type: 'ratio', numerator: 'ua_tp_permits_2022', denominator: 'population_total', denominatorDate: CENSUS_2021_DATE, factor: 1000 } },
  { id: 'foreigners_quoted_2020_share_pct', unit: 'percent', kind: 'quoted', source_ids: ['quoted_foreigners_2020'],
    definition: 'Share of foreigners at 1 Jan 2020 as quoted in a news article (MV ČR data analysed by Integrační centrum Praha). Denominator not stated; arithmetic shows it is Czech citizens, not all residents. Districts only.' },
  { id: 'foreigners_quoted_2020_count', unit: 'persons', kind: 'quoted', source_ids: ['quoted_foreigners_2020'],
    definition: 'Number of foreigners at 1 Jan 2020 as quoted in a news article (MV ČR register). Districts only.' },
  { id: 'foreigners_quoted_2020_count_lower_bound', unit: 'persons', kind: 'quoted', source_ids: ['quoted_foreigners_2020'],
    definition: 'Lower bound ("more than N") of the number of foreigners at 1 Jan 2020, as quoted in a news article. Districts only.' },
  { id: 'foreigners_quoted_2020_over_20pct_listed', unit: 'flag', kind: 'quoted', source_ids: ['quoted_foreigners_2020'],
    definition: '1 = district named in the article\'s list of districts with more than 20 % foreigners at 1 Jan 2020; no row = unknown (not "20 % or less").' },
];
