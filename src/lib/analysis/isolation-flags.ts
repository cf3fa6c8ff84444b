import type { FlagsConfig } from './flags-config.ts';
import type { MajorityLeavingSignal } from './majority-leaving-signal.ts';

/** Grades in increasing order of attention; 'unreliable' = too few people to grade. */
export const FLAG_GRADES = ['unreliable', 'none', 'near_miss', 'watch', 'high'] as const;
export type FlagGrade = (typeof FLAG_GRADES)[number];
/** Numeric code of each grade as written to analysis.csv (`flag_grade`). */
export const FLAG_GRADE_CODES: Record<FlagGrade, number> = { unreliable: -1, none: 0, near_miss: 1, watch: 2, high: 3 };

export type CriterionId =
  | 'reliability_group_count'
  | 'reliability_population'
  | 'concentration_count'
  | 'concentration_share'
  | 'concentration_location_quotient'
  | 'strong_location_quotient'
  | 'dynamics_location_quotient_increase'
  | 'majority_leaving'
  | 'service_gap';

/**
 * Every i18n key a flag can carry, for the UI's message catalogues and completeness check.
 * Service-gap criteria also need `accessibility.category.<category>` for each configured category.
 */
export const FLAG_MESSAGE_KEYS = [
  ...FLAG_GRADES.map((grade) => `flags.grade.${grade}` as const),
  ...([
    'reliability_group_count',
    'reliability_population',
    'concentration_count',
    'concentration_share',
    'concentration_location_quotient',
    'strong_location_quotient',
    'dynamics_location_quotient_increase',
    'majority_leaving',
    'service_gap',
  ] as const satisfies readonly CriterionId[]).map((criterion) => `flags.criterion.${criterion}` as const),
  'flags.unavailable.no_group_series',
  'flags.unavailable.no_reference_series',
  'flags.unavailable.no_common_dates',
] as const;

/**
 * One criterion as structured data; the UI turns it into a sentence in the user's language from
 * `messageKey` (+ `category` for service gaps) and the numbers. No sentence is stored here.
 */
export interface FlagCriterion {
  criterion: CriterionId;
  messageKey: `flags.criterion.${string}`;
  /** The unit's value; null when the data do not allow it (see unavailableKey). */
  value: number | null;
  threshold: number;
  /** How value is compared with threshold for the criterion to fire. */
  comparison: '>=' | '>' | '<';
  unit: 'persons' | 'percent' | 'ratio' | 'km';
  fired: boolean;
  /** Present when the value cannot be computed from the data: i18n key of the reason. */
  unavailableKey?: `flags.unavailable.${string}`;
  /** Service category for 'service_gap' (i18n key `accessibility.category.<category>`). */
  category?: string;
}

export interface UnitFlag {
  code: string;
  group: string;
  ref_date: string;
  grade: FlagGrade;
  /** i18n key of the grade, `flags.grade.<grade>`. */
  gradeKey: `flags.grade.${FlagGrade}`;
  criteria: FlagCriterion[];
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
  /** LQ now minus LQ at the first date of the group's series; null when there is no series. */
  locationQuotientChange: number | null;
  majorityLeaving: MajorityLeavingSignal;
  /** Distance in km from the unit centroid to the nearest facility, per service category. */
  nearestKm: Record<string, number>;
}

/**
 * Grades one unit, in the spirit of the concentration typology of the Charles University
 * (Faculty of Science) studies of foreigners in Prague: a unit shows a concentration when it has
 * enough people of the group (count), a high proportion (share) and clearly more than the city
 * (location quotient). This project's levels:
 * - unreliable: group count or population below the reliability minimum (not graded);
 * - high: concentration AND (strong over-representation OR dynamics OR majority leaving OR service gap);
 * - watch: concentration;
 * - near_miss: no concentration, but count, share and LQ each reach `near_miss_fraction` of their threshold;
 * - none: otherwise.
 * Thresholds come from the config (geodata/flags.config.json; docs/METHOD.md).
 */
