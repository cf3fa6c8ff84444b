import { shareThresholdOf, type FlagsConfig } from './flags-config.ts';
import type { MajorityLeavingSignal } from './majority-leaving-signal.ts';

/** Grades in increasing order of attention; 'unreliable' = too few people to grade. */
export const FLAG_GRADES = ['unreliable', 'none', 'near_miss', 'watch', 'high'] as const;
export type FlagGrade = (typeof FLAG_GRADES)[number];
/** Numeric code of each grade as written to analysis.csv (`flag_grade`). */
export const FLAG_GRADE_CODES: Record<FlagGrade, number> = { unreliable: -1, none: 0, near_miss: 1, watch: 2, high: 3 };

/**
 * The three dimensions of the city's definition of a potentially isolated area: the group
 * concentrated (level), the situation changing (concentration rising, residents leaving) and
 * services lagging behind. Reliability gates the grading and is no dimension.
 */
export const FLAG_DIMENSIONS = ['concentration', 'dynamics', 'supply'] as const;
export type FlagDimension = (typeof FLAG_DIMENSIONS)[number];
export type DimensionStatus = 'met' | 'not_met' | 'not_available';
/** Numeric code of a dimension's status as written to analysis.csv (`flag_dimension.<dimension>`). */
export const DIMENSION_STATUS_CODES: Record<DimensionStatus, number> = { not_available: -1, not_met: 0, met: 1 };

export const CRITERIA = [
  'reliability_group_count',
  'reliability_population',
  'concentration_count',
  'concentration_share',
  'concentration_location_quotient',
  'dynamics_share_increase',
  'dynamics_location_quotient_increase',
  'dynamics_population_decline',
  'majority_leaving',
  'supply_per_capita',
  'supply_integration_service_distance',
] as const;
export type CriterionId = (typeof CRITERIA)[number];

export const UNAVAILABLE_REASONS = [
  'no_previous_date',
  'no_population_series',
  'no_group_series',
  'no_reference_series',
  'no_common_dates',
  'no_supply_data',
  'no_located_services',
  'service_distance_uncertain',
] as const;
export type UnavailableReason = (typeof UNAVAILABLE_REASONS)[number];

/**
 * Every i18n key a flag can carry, for the message catalogues and their completeness check.
 * `supply_per_capita` also names its indicator (i18n `indicator.<id>`).
 */
export const FLAG_MESSAGE_KEYS = [
  ...FLAG_GRADES.map((grade) => `flags.grade.${grade}` as const),
  ...CRITERIA.map((criterion) => `flags.criterion.${criterion}` as const),
  ...UNAVAILABLE_REASONS.map((reason) => `flags.unavailable.${reason}` as const),
  ...FLAG_DIMENSIONS.map((dimension) => `flags.dimension.${dimension}` as const),
  ...(['met', 'not_met', 'not_available'] as const).map((status) => `flags.dimension_status.${status}` as const),
  // "since {from}" of a trend without an earlier date (src/lib/app/criterion-text.ts)
  'flags.earlier_date',
] as const;

/**
 * One criterion as structured data; the UI turns it into a sentence in the user's language from
 * `messageKey` and the numbers. No sentence is stored here.
 */
export interface FlagCriterion {
  criterion: CriterionId;
  messageKey: `flags.criterion.${string}`;
  /** null for the reliability gate */
  dimension: FlagDimension | null;
  /** The unit's value; null when the data do not allow it (see unavailableKey). */
  value: number | null;
  threshold: number;
  /** How value is compared with threshold for the criterion to fire. */
  comparison: '>=' | '>' | '<' | '<=';
  unit: 'persons' | 'percent' | 'points' | 'ratio' | 'km' | 'rate';
  fired: boolean;
  /** Present when the value cannot be computed from the data: i18n key of the reason. */
  unavailableKey?: `flags.unavailable.${UnavailableReason}`;
  /** Indicator id of a supply criterion (i18n `indicator.<id>`). */
  indicator?: string;
  /** Start of the comparison of a trend criterion (ISO date); the end is the flag's ref_date. */
  from?: string;
  /** Date of the value when it is not the flag's ref_date (supply, population). */
  valueDate?: string;
}

export interface UnitFlag {
  code: string;
  group: string;
  ref_date: string;
  grade: FlagGrade;
  /** i18n key of the grade, `flags.grade.<grade>`. */
  gradeKey: `flags.grade.${FlagGrade}`;
  dimensions: Record<FlagDimension, DimensionStatus>;
  criteria: FlagCriterion[];
}

