// The table follows the view: in the flags, LISA and accessibility views each row holds what the
// map shows for that unit — grade, dimensions, reasons, values and thresholds — as data; the UI and
// the exports translate it. Pure: built from a GroupAnalysis (src/lib/app/risk-view.ts).
import { flagReasons, type DimensionStatus, type FlagCriterion, type FlagDimension, type FlagGrade, type FlagsConfig } from '../analysis/index.ts';
import type { LisaCluster } from '../analysis/local-morans-lisa.ts';
import type { GroupAnalysis } from './risk-view.ts';

export interface UnitName {
  code: string;
  name: string;
}

export interface FlagTableRow {
  code: string;
  name: string;
  group: string;
  ref_date: string;
  grade: FlagGrade;
  dimensions: Record<FlagDimension, DimensionStatus>;
  /** the criteria behind the grade (flagReasons), with values and thresholds */
  reasons: FlagCriterion[];
  /** every criterion, for a full table or export */
  criteria: FlagCriterion[];
  groupCount: number;
  population: number;
  sharePct: number;
  locationQuotient: number;
}

export interface LisaTableRow {
  code: string;
  name: string;
  group: string;
  ref_date: string;
  per1000: number;
  localI: number | null;
  pseudoP: number | null;
  adjustedP: number | null;
  cluster: LisaCluster | null;
  significance: number;
  permutations: number;
  seed: number;
  falseDiscoveryRate: boolean;
}

export interface AccessTableRow {
  code: string;
  name: string;
  /** category → km to the nearest OSM facility (null: none in the data) */
  nearestKm: Record<string, number | null>;
  /** category → 2SFCA facilities per 10 000 of the group (null: the unit has no group data) */
  access2sfca: Record<string, number | null>;
  catchmentKm: number;
}

/** Grade order for sorting: most attention first. */
const GRADE_RANK: Record<FlagGrade, number> = { high: 0, watch: 1, near_miss: 2, none: 3, unreliable: 4 };

/** One row per graded unit, most attention first, then by name. Units are named from `units`. */
export function flagTableRows(analysis: GroupAnalysis, units: readonly UnitName[]): FlagTableRow[] {
  const names = new Map(units.map((u) => [u.code, u.name]));
  const rows: FlagTableRow[] = [];
  for (const unit of analysis.units.values()) {
    rows.push({
      code: unit.code,
      name: names.get(unit.code) ?? unit.code,
      group: analysis.group,
      ref_date: analysis.date,
      grade: unit.flag.grade,
      dimensions: { ...unit.flag.dimensions },
      reasons: flagReasons(unit.flag),
      criteria: unit.flag.criteria,
      groupCount: unit.groupCount,
      population: unit.population,
      sharePct: unit.sharePct,
      locationQuotient: unit.locationQuotient,
    });
  }
  return rows.sort((a, b) => GRADE_RANK[a.grade] - GRADE_RANK[b.grade] || a.name.localeCompare(b.name, 'cs'));
}

/** One row per unit with LISA results, clusters first, then by name; states permutations, seed and correction. */
export function lisaTableRows(analysis: GroupAnalysis, units: readonly UnitName[], config: FlagsConfig): LisaTableRow[] {
  const names = new Map(units.map((u) => [u.code, u.name]));
  const { significance, permutations, seed, false_discovery_rate } = config.spatial_autocorrelation;
  const finite = (v: number | undefined) => (v !== undefined && Number.isFinite(v) ? v : null);
  const rows = [...analysis.units.values()].map((unit) => ({
    code: unit.code,
    name: names.get(unit.code) ?? unit.code,
    group: analysis.group,
    ref_date: analysis.date,
    per1000: unit.per1000,
    localI: finite(unit.lisa?.localI),
    pseudoP: finite(unit.lisa?.pseudoP),
    adjustedP: finite(unit.lisa?.adjustedP),
    cluster: unit.lisa?.cluster ?? null,
    significance,
    permutations,
    seed,
    falseDiscoveryRate: false_discovery_rate,
  }));
  const inCluster = (r: LisaTableRow) => (r.cluster !== null && r.cluster !== 'not_significant' && r.cluster !== 'no_neighbours' ? 0 : 1);
  return rows.sort((a, b) => inCluster(a) - inCluster(b) || a.name.localeCompare(b.name, 'cs'));
}

/** One row per unit of the level (with or without group data), by name. */
export function accessTableRows(analysis: GroupAnalysis, units: readonly UnitName[], categories: readonly string[], config: FlagsConfig): AccessTableRow[] {
  return [...units]
    .sort((a, b) => a.name.localeCompare(b.name, 'cs'))
    .map((u) => {
      const distances = analysis.nearestKm.get(u.code) ?? {};
      const scores = analysis.units.get(u.code)?.access2sfca ?? {};
      const finite = (v: number | undefined) => (v !== undefined && Number.isFinite(v) ? v : null);
      return {
        code: u.code,
        name: u.name,
        nearestKm: Object.fromEntries(categories.map((c) => [c, finite(distances[c])])),
        access2sfca: Object.fromEntries(categories.map((c) => [c, finite(scores[c])])),
        catchmentKm: config.accessibility.catchment_km,
      };
    });
}

