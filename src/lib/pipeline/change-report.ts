// Change report (issue 11 §3): what a build changed against the previous output. Pure.
import { checkFieldCount, csvRecords, isBlank } from './parse-csv.ts';

/** An output's tables as text, or as pieces of whole lines (at 10,000 units analysis.csv is ~250 MB). */
export interface OutputSnapshot {
  /** indicators.csv */
  indicators: string | Iterable<string>;
  /** analysis.csv */
  analysis: string | Iterable<string>;
  /** built_at of the manifest */
  builtAt: string | null;
}

export interface ValueChange {
  level: string;
  code: string;
  indicator: string;
  ref_date: string;
  previous: number;
  current: number;
  difference: number;
}

export interface ChangeReport {
  schema_version: 1;
  /** null: no previous output (first build) */
  previous_built_at: string | null;
  first_build: boolean;
  indicators_added: string[];
  indicators_removed: string[];
  /** indicator → dates new in this build / gone from it */
  dates_added: Record<string, string[]>;
  dates_removed: Record<string, string[]>;
  /** values of an (indicator, date) present in both builds that changed */
  values_changed: { count: number; largest: ValueChange[] };
  /** units whose flag grade changed (same level, group and date in both builds) */
  flag_grades_changed: { level: string; code: string; group: string; ref_date: string; previous: number; current: number }[];
}

const LARGEST = 10;

export function compareOutputs(previous: OutputSnapshot | null, current: OutputSnapshot): ChangeReport {
  const report: ChangeReport = {
    schema_version: 1,
    previous_built_at: previous?.builtAt ?? null,
    first_build: previous === null,
    indicators_added: [],
    indicators_removed: [],
    dates_added: {},
    dates_removed: {},
    values_changed: { count: 0, largest: [] },
    flag_grades_changed: [],
  };
  if (previous === null) return report;
  const cur = indicatorValues(current.indicators);
  const prev = indicatorValues(previous.indicators);
  report.indicators_added = [...cur.dates.keys()].filter((id) => !prev.dates.has(id)).sort();
  report.indicators_removed = [...prev.dates.keys()].filter((id) => !cur.dates.has(id)).sort();
  for (const [id, dates] of cur.dates) {
    const before = prev.dates.get(id);
    if (!before) continue;
    const added = [...dates].filter((d) => !before.has(d)).sort();
    const removed = [...before].filter((d) => !dates.has(d)).sort();
    if (added.length) report.dates_added[id] = added;
    if (removed.length) report.dates_removed[id] = removed;
  }
  const changes: ValueChange[] = [];
  for (const [key, value] of cur.values) {
    const old = prev.values.get(key);
    if (old === undefined || old === value) continue;
    const [level, code, indicator, ref_date] = key.split('|');
    changes.push({ level, code, indicator, ref_date, previous: old, current: value, difference: value - old });
  }
  changes.sort((a, b) => Math.abs(b.difference) - Math.abs(a.difference) || (a.indicator + a.code + a.ref_date).localeCompare(b.indicator + b.code + b.ref_date));
  report.values_changed = { count: changes.length, largest: changes.slice(0, LARGEST) };
  const prevGrades = flagGrades(previous.analysis);
  for (const [key, grade] of flagGrades(current.analysis)) {
    const old = prevGrades.get(key);
    if (old === undefined || old === grade) continue;
    const [level, code, group, ref_date] = key.split('|');
    report.flag_grades_changed.push({ level, code, group, ref_date, previous: old, current: grade });
  }
  return report;
}

// Streamed, one reused record per row (csvRecords): at 10,000 units indicators.csv has a million
// rows and analysis.csv three million, of which only the flag grades are read.
function indicatorValues(csv: string | Iterable<string>) {
  const values = new Map<string, number>();
  const dates = new Map<string, Set<string>>();
  forEachRow(csv, 'indicators.csv', ['level', 'code', 'indicator', 'ref_date', 'value'], ([level, code, indicator, refDate, value]) => {
    values.set(`${level}|${code}|${indicator}|${refDate}`, Number(value));
    dates.set(indicator, (dates.get(indicator) ?? new Set()).add(refDate));
  });
  return { values, dates };
}

function flagGrades(csv: string | Iterable<string>): Map<string, number> {
  const grades = new Map<string, number>();
  forEachRow(csv, 'analysis.csv', ['measure', 'level', 'code', 'group', 'ref_date', 'value'], ([measure, level, code, group, refDate, value]) => {
    if (measure === 'flag_grade') grades.set(`${level}|${code}|${group}|${refDate}`, Number(value));
  });
  return grades;
}

/** Calls `visit` with the named fields of every row (one array, reused). */
function forEachRow(csv: string | Iterable<string>, file: string, names: readonly string[], visit: (fields: string[]) => void): void {
  const { columns, records } = csvRecords(csv, file, { read: names });
  const at = names.map((name) => columns.indexOf(name));
  const fields = names.map(() => '');
  for (const record of records) {
    if (isBlank(record)) continue;
    checkFieldCount(record, columns, file);
    for (let k = 0; k < at.length; k++) fields[k] = record.fields[at[k]];
    visit(fields);
  }
}

/** A few lines for the console. */
export function summariseChanges(r: ChangeReport): string[] {
  if (r.first_build) return ['changes: first build (no previous output to compare with)'];
  const lines = [
    `changes since ${r.previous_built_at ?? 'the previous build'}:`,
    `  indicators added: ${r.indicators_added.length ? r.indicators_added.join(', ') : 'none'}`,
    `  indicators removed: ${r.indicators_removed.length ? r.indicators_removed.join(', ') : 'none'}`,
    `  new dates: ${Object.entries(r.dates_added).map(([id, d]) => `${id} ${d.join(' ')}`).join('; ') || 'none'}`,
    `  removed dates: ${Object.entries(r.dates_removed).map(([id, d]) => `${id} ${d.join(' ')}`).join('; ') || 'none'}`,
    `  changed values (existing dates): ${r.values_changed.count}`,
  ];
  const top = r.values_changed.largest[0];
  if (top) lines.push(`    largest: ${top.indicator} ${top.level} ${top.code} ${top.ref_date}: ${top.previous} → ${top.current}`);
  lines.push(`  units whose flag grade changed: ${r.flag_grades_changed.length}`);
  return lines;
}
