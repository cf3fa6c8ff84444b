// Data of the planner's one-page summary: segregation indices over time per group, the number of
// units per flag grade at each date, and the units whose grade changed between two dates.
// Grades come either from analysis.csv (committed thresholds) or live (the user's scenario).
import { ANALYSIS_GROUPS, FLAG_GRADE_CODES, FLAG_GRADES, gradeUnit, groupFlagInputs, type AnalysisGroup, type FlagGrade, type FlagsConfig } from '../analysis/index.ts';
import type { AnalysisRow, Level, SegregationRow } from '../contract.ts';
import type { AnalysisContext } from './analysis-context.ts';

/** group → date → unit code → grade */
export type GradeTable = Map<string, Map<string, Map<string, FlagGrade>>>;

const GRADE_BY_CODE = new Map(Object.entries(FLAG_GRADE_CODES).map(([grade, code]) => [code, grade as FlagGrade]));

/** Grades of one level as written to analysis.csv (`flag_grade`). */
export function gradeTableFromRows(rows: readonly AnalysisRow[], level: Level): GradeTable {
  const table: GradeTable = new Map();
  for (const row of rows) {
    if (row.level !== level || row.measure !== 'flag_grade') continue;
    const grade = GRADE_BY_CODE.get(row.value);
    if (grade === undefined) continue;
    const byDate = table.get(row.group) ?? new Map<string, Map<string, FlagGrade>>();
    const byCode = byDate.get(row.ref_date) ?? new Map<string, FlagGrade>();
    byCode.set(row.code, grade);
    byDate.set(row.ref_date, byCode);
    table.set(row.group, byDate);
  }
  return table;
}

/** Grades at every date of every group, recomputed with the user's thresholds (no LISA: flags only). */
export function liveGradeTable(context: AnalysisContext, config: FlagsConfig, groups: readonly AnalysisGroup[] = ANALYSIS_GROUPS): GradeTable {
  const table: GradeTable = new Map();
  for (const group of groups) {
    const byDate = new Map<string, Map<string, FlagGrade>>();
    for (const date of context.lookup.datesOf(context.level, group.countIndicator)) {
      const inputs = groupFlagInputs({ lookup: context.lookup, level: context.level, group, date, located: context.nearestKm, config, integrationServiceKm: context.integrationServiceKm });
      byDate.set(date, new Map(inputs.map((input) => [input.code, gradeUnit(input, config).grade])));
    }
    if (byDate.size > 0) table.set(group.id, byDate);
  }
  return table;
}

export interface GradeCountsAtDate {
  group: string;
  date: string;
  counts: Record<FlagGrade, number>;
}

/** Units per grade, per group and date (dates ascending), every grade present (0 when none). */
export function gradeCountsOverTime(table: GradeTable): GradeCountsAtDate[] {
  const out: GradeCountsAtDate[] = [];
  for (const [group, byDate] of table) {
    for (const date of [...byDate.keys()].sort()) {
      const counts = Object.fromEntries(FLAG_GRADES.map((g) => [g, 0])) as Record<FlagGrade, number>;
      for (const grade of byDate.get(date)!.values()) counts[grade]++;
      out.push({ group, date, counts });
    }
  }
  return out;
}

export interface GradeChange {
  code: string;
  /** null: the unit was not graded at that date (no data) */
  from: FlagGrade | null;
  to: FlagGrade | null;
}

/** Units of a group whose grade differs between two dates, in code order. */
export function gradeChanges(table: GradeTable, group: string, from: string, to: string): GradeChange[] {
  const before = table.get(group)?.get(from) ?? new Map<string, FlagGrade>();
  const after = table.get(group)?.get(to) ?? new Map<string, FlagGrade>();
  const codes = [...new Set([...before.keys(), ...after.keys()])].sort();
  return codes
    .map((code) => ({ code, from: before.get(code) ?? null, to: after.get(code) ?? null }))
    .filter((c) => c.from !== c.to);
}

/** The indices of the summary, in this order. */
export const SUMMARY_INDICES = ['dissimilarity', 'isolation', 'theil_h', 'morans_i'] as const;
export type SummaryIndex = (typeof SUMMARY_INDICES)[number];

export interface IndicesAtDate {
  group: string;
  date: string;
  /** null where segregation.csv has no value (e.g. Moran's I with fewer than 3 units) */
  values: Record<SummaryIndex, number | null>;
}

/** Segregation indices of one level per group over time (segregation.csv rows), dates ascending. */
export function indicesOverTime(rows: readonly SegregationRow[], level: Level): IndicesAtDate[] {
  const byKey = new Map<string, IndicesAtDate>();
  for (const row of rows) {
    if (row.level !== level || !(SUMMARY_INDICES as readonly string[]).includes(row.index)) continue;
    const key = `${row.group}\u0000${row.ref_date}`;
    const entry = byKey.get(key) ?? { group: row.group, date: row.ref_date, values: Object.fromEntries(SUMMARY_INDICES.map((i) => [i, null])) as Record<SummaryIndex, number | null> };
    entry.values[row.index as SummaryIndex] = row.value;
    byKey.set(key, entry);
  }
  return [...byKey.values()].sort((a, b) => a.group.localeCompare(b.group) || a.date.localeCompare(b.date));
}
