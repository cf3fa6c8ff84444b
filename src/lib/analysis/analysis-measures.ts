import type { ManifestMeasure } from '../contract.ts';
import { LISA_CLUSTER_CODES } from './local-morans-lisa.ts';
import { DIMENSION_STATUS_CODES, FLAG_GRADE_CODES } from './isolation-flags.ts';

const codes = (table: Record<string, number>) =>
  Object.entries(table)
    .map(([name, code]) => `${code} = ${name}`)
    .join(', ');

/**
 * Definitions of every measure written to analysis.csv and segregation.csv, for manifest.measures.
 * `<category>` stands for a service category of geodata/flags.config.json and `<criterion>` for a
 * flag criterion id (docs/METHOD.md).
 */
export const ANALYSIS_MEASURES: readonly ManifestMeasure[] = [
  { id: 'group_count', file: 'analysis.csv', definition: 'Persons of the group in the unit (the numerator).' },
  { id: 'reference_population', file: 'analysis.csv', definition: 'Reference population of the unit (the denominator): ČSÚ 31 Dec 2019 for foreigners, Census 2021 (27 Mar 2021) for temporary-protection holders.' },
  { id: 'share_pct', file: 'analysis.csv', definition: '100 × group ÷ reference population. For temporary-protection holders: persons per 100 Census 2021 residents (they are not part of that population).' },
  { id: 'per_1000', file: 'analysis.csv', definition: '1000 × group ÷ reference population.' },
  { id: 'location_quotient', file: 'analysis.csv', definition: "Group share in the unit ÷ group share in all units of the level (Prague). 1 = as in Prague." },
  { id: 'change_count', file: 'analysis.csv', definition: 'Group count at ref_date minus the count at the first date of the series (only groups with a series: ua_tp_permits_2022, from the end of March 2022).' },
  { id: 'change_pct', file: 'analysis.csv', definition: 'change_count as a percentage of the count at the first date of the series.' },
  { id: 'change_per_1000', file: 'analysis.csv', definition: 'per_1000 at ref_date minus per_1000 at the first date of the series.' },
  { id: 'change_location_quotient', file: 'analysis.csv', definition: 'Location quotient at ref_date minus the location quotient at the first date of the series.' },
  { id: 'majority_leaving_status', file: 'analysis.csv', definition: 'Group up while the reference population is down between two common dates: 1 = yes, 0 = no, −1 = not available: no group series, −2 = not available: no population series, −3 = not available: no common dates. No Czech-citizen series exists per district, so total population is the reference.' },
  { id: 'lisa_local_i', file: 'analysis.csv', definition: "Local Moran's I of per_1000, queen contiguity from the topology, row-standardised weights." },
  { id: 'lisa_pseudo_p', file: 'analysis.csv', definition: 'Folded pseudo p-value of lisa_local_i from seeded conditional permutations (count and seed in flags.config.json), before correction.' },
  { id: 'lisa_adjusted_p', file: 'analysis.csv', definition: 'Benjamini–Hochberg q-value of lisa_pseudo_p across the units of the level (false-discovery-rate correction); equals lisa_pseudo_p when the correction is switched off in flags.config.json.' },
  { id: 'lisa_cluster', file: 'analysis.csv', definition: `LISA cluster type at the configured significance, on lisa_adjusted_p; high-high only where the unit is above the city value, low-low only where below: ${codes(LISA_CLUSTER_CODES)}.` },
  { id: 'nearest_km.<category>', file: 'analysis.csv', definition: 'Great-circle distance in km from the unit centroid (area centroid, moved inside the unit if it falls outside) to the nearest OSM facility of the category; group "all", ref_date = OSM extract date. OSM points are incomplete, so these distances are shown in the accessibility view but never used by the flags.' },
  { id: 'service_gap.<category>', file: 'analysis.csv', definition: '1 when the nearest OSM facility of the category is farther than the catchment distance (or there is none), else 0; group "all". Not used by the flags.' },
  { id: 'access_2sfca_per_10000.<category>', file: 'analysis.csv', definition: 'Two-step floating catchment score: facilities of the category per 10 000 persons of the group within the catchment distance (demand at unit centroids).' },
  { id: 'flag_grade', file: 'analysis.csv', definition: `Flag level of the unit: ${codes(FLAG_GRADE_CODES)}. Thresholds in flags.config.json.` },
  { id: 'flag_dimension.<dimension>', file: 'analysis.csv', definition: `Status of a flag dimension (concentration, dynamics, supply): ${codes(DIMENSION_STATUS_CODES)}.` },
  { id: 'flag_fired.<criterion>', file: 'analysis.csv', definition: '1 when the flag criterion is met, 0 when not; no row when the data do not allow it. Per-capita supply criteria are named flag_fired.supply_per_capita.<indicator>.' },
  { id: 'dissimilarity', file: 'segregation.csv', definition: 'Index of dissimilarity D = ½ Σ |gᵢ/G − oᵢ/O| between the group and all other residents (0 = same distribution, 1 = complete separation).' },
  { id: 'isolation', file: 'segregation.csv', definition: 'Isolation index xPx = Σ (gᵢ/G)(gᵢ/tᵢ): the group share in the unit of the average group member.' },
  { id: 'exposure', file: 'segregation.csv', definition: 'Exposure index xPy = Σ (gᵢ/G)(oᵢ/tᵢ): the share of other residents in the unit of the average group member (= 1 − isolation).' },
  { id: 'theil_h', file: 'segregation.csv', definition: "Theil's entropy index H = Σ tᵢ(E − Eᵢ)/(T·E), two-group entropy (0 = every unit as mixed as Prague, 1 = complete separation)." },
  { id: 'morans_i', file: 'segregation.csv', definition: "Global Moran's I of per_1000 across the units of the level, queen contiguity, row-standardised." },
  { id: 'morans_i_pseudo_p', file: 'segregation.csv', definition: "Folded pseudo p-value of Moran's I from seeded random permutations." },
  { id: 'morans_i_z', file: 'segregation.csv', definition: "Moran's I standardised by the mean and standard deviation of the permuted values." },
  { id: 'group_total', file: 'segregation.csv', definition: 'Group count summed over the units used.' },
  { id: 'units', file: 'segregation.csv', definition: 'Number of units with both group count and reference population.' },
];