/** Per-capita supply of one indicator in the unit and the median of the level's units. */
export interface SupplyValue {
  indicator: string;
  ref_date: string;
  /** null: the unit has no value (missing stays missing) */
  value: number | null;
  /** median over the level's units with a value at that date */
  median: number;
}

/** Everything the grading needs about one unit at one date; all values already computed. */
export interface FlagInput {
  code: string;
  group: string;
  ref_date: string;
  groupCount: number;
  population: number;
  sharePct: number;
  locationQuotient: number;
  /** The same unit at the previous date of the group's series; null at the first date or without a series. */
  previous: { ref_date: string; sharePct: number; locationQuotient: number } | null;
  /** Change of the reference population (percent) over the configured years; null without both dates. */
  populationChange: { from: string; to: string; changePct: number } | null;
  majorityLeaving: MajorityLeavingSignal;
  /** One entry per configured per-capita indicator that has data at the level (empty: none has). */
  supply: SupplyValue[];
  /** km to the nearest located integration service; null when no service is located. */
  integrationServiceKm: number | null;
}

/**
 * Grades one unit. Concentration (the Charles University typology of foreigners' residential
 * concentration in Prague: enough people, a high share, clearly more than the city) is necessary;
 * "high attention" needs concentration AND at least one other dimension met on real data:
 * - unreliable: group count or population below the reliability minimum (not graded);
 * - high: concentration AND (dynamics met OR supply met);
 * - watch: concentration; a dimension without data counts as not met, so it caps the grade here;
 * - near_miss: no concentration, but count, share and LQ each reach `near_miss_fraction` of their threshold;
 * - none: otherwise.
 * A strong location quotient is concentration, never a second dimension. Thresholds: docs/METHOD.md.
 */
