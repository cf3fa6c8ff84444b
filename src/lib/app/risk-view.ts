// Live recomputation of one group at one date on one level: flags with their criteria, LISA
// clusters and accessibility, with the library functions the pipeline uses (same inputs, same
// order, same seed), so the app shows what analysis.csv would hold for the user's thresholds.
import {
  ANALYSIS_GROUPS,
  FLAG_GRADES,
  LISA_CLUSTERS,
  gradeUnit,
  groupFlagInputs,
  groupSharePercent,
  localMoransLisa,
  locationQuotients,
  perThousand,
  restrictWeights,
  twoStepFloatingCatchment,
  type AnalysisGroup,
  type FlagGrade,
  type FlagsConfig,
  type LisaCluster,
  type LocalMoran,
  type UnitCount,
  type UnitFlag,
} from '../analysis/index.ts';
import type { AnalysisContext } from './analysis-context.ts';
import { groupUnitCounts } from '../analysis/group-unit-counts.ts';

export interface UnitAnalysis {
  code: string;
  groupCount: number;
  population: number;
  sharePct: number;
  per1000: number;
  locationQuotient: number;
  /** LQ minus LQ at the first date of the series; null without a series */
  locationQuotientChange: number | null;
  flag: UnitFlag;
  /** null when LISA could not run (fewer than 3 units with data) */
  lisa: LocalMoran | null;
  /** category → facilities per 10 000 of the group within the catchment */
  access2sfca: Record<string, number>;
}

export interface GroupAnalysis {
  group: string;
  date: string;
  /** every date of the group on the level, ascending */
  dates: string[];
  units: Map<string, UnitAnalysis>;
  /** every unit of the level (with or without group data): category → km to the nearest facility */
  nearestKm: ReadonlyMap<string, Record<string, number>>;
  gradeCounts: Record<FlagGrade, number>;
  clusterCounts: Record<LisaCluster, number>;
}

export function analysisGroup(id: string): AnalysisGroup {
  const group = ANALYSIS_GROUPS.find((g) => g.id === id);
  if (!group) throw new Error(`unknown analysis group "${id}"`);
  return group;
}

/** Dates at which the group exists on the context's level, ascending. */
export function groupDates(context: AnalysisContext, groupId: string): string[] {
  return context.lookup.datesOf(context.level, analysisGroup(groupId).countIndicator);
}

/** Units with both a group count and a reference population at the date, in code order. */
export function unitCountsAt(context: AnalysisContext, group: AnalysisGroup, date: string): UnitCount[] {
  return groupUnitCounts(context.lookup, context.level, group, date, context.nearestKm);
}

/**
 * Flags, LISA and 2SFCA for one group at one date (null date or an unknown one: the latest).
 * Pure: returns new objects, never changes the context or the config.
 */
export function analyseGroupAt(context: AnalysisContext, groupId: string, date: string | null, config: FlagsConfig): GroupAnalysis {
  const group = analysisGroup(groupId);
  const dates = groupDates(context, groupId);
  const at = date !== null && dates.includes(date) ? date : dates[dates.length - 1];
  const gradeCounts = Object.fromEntries(FLAG_GRADES.map((g) => [g, 0])) as Record<FlagGrade, number>;
  const clusterCounts = Object.fromEntries(LISA_CLUSTERS.map((c) => [c, 0])) as Record<LisaCluster, number>;
  const result: GroupAnalysis = { group: groupId, date: at ?? '', dates, units: new Map(), nearestKm: context.nearestKm, gradeCounts, clusterCounts };
  if (at === undefined) return result;

  const units = unitCountsAt(context, group, at);
  const first = dates.length > 1 && at !== dates[0] ? unitCountsAt(context, group, dates[0]) : [];
  const firstQuotients = locationQuotients(first);
  const quotients = locationQuotients(units);
  const { level, lookup } = context;
  const flagInputs = new Map(groupFlagInputs({ lookup, level, group, date: at, located: context.nearestKm, config, integrationServiceKm: context.integrationServiceKm }).map((f) => [f.code, f]));

  const rates = units.map(perThousand);
  const lisaByCode = new Map<string, LocalMoran>();
  const weights = restrictWeights(context.weights, units.filter((_, i) => Number.isFinite(rates[i])).map((u) => u.code));
  if (units.length >= 2 && weights.codes.length >= 3) {
    const rateByCode = new Map(units.map((u, i) => [u.code, rates[i]]));
    const { permutations, seed, significance, false_discovery_rate, max_draws_per_test: maxDraws } = config.spatial_autocorrelation;
    const cityValue = (1000 * units.reduce((s, u) => s + u.group, 0)) / units.reduce((s, u) => s + u.population, 0);
    const options = { permutations, seed, maxDraws, significance, falseDiscoveryRate: false_discovery_rate, cityValue };
    for (const local of localMoransLisa(weights.codes.map((c) => rateByCode.get(c)!), weights, options)) {
      lisaByCode.set(local.code, local);
    }
  }

  const demands = units.map((u) => ({ code: u.code, demand: u.group }));
  const access = new Map<string, Record<string, number>>(units.map((u) => [u.code, {}]));
  for (const [category, points] of context.facilities) {
    const scores = twoStepFloatingCatchment(context.centroids, demands, points, config.accessibility.catchment_km);
    for (const unit of units) access.get(unit.code)![category] = scores.get(unit.code)!;
  }

  for (const unit of units) {
    const quotient = quotients.get(unit.code)!;
    const firstQuotient = firstQuotients.get(unit.code);
    const change = firstQuotient === undefined ? null : quotient - firstQuotient;
    const flag = gradeUnit(flagInputs.get(unit.code)!, config);
    const lisa = lisaByCode.get(unit.code) ?? null;
    gradeCounts[flag.grade]++;
    if (lisa) clusterCounts[lisa.cluster]++;
    result.units.set(unit.code, {
      code: unit.code,
      groupCount: unit.group,
      population: unit.population,
      sharePct: groupSharePercent(unit),
      per1000: perThousand(unit),
      locationQuotient: quotient,
      locationQuotientChange: change,
      flag,
      lisa,
      access2sfca: access.get(unit.code)!,
    });
  }
  return result;
}
