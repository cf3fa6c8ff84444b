// The lazily loaded part of the analysis views (dynamic import from analysis-loader.ts): the
// library with zod, turf and the permutation code stays off the first-map path.
import { ZodError } from 'zod';
import { ANALYSIS_GROUPS, analysisGroupsFor, defaultFlagsConfig, parseFlagsConfig, type FlagsConfig, type FlagsConfigOverrides } from '../analysis/index.ts';
import { analysisContext, type AnalysisSources } from './analysis-context.ts';
import { analyseGroupAt, groupDates, type GroupAnalysis } from './risk-view.ts';
import { segregationSummary, type SegregationSummaryRow } from './segregation-summary.ts';
import type { Level } from '../contract.ts';
import { liveGradeTable, type GradeTable } from './planner-summary.ts';

export { ANALYSIS_GROUPS, defaultFlagsConfig };

export type ThresholdCheck = { ok: true; config: FlagsConfig } | { ok: false; issues: { path: string; message: string }[] };

/** Validates user overrides over the committed defaults with the library's zod schema. */
export function checkThresholds(overrides: FlagsConfigOverrides): ThresholdCheck {
  try {
    return { ok: true, config: parseFlagsConfig(overrides) };
  } catch (error) {
    if (!(error instanceof ZodError)) throw error;
    return { ok: false, issues: error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })) };
  }
}

export interface AnalysisRun {
  result: GroupAnalysis;
  segregation: SegregationSummaryRow[];
  /** milliseconds for the whole recomputation (flags, LISA, 2SFCA, indices) */
  elapsedMs: number;
}

/** One full recomputation for the views; the level context is cached (see analysisContext). */
export function runAnalysis(sources: AnalysisSources, level: Level, group: string, date: string | null, config: FlagsConfig): AnalysisRun {
  const start = performance.now();
  const context = analysisContext(sources, level, config);
  const result = analyseGroupAt(context, group, date, config);
  // the indices depend on the permutation settings only, not on the flag thresholds
  const key = `${level}|${JSON.stringify(config.spatial_autocorrelation)}`;
  const cached = segregationCache.get(context);
  const segregation = cached?.key === key ? cached.rows : segregationSummary(context, config);
  segregationCache.set(context, { key, rows: segregation });
  return { result, segregation, elapsedMs: performance.now() - start };
}

const segregationCache = new WeakMap<object, { key: string; rows: SegregationSummaryRow[] }>();

export function datesOfGroup(sources: AnalysisSources, level: Level, group: string): string[] {
  return groupDates(analysisContext(sources, level, defaultFlagsConfig), group);
}

/**
 * The planner's summary data on a level: units per grade at every date of every group found in
 * the data (fixed groups, citizenships, declared groups), graded with the user's thresholds.
 */
export function plannerGrades(sources: AnalysisSources, level: Level, config: FlagsConfig, declaredGroups: readonly string[]): GradeTable {
  const ids = new Set(sources.indicators.map((r) => r.indicator));
  const groups = analysisGroupsFor(ids, declaredGroups).filter((g) => ids.has(g.countIndicator));
  return liveGradeTable(analysisContext(sources, level, config), config, groups);
}