export function gradeUnit(input: FlagInput, config: FlagsConfig): UnitFlag {
  const { reliability, concentration, dynamics, accessibility } = config;
  const shareThreshold = concentration.share_pct[input.group];
  if (shareThreshold === undefined) throw new Error(`flags config has no concentration.share_pct for group "${input.group}"`);
  const criteria: FlagCriterion[] = [];
  const add = (c: Omit<FlagCriterion, 'messageKey'>) => {
    const criterion: FlagCriterion = { ...c, messageKey: `flags.criterion.${c.criterion}` };
    criteria.push(criterion);
    return criterion;
  };
  const atLeast = (value: number, threshold: number) => Number.isFinite(value) && value >= threshold;

  const smallGroup = add({ criterion: 'reliability_group_count', value: input.groupCount, threshold: reliability.min_group_count, comparison: '<', unit: 'persons', fired: input.groupCount < reliability.min_group_count });
  const smallPopulation = add({ criterion: 'reliability_population', value: input.population, threshold: reliability.min_population, comparison: '<', unit: 'persons', fired: input.population < reliability.min_population });
  const count = add({ criterion: 'concentration_count', value: input.groupCount, threshold: concentration.min_count, comparison: '>=', unit: 'persons', fired: atLeast(input.groupCount, concentration.min_count) });
  const share = add({ criterion: 'concentration_share', value: finiteOrNull(input.sharePct), threshold: shareThreshold, comparison: '>=', unit: 'percent', fired: atLeast(input.sharePct, shareThreshold) });
  const quotient = add({ criterion: 'concentration_location_quotient', value: finiteOrNull(input.locationQuotient), threshold: concentration.location_quotient_watch, comparison: '>=', unit: 'ratio', fired: atLeast(input.locationQuotient, concentration.location_quotient_watch) });
  const strong = add({ criterion: 'strong_location_quotient', value: finiteOrNull(input.locationQuotient), threshold: concentration.location_quotient_high, comparison: '>=', unit: 'ratio', fired: atLeast(input.locationQuotient, concentration.location_quotient_high) });
  const change = input.locationQuotientChange;
  const growing = add({
    criterion: 'dynamics_location_quotient_increase',
    value: change === null ? null : change,
    threshold: dynamics.location_quotient_increase,
    comparison: '>=',
    unit: 'ratio',
    fired: change !== null && atLeast(change, dynamics.location_quotient_increase),
    ...(change === null ? { unavailableKey: 'flags.unavailable.no_group_series' as const } : {}),
  });
  const leaving = input.majorityLeaving;
  const majority = add({
    criterion: 'majority_leaving',
    value: leaving.status === 'not_available' ? null : leaving.referenceChange,
    threshold: 0,
    comparison: '<',
    unit: 'persons',
    fired: leaving.status === 'signal',
    ...(leaving.status === 'not_available' ? { unavailableKey: `flags.unavailable.${leaving.reason}` as const } : {}),
  });
  const gaps = accessibility.gap_categories.map((category) => {
    const distanceKm = input.nearestKm[category];
    return add({
      criterion: 'service_gap',
      category,
      value: finiteOrNull(distanceKm),
      threshold: accessibility.catchment_km,
      comparison: '>',
      unit: 'km',
      // No facility of the category at all is a gap too.
      fired: !(distanceKm <= accessibility.catchment_km),
    });
  });

  const grade = ((): FlagGrade => {
    if (smallGroup.fired || smallPopulation.fired) return 'unreliable';
    if (count.fired && share.fired && quotient.fired) {
      const amplified = strong.fired || growing.fired || majority.fired || gaps.some((g) => g.fired);
      return amplified ? 'high' : 'watch';
    }
    const near = concentration.near_miss_fraction;
    const nearMiss =
      atLeast(input.groupCount, near * concentration.min_count) &&
      atLeast(input.sharePct, near * shareThreshold) &&
      atLeast(input.locationQuotient, near * concentration.location_quotient_watch);
    return nearMiss ? 'near_miss' : 'none';
  })();
  return { code: input.code, group: input.group, ref_date: input.ref_date, grade, gradeKey: `flags.grade.${grade}`, criteria };
}

/** Grades many units; returns new objects in input order. */
export function isolationFlags(inputs: readonly FlagInput[], config: FlagsConfig): UnitFlag[] {
  return inputs.map((input) => gradeUnit(input, config));
}

function finiteOrNull(value: number | undefined): number | null {
  return value !== undefined && Number.isFinite(value) ? value : null;
}
