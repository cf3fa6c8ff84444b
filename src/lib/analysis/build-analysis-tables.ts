// Entry point the pipeline calls to precompute analysis.csv and segregation.csv; the app can call
// the same modules to recompute when a user changes thresholds. Pure: no file system, no clock.
import type { FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import type { Topology } from 'topojson-specification';
import { feature } from 'topojson-client';
import { LEVELS, type AnalysisRow, type FacilityProperties, type IndicatorRow, type Level, type ManifestMeasure, type SegregationRow, type ServiceRecord } from '../contract.ts';
import { analysisGroupsFor, type AnalysisGroup } from './analysis-groups.ts';
import { ANALYSIS_MEASURES } from './analysis-measures.ts';
import { dissimilarityIndex } from './dissimilarity-index.ts';
import { parseFlagsConfig, type FlagsConfig } from './flags-config.ts';
import { groupSharePercent, perThousand } from './group-share.ts';
import { groupUnitCounts } from './group-unit-counts.ts';
import { indicatorLookup, type IndicatorLookup } from './indicator-lookup.ts';
import { groupFlagInputs } from './group-flag-inputs.ts';
import { integrationServiceDistances } from './integration-service-points.ts';
import { DIMENSION_STATUS_CODES, FLAG_DIMENSIONS, FLAG_GRADE_CODES, gradeUnit } from './isolation-flags.ts';
import { isolationExposure } from './isolation-exposure.ts';
import { LISA_CLUSTER_CODES } from './local-morans-lisa.ts';
import { locationQuotients } from './location-quotient.ts';
import { forgetPermutationDraws } from './permutation-draws.ts';
import { runSpatialTest, type SpatialTestJob, type SpatialTestResult } from './spatial-tests.ts';
import { nearestFacilityDistance } from './nearest-facility-distance.ts';
import { queenContiguity, restrictWeights, type SpatialWeights } from './queen-contiguity.ts';
import { facilitiesByCategory } from './service-categories.ts';
import { theilEntropyIndex } from './theil-entropy-index.ts';
import { twoStepFloatingCatchment } from './two-step-floating-catchment.ts';
import { unitCentroids, type UnitCentroid } from './unit-centroids.ts';
import { toTwoGroupCounts, type UnitCount } from './unit-counts.ts';
import type { FacilityPoint } from './nearest-facility-distance.ts';

export interface AnalysisInput {
  indicators: IndicatorRow[];
  topology: Topology;
  facilities: FeatureCollection<Point, FacilityProperties>;
  /** parsed geodata/flags.config.json (validated again here; missing sections take the defaults) */
  config: unknown;
  /** Reference date of the facilities (their source's as_of); null: no facilities, no accessibility rows. */
  facilitiesAsOf: string | null;
  /** counts declared `group: true` in tidy sidecars (citizenship groups are found by their id) */
  declaredGroups?: readonly string[];
  /**
   * Integration services (services.json). Only current ones located at an address or on a street
   * count for the supply dimension's distance; without any, that criterion is "not available".
   */
  services?: readonly ServiceRecord[];
}

export interface AnalysisTables {
  analysis: AnalysisRow[];
  segregation: SegregationRow[];
  measures: ManifestMeasure[];
}

const MAJORITY_LEAVING_CODES: Record<string, number> = { signal: 1, no_signal: 0, no_group_series: -1, no_reference_series: -2, no_common_dates: -3 };

/** Level context shared by all groups: neighbours, centroids and facility distances. */
interface LevelContext {
  level: Level;
  weights: SpatialWeights;
  centroids: UnitCentroid[];
  facilities: Map<string, FacilityPoint[]>;
  nearestKm: Map<string, Record<string, number>>;
  /** unit code → km to the nearest located integration service; null when none is located */
  integrationServiceKm: Map<string, number> | null;
}

export function buildAnalysisTables(input: AnalysisInput): AnalysisTables {
  const plan = planAnalysis(input);
  const tables = analysisTables(plan, [] as AnalysisRow[]);
  addSpatialTests(tables, plan.jobs, plan.jobs.map((job) => runSpatialTest(job, plan.config.spatial_autocorrelation)));
  // The draws of the last level (160 MB at 10,000 units) are not needed after it; the pipeline
  // writes its largest outputs next.
  forgetPermutationDraws();
  return tables;
}

/** What the tables are made from: the configuration, the levels' contexts, the units of every group and date, the tests. */
export interface AnalysisPlan {
  input: AnalysisInput;
  config: FlagsConfig;
  lookup: IndicatorLookup;
  levels: { context: LevelContext; groups: { group: AnalysisGroup; dates: { date: string; units: UnitCount[] }[] }[] }[];
  jobs: SpatialTestJob[];
}

export function planAnalysis(input: AnalysisInput): AnalysisPlan {
  const parsed = parseFlagsConfig(input.config ?? {});
  const lookup = indicatorLookup(input.indicators);
  const facilities = facilitiesByCategory(input.facilities, parsed.accessibility.categories);
  const groups = analysisGroupsFor(new Set(input.indicators.map((r) => r.indicator)), input.declaredGroups);
  // Groups found in the data (citizenships, declared groups) without their own share threshold take
  // share_pct.default, else the threshold of all foreigners (issue 11).
  const sharePct = { ...parsed.concentration.share_pct };
  for (const g of groups) sharePct[g.id] ??= sharePct.default ?? sharePct.foreigners ?? 10;
  const config: FlagsConfig = { ...parsed, concentration: { ...parsed.concentration, share_pct: sharePct } };
  const levels: AnalysisPlan['levels'] = [];
  const jobs: SpatialTestJob[] = [];
  for (const level of LEVELS) {
    if (input.topology.objects[level] === undefined) continue;
    const context = levelContext(input.topology, level, facilities, config, input.services ?? []);
    const perGroup = groups.map((group) => {
      const dates: { date: string; units: UnitCount[] }[] = [];
      for (const date of lookup.datesOf(level, group.countIndicator)) {
        const units = groupUnitCounts(lookup, level, group, date, context.nearestKm);
        if (units.length < 2) continue;
        dates.push({ date, units });
        const rates = units.map(perThousand);
        const weights = restrictWeights(context.weights, units.filter((_, i) => Number.isFinite(rates[i])).map((u) => u.code));
        if (weights.codes.length < 3) continue;
        const rateByCode = new Map(units.map((u, i) => [u.code, rates[i]]));
        jobs.push({ level, group: group.id, date, weights, values: weights.codes.map((code) => rateByCode.get(code)!), cityValue: cityPerThousand(units) });
      }
      return { group, dates };
    });
    levels.push({ context, groups: perGroup });
  }
  return { input, config, lookup, levels, jobs };
}

/** Where analysis rows go: an array, or the pipeline's AnalysisColumns. */
export interface RowSink<T> {
  push(row: T): unknown;
}

/** The analysis rows (into `analysis`) and segregation rows of the plan, without those of the permutation tests. */
export function analysisTables<S extends RowSink<AnalysisRow>>(plan: AnalysisPlan, analysis: S): { analysis: S; segregation: SegregationRow[]; measures: ManifestMeasure[] } {
  const segregation: SegregationRow[] = [];
  const asOf = plan.input.facilitiesAsOf;
  for (const { context, groups } of plan.levels) {
    // Loops, not push(...spread): at 10,000 units a spread overflows the call stack.
    if (asOf !== null) for (const row of accessibilityRows(context, plan.config, asOf)) analysis.push(row);
    for (const { group, dates } of groups) groupTables(context, group, dates, plan.lookup, plan.config, analysis, segregation);
  }
  return { analysis, segregation, measures: [...ANALYSIS_MEASURES] };
}

/** Adds the rows of the permutation tests (results[i] of jobs[i]) to the tables. */
export function addSpatialTests(tables: { analysis: RowSink<AnalysisRow>; segregation: SegregationRow[] }, jobs: readonly SpatialTestJob[], results: readonly SpatialTestResult[]): void {
  jobs.forEach(({ level, group, date }, i) => {
    const { global, local } = results[i];
    const index = (name: string, value: number) => {
      if (Number.isFinite(value)) tables.segregation.push({ level, ref_date: date, group, index: name, value: round(value) });
    };
    const row = (code: string, measure: string, value: number) => {
      if (Number.isFinite(value)) tables.analysis.push({ level, code, ref_date: date, group, measure, value: round(value) });
    };
    index('morans_i', global.moransI);
    index('morans_i_pseudo_p', global.pseudoP);
    index('morans_i_z', global.zScore);
    for (const l of local) {
      row(l.code, 'lisa_local_i', l.localI);
      row(l.code, 'lisa_pseudo_p', l.pseudoP);
      row(l.code, 'lisa_adjusted_p', l.adjustedP);
      row(l.code, 'lisa_cluster', LISA_CLUSTER_CODES[l.cluster]);
    }
  });
}

function levelContext(topology: Topology, level: Level, facilities: Map<string, FacilityPoint[]>, config: FlagsConfig, services: readonly ServiceRecord[]): LevelContext {
  const polygons = feature(topology, topology.objects[level]) as unknown as FeatureCollection<Polygon | MultiPolygon, { code: string }>;
  const centroids = unitCentroids(polygons);
  const nearestKm = new Map<string, Record<string, number>>(centroids.map((c) => [c.code, {}]));
  for (const [category, points] of facilities) {
    for (const nearest of nearestFacilityDistance(centroids, points)) nearestKm.get(nearest.code)![category] = nearest.distanceKm;
  }
  const integrationServiceKm = integrationServiceDistances(topology, level, centroids, services);
  return { level, weights: queenContiguity(topology, level, config.spatial_autocorrelation.contiguity), centroids, facilities, nearestKm, integrationServiceKm };
}

function accessibilityRows(context: LevelContext, config: FlagsConfig, asOf: string): AnalysisRow[] {
  const rows: AnalysisRow[] = [];
  for (const [code, distances] of context.nearestKm) {
    for (const [category, distanceKm] of Object.entries(distances)) {
      const base = { level: context.level, code, ref_date: asOf, group: 'all' };
      if (Number.isFinite(distanceKm)) rows.push({ ...base, measure: measureName('nearest_km', category), value: round(distanceKm) });
      rows.push({ ...base, measure: measureName('service_gap', category), value: distanceKm <= config.accessibility.catchment_km ? 0 : 1 });
    }
  }
  return rows;
}

/** Adds the rows of one group on one level (all its dates) to `analysis` and `segregation`. */
function groupTables(context: LevelContext, group: AnalysisGroup, dates: readonly { date: string; units: UnitCount[] }[], lookup: IndicatorLookup, config: FlagsConfig, analysis: RowSink<AnalysisRow>, segregation: SegregationRow[]): void {
  const { level } = context;
  // Change measures compare each date with the previous date of the same group (issue 11).
  let previousByCode = new Map<string, UnitCount>();
  let previousQuotients = new Map<string, number>();

  const known = new Map(dates.map(({ date, units }) => [date, units]));
  const unitsAt = (date: string) => known.get(date) ?? groupUnitCounts(lookup, level, group, date, context.nearestKm);
  for (const { date, units } of dates) {
    const row = (code: string, measure: string, value: number) => {
      if (Number.isFinite(value)) analysis.push({ level, code, ref_date: date, group: group.id, measure, value: round(value) });
    };
    const index = (name: string, value: number) => {
      if (Number.isFinite(value)) segregation.push({ level, ref_date: date, group: group.id, index: name, value: round(value) });
    };

    const twoGroups = toTwoGroupCounts(units, group.nesting);
    const { isolation, exposure } = isolationExposure(twoGroups);
    index('units', units.length);
    index('group_total', units.reduce((sum, u) => sum + u.group, 0));
    index('dissimilarity', dissimilarityIndex(twoGroups));
    index('isolation', isolation);
    index('exposure', exposure);
    index('theil_h', theilEntropyIndex(twoGroups));

    const quotients = locationQuotients(units);
    const demands = units.map((u) => ({ code: u.code, demand: u.group }));
    for (const [category, points] of context.facilities) {
      const scores = twoStepFloatingCatchment(context.centroids, demands, points, config.accessibility.catchment_km);
      for (const unit of units) row(unit.code, measureName('access_2sfca_per_10000', category), scores.get(unit.code)!);
    }
    const flagInputs = new Map(
      groupFlagInputs({ lookup, level, group, date, located: context.nearestKm, config, integrationServiceKm: context.integrationServiceKm, unitsAt }).map((f) => [f.code, f]),
    );
    for (const unit of units) {
      const quotient = quotients.get(unit.code)!;
      row(unit.code, 'group_count', unit.group);
      row(unit.code, 'reference_population', unit.population);
      row(unit.code, 'share_pct', groupSharePercent(unit));
      row(unit.code, 'per_1000', perThousand(unit));
      row(unit.code, 'location_quotient', quotient);
      const first = previousByCode.get(unit.code);
      if (first !== undefined) {
        row(unit.code, 'change_count', unit.group - first.group);
        row(unit.code, 'change_pct', first.group > 0 ? (100 * (unit.group - first.group)) / first.group : Number.NaN);
        row(unit.code, 'change_per_1000', perThousand(unit) - perThousand(first));
        row(unit.code, 'change_location_quotient', quotient - previousQuotients.get(unit.code)!);
      }
      const input = flagInputs.get(unit.code)!;
      const signal = input.majorityLeaving;
      row(unit.code, 'majority_leaving_status', MAJORITY_LEAVING_CODES[signal.status === 'not_available' ? signal.reason : signal.status]);
      const flag = gradeUnit(input, config);
      row(unit.code, 'flag_grade', FLAG_GRADE_CODES[flag.grade]);
      for (const dimension of FLAG_DIMENSIONS) row(unit.code, measureName('flag_dimension', dimension), DIMENSION_STATUS_CODES[flag.dimensions[dimension]]);
      for (const criterion of flag.criteria) {
        if (criterion.unavailableKey !== undefined) continue;
        row(unit.code, measureName('flag_fired', criterion.criterion, criterion.indicator), criterion.fired ? 1 : 0);
      }
    }
    previousByCode = new Map(units.map((u) => [u.code, u]));
    previousQuotients = quotients;
  }
}

/** Per 1000 for all units together (summed counts): the city value LISA's high/low must exceed. */
function cityPerThousand(units: readonly UnitCount[]): number {
  let group = 0;
  let population = 0;
  for (const unit of units) {
    group += unit.group;
    population += unit.population;
  }
  return population > 0 ? (1000 * group) / population : Number.NaN;
}

/**
 * `<prefix>.<id>` or `<prefix>.<id>.<sub>`, one string per name, found without building it: three
 * million rows at 10,000 units share a few dozen names instead of each making and holding a copy.
 */
const MEASURE_NAMES = new Map<string, Map<string, Map<string | undefined, string>>>();
function measureName(prefix: string, id: string, sub?: string): string {
  let byId = MEASURE_NAMES.get(prefix);
  if (byId === undefined) MEASURE_NAMES.set(prefix, (byId = new Map()));
  let bySub = byId.get(id);
  if (bySub === undefined) byId.set(id, (bySub = new Map()));
  let name = bySub.get(sub);
  if (name === undefined) bySub.set(sub, (name = sub === undefined ? `${prefix}.${id}` : `${prefix}.${id}.${sub}`));
  return name;
}

/** 10 significant digits: removes floating-point noise so two builds are byte-identical across platforms. */
function round(value: number): number {
  // Whole numbers of up to 10 digits are their own rounding (most rows: counts, codes, flags);
  // `+ 0` turns −0 into 0 as Number(toPrecision) does.
  if (Number.isInteger(value) && Math.abs(value) < 1e10) return value + 0;
  return Number(value.toPrecision(10));
}