export function gradeUnit(input: FlagInput, config: FlagsConfig): UnitFlag {
  const { reliability, concentration, dynamics, supply } = config;
  const shareThreshold = shareThresholdOf(config, input.group);
  const criteria: FlagCriterion[] = [];
  const add = (c: Omit<FlagCriterion, 'messageKey'>) => {
    const criterion: FlagCriterion = { ...c, messageKey: `flags.criterion.${c.criterion}` };
    criteria.push(criterion);
    return criterion;
  };
  const unavailable = (reason: UnavailableReason) => ({ unavailableKey: `flags.unavailable.${reason}` as const });

  const smallGroup = add({ criterion: 'reliability_group_count', dimension: null, value: input.groupCount, threshold: reliability.min_group_count, comparison: '<', unit: 'persons', fired: input.groupCount < reliability.min_group_count });
  const smallPopulation = add({ criterion: 'reliability_population', dimension: null, value: input.population, threshold: reliability.min_population, comparison: '<', unit: 'persons', fired: input.population < reliability.min_population });
  const count = add({ criterion: 'concentration_count', dimension: 'concentration', value: input.groupCount, threshold: concentration.min_count, comparison: '>=', unit: 'persons', fired: atLeast(input.groupCount, concentration.min_count) });
  const share = add({ criterion: 'concentration_share', dimension: 'concentration', value: finiteOrNull(input.sharePct), threshold: shareThreshold, comparison: '>=', unit: 'percent', fired: atLeast(input.sharePct, shareThreshold) });
  const quotient = add({ criterion: 'concentration_location_quotient', dimension: 'concentration', value: finiteOrNull(input.locationQuotient), threshold: concentration.location_quotient_watch, comparison: '>=', unit: 'ratio', fired: atLeast(input.locationQuotient, concentration.location_quotient_watch) });

  const previous = input.previous;
  const trend = (criterion: CriterionId, change: number | null, threshold: number, unit: FlagCriterion['unit']) =>
    add({
      criterion,
      dimension: 'dynamics',
      value: previous === null ? null : finiteOrNull(change ?? Number.NaN),
      threshold,
      comparison: '>=',
      unit,
      fired: previous !== null && change !== null && atLeast(change, threshold),
      ...(previous === null ? unavailable('no_previous_date') : { from: previous.ref_date }),
    });
  trend('dynamics_share_increase', previous && input.sharePct - previous.sharePct, dynamics.share_points_increase, 'points');
  trend('dynamics_location_quotient_increase', previous && input.locationQuotient - previous.locationQuotient, dynamics.location_quotient_increase, 'ratio');
  const decline = input.populationChange;
  add({
    criterion: 'dynamics_population_decline',
    dimension: 'dynamics',
    // signed change against a negative threshold: "−1 % or less", so a growing district reads "+2.8 %"
    value: decline === null ? null : finiteOrNull(decline.changePct),
    threshold: -dynamics.population_decline_pct,
    comparison: '<=',
    unit: 'percent',
    fired: decline !== null && Number.isFinite(decline.changePct) && decline.changePct <= -dynamics.population_decline_pct,
    ...(decline === null ? unavailable('no_population_series') : { from: decline.from, valueDate: decline.to }),
  });
  const leaving = input.majorityLeaving;
  add({
    criterion: 'majority_leaving',
    dimension: 'dynamics',
    value: leaving.status === 'not_available' ? null : leaving.referenceChange,
    threshold: 0,
    comparison: '<',
    unit: 'persons',
    fired: leaving.status === 'signal',
    ...(leaving.status === 'not_available' ? unavailable(leaving.reason) : { from: leaving.from, valueDate: leaving.to }),
  });

  for (const { indicator, below_median_fraction } of supply.per_capita) {
    const found = input.supply.find((s) => s.indicator === indicator);
    // NaN without data: the UI shows "–" rather than a made-up threshold
    const threshold = found ? below_median_fraction * found.median : Number.NaN;
    const value = found ? found.value : null;
    add({
      criterion: 'supply_per_capita',
      dimension: 'supply',
      indicator,
      value,
      threshold,
      comparison: '<',
      unit: 'rate',
      fired: value !== null && Number.isFinite(threshold) && value < threshold,
      ...(value === null || !Number.isFinite(threshold) ? unavailable('no_supply_data') : { valueDate: found!.ref_date }),
    });
  }
  const serviceKm = input.integrationServiceKm;
  add({
    criterion: 'supply_integration_service_distance',
    dimension: 'supply',
    value: serviceKm === null ? null : finiteOrNull(serviceKm),
    threshold: supply.integration_service_km,
    comparison: '>',
    unit: 'km',
    fired: serviceKm !== null && Number.isFinite(serviceKm) && serviceKm > supply.integration_service_km,
    // NaN: a service known only by its district may lie nearer than any located one (integration-service-points.ts)
    ...(serviceKm === null ? unavailable('no_located_services') : Number.isNaN(serviceKm) ? unavailable('service_distance_uncertain') : {}),
  });

  const dimensions = Object.fromEntries(FLAG_DIMENSIONS.map((d) => [d, dimensionStatus(criteria, d)])) as Record<FlagDimension, DimensionStatus>;
  // Concentration needs all three of its criteria, not just one.
  dimensions.concentration = count.fired && share.fired && quotient.fired ? 'met' : 'not_met';

  const grade = ((): FlagGrade => {
    if (smallGroup.fired || smallPopulation.fired) return 'unreliable';
    if (dimensions.concentration === 'met') return dimensions.dynamics === 'met' || dimensions.supply === 'met' ? 'high' : 'watch';
    const near = concentration.near_miss_fraction;
    const nearMiss =
      atLeast(input.groupCount, near * concentration.min_count) &&
      atLeast(input.sharePct, near * shareThreshold) &&
      atLeast(input.locationQuotient, near * concentration.location_quotient_watch);
    return nearMiss ? 'near_miss' : 'none';
  })();
  return { code: input.code, group: input.group, ref_date: input.ref_date, grade, gradeKey: `flags.grade.${grade}`, dimensions, criteria };
}

/** Grades many units; returns new objects in input order. */
export function isolationFlags(inputs: readonly FlagInput[], config: FlagsConfig): UnitFlag[] {
  return inputs.map((input) => gradeUnit(input, config));
}

/**
 * The criteria that explain a grade, in order: the concentration criteria that fired and, for
 * "high", the fired dynamics and supply criteria. Empty for none/near miss; for "unreliable" the
 * reliability criteria that fired.
 */
export function flagReasons(flag: UnitFlag): FlagCriterion[] {
  if (flag.grade === 'unreliable') return flag.criteria.filter((c) => c.dimension === null && c.fired);
  if (flag.grade !== 'watch' && flag.grade !== 'high') return [];
  return flag.criteria.filter((c) => c.dimension !== null && c.fired);
}

/** A dimension is met when any of its criteria fired, not available when none has data. */
function dimensionStatus(criteria: readonly FlagCriterion[], dimension: FlagDimension): DimensionStatus {
  const own = criteria.filter((c) => c.dimension === dimension);
  if (own.some((c) => c.fired)) return 'met';
  return own.every((c) => c.unavailableKey !== undefined) ? 'not_available' : 'not_met';
}

function atLeast(value: number, threshold: number): boolean {
  return Number.isFinite(value) && value >= threshold;
}

function finiteOrNull(value: number | undefined): number | null {
  return value !== undefined && Number.isFinite(value) ? value : null;
}
