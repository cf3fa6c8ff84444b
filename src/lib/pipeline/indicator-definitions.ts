import type { ManifestIndicator, Unit } from '../contract.ts';

/** Census 2021 reference day: HUMPO's `ruian_poc_ob` (sources.json) is dated here. */
export const CENSUS_2021_DATE = '2021-03-27';
/** Internal count (sources.json, ipr_katalog_foreigners_2019): the file's own population column, the denominator of foreigners_share. */
export const FOREIGNERS_2019_DENOMINATOR = '_population_ipr_katalog_2019';

/** How a rate is computed from counts at any level (never by averaging district rates). */
export type RateFormula =
  /** denominatorDate: 'same', a fixed ISO date, or 'same_or_earlier' (the nearest earlier date of the same unit; recorded in the manifest) */
  | {
      type: 'ratio';
      numerator: string;
      denominator: string;
      denominatorDate: 'same' | 'same_or_earlier' | string;
      factor: number;
      /** used only where `denominator` has no value: another denominator at the same date or the nearest earlier one (recorded) */
      fallbackDenominator?: string;
    }
  | { type: 'change'; of: string; from: string; to: string };

export interface IndicatorDefinition {
  id: string;
  unit: Unit;
  kind: ManifestIndicator['kind'];
  source_ids: string[];
  definition: string;
  formula?: RateFormula;
  /** a rate given per district by the publisher: kept at the districts level only, never summed or recomputed */
  districtsOnly?: boolean;
  /** a declared segregation group (tidy drop-in sidecar `group: true`) */
  group?: boolean;
  /** labels by language from a tidy sidecar (ids not in the message catalogues) */
  label?: Record<string, string>;
}


const CATALOGUE = ['ipr_katalog_indicators_c2019'];
const CATALOGUE_NOTE = 'IPR Praha Katalog městských částí (second-hand copy), mixed years c. 2019, dated 2019-12-31.';
const givenRate = (id: string, unit: IndicatorDefinition['unit'], what: string): IndicatorDefinition =>
  ({ id, unit, kind: 'rate', source_ids: CATALOGUE, districtsOnly: true, definition: `${what} As given by IPR per district; not computed for coarser levels. ${CATALOGUE_NOTE}` });

/** Indicators of the IPR catalogue (issue 10 §4): ids fixed, the flags' service-supply dimension uses them. */
export const CATALOGUE_DEFINITIONS: IndicatorDefinition[] = [
  { id: 'catalogue_kindergartens', unit: 'count', kind: 'count', source_ids: CATALOGUE, definition: `Kindergartens (mateřské školy) in the district; "-" in the source = 0. ${CATALOGUE_NOTE}` },
  { id: 'catalogue_primary_schools', unit: 'count', kind: 'count', source_ids: CATALOGUE, definition: `Basic schools (základní školy) in the district; "-" in the source = 0. ${CATALOGUE_NOTE}` },
  { id: 'catalogue_culture_facilities', unit: 'count', kind: 'count', source_ids: CATALOGUE, definition: `Cultural facilities (kulturní zařízení); "x" (not available) for some districts, whose coarser units then have no sum. ${CATALOGUE_NOTE}` },
  { id: 'catalogue_playgrounds', unit: 'count', kind: 'count', source_ids: CATALOGUE, definition: `Children's playgrounds (dětská hřiště). ${CATALOGUE_NOTE}` },
  { id: 'catalogue_area_ha', unit: 'ha', kind: 'count', source_ids: CATALOGUE, definition: `Area of the district in hectares (rozloha), summed to coarser levels. ${CATALOGUE_NOTE}` },
  { id: 'catalogue_parks_ha', unit: 'ha', kind: 'count', source_ids: CATALOGUE, definition: `Parks in hectares (parky; unit probable), summed to coarser levels. ${CATALOGUE_NOTE}` },
  givenRate('catalogue_density', 'persons_per_ha', 'Population density, residents per hectare (hustota zalidnění; unit probable). Not equal to population / area of this file (IPR used another population year); not recomputed.'),
  givenRate('catalogue_age_index', 'index', 'Age index: residents 65+ per 100 aged 0–14 (index stáří).'),
  givenRate('catalogue_night_noise_pct', 'percent', 'Residents exposed to night-time noise, % of residents (obyvatelé zasažení nočním hlukem; unit probable).'),
  givenRate('catalogue_air_pollution_pct', 'percent', 'Area with exceeded air-pollution limits, % of area (znečištění ovzduší; unit probable).'),
  givenRate('catalogue_forest_pct', 'percent', 'Forests and forest parks, % of area (lesy a lesoparky; unit probable).'),
  givenRate('catalogue_recreation_m2_per_inhabitant', 'm2_per_inhabitant', 'Recreational areas, m² per inhabitant (rekreační plochy; unit probable).'),
  givenRate('catalogue_sport_m2_per_inhabitant', 'm2_per_inhabitant', 'Sports areas, m² per inhabitant (sportovní plochy; unit probable).'),
  givenRate('catalogue_built_up_m2_per_inhabitant', 'm2_per_inhabitant', 'Built-up areas, m² per inhabitant (podíl zastavěných ploch; unit probable).'),
  { id: 'catalogue_primary_schools_per_1000_children', unit: 'per_1000', kind: 'rate', source_ids: [...CATALOGUE, 'czso_population_age_sex'],
    definition: 'catalogue_primary_schools per 1,000 residents aged 0–14 (population_age_0_14 at the same date, else the nearest earlier one; the date used is recorded in the manifest). Recomputed at every level from summed counts.',
    formula: { type: 'ratio', numerator: 'catalogue_primary_schools', denominator: 'population_age_0_14', denominatorDate: 'same_or_earlier', factor: 1000 } },
  { id: 'catalogue_kindergartens_per_1000_children', unit: 'per_1000', kind: 'rate', source_ids: [...CATALOGUE, 'czso_population_age_sex'],
    definition: 'catalogue_kindergartens per 1,000 residents aged 0–14 (population_age_0_14 at the same date, else the nearest earlier one; recorded in the manifest). Recomputed at every level from summed counts.',
    formula: { type: 'ratio', numerator: 'catalogue_kindergartens', denominator: 'population_age_0_14', denominatorDate: 'same_or_earlier', factor: 1000 } },
  { id: 'catalogue_culture_facilities_per_1000', unit: 'per_1000', kind: 'rate', source_ids: [...CATALOGUE, 'czso_population'],
    definition: 'catalogue_culture_facilities per 1,000 residents (population_total at the same date, else the nearest earlier one; recorded in the manifest). Recomputed at every level from summed counts.',
    formula: { type: 'ratio', numerator: 'catalogue_culture_facilities', denominator: 'population_total', denominatorDate: 'same_or_earlier', factor: 1000 } },
];

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
    formula: { type: 'ratio', numerator: 'foreigners_total', denominator: FOREIGNERS_2019_DENOMINATOR, denominatorDate: 'same', factor: 100, fallbackDenominator: 'population_total' } },
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
  ...CATALOGUE_DEFINITIONS,
];
