// Declarative statistical inputs: the `table` block of a source in geodata/sources.json says which
// column holds the unit code, where the date comes from and which columns (or, in long format, which
// indicator names) become which indicators. One reader for every statistical input.
import { z } from 'zod';
import { InputError } from './input-error.ts';
import { scanTable, type ColumnSpec, type FieldType, type FieldValue, type TableContext } from './read-table.ts';
import type { DistrictRegistry } from './read-district-codes.ts';
import { MeasurementIndex, type Measurement } from './measurement.ts';
import { TupleSet } from './tuple-set.ts';

const valueType = z.enum(['count', 'decimal', 'percent']);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const tableDescriptorSchema = z
  .object({
    /** column holding the unit code (checked against the code list) */
    code: z.string(),
    /** column holding the ISO date of every row … */
    date: z.string().optional(),
    /** … or one date for the whole file */
    fixed_date: isoDate.optional(),
    /** further columns to validate: allowed values of a text column */
    checks: z.record(z.string(), z.array(z.string())).optional(),
    /** only rows whose column equals the value are used (after every row was validated) */
    where: z.record(z.string(), z.string()).optional(),
    /** columns that identify a row among the used rows; a second row with the same key is refused (the error names the last column) */
    unique: z.array(z.string()).optional(),
    /** wide format: one column → one indicator */
    values: z
      .array(
        z.object({
          column: z.string(),
          indicator: z.string(),
          type: valueType.default('count'),
          /** this column's values are dated here instead (e.g. a census population delivered with a later file) */
          fixed_date: isoDate.optional(),
          /** a value above this other column of the same row is refused (share over 100 %) */
          at_most: z.string().optional(),
        }),
      )
      .optional(),
    /** long format: an indicator-name column and a value column */
    long: z
      .object({
        indicator_column: z.string(),
        value_column: z.string(),
        /** column with a statistical symbol; `symbols` says what it means: "zero" (none) or "missing" (not available) */
        symbol_column: z.string().optional(),
        symbols: z.record(z.string(), z.enum(['zero', 'missing'])).optional(),
        indicators: z.record(
          z.string(),
          z.object({
            indicator: z.string(),
            type: valueType.default('count'),
            /** not added: must equal this indicator from another input at the same unit and date */
            check_against: z.string().optional(),
          }),
        ),
      })
      .optional(),
    /** category sums: rows of `column` listed in `map` are summed into the indicator they map to */
    categories: z
      .object({
        column: z.string(),
        value_column: z.string(),
        map: z.record(z.string(), z.string()),
        /** category values ignored (e.g. a total row) */
        skip: z.array(z.string()).default([]),
        /** a sum is kept only when every category mapped to it is present */
        complete: z.boolean().default(true),
      })
      .optional(),
    /** keep, per month, only the last date on which every unit has a value (cumulative daily series) */
    select_dates: z.literal('last_complete_per_month').optional(),
    /** large file: read row by row */
    stream: z.boolean().optional(),
  })
  .refine((t) => (t.date === undefined) !== (t.fixed_date === undefined), { message: 'give exactly one of "date" and "fixed_date"' })
  .refine((t) => [t.values, t.long, t.categories].filter((x) => x !== undefined).length === 1, { message: 'give exactly one of "values", "long" and "categories"' });

export type TableDescriptor = z.infer<typeof tableDescriptorSchema>;

/** A value of a long-format input that duplicates another input: compared, not added. */
export interface CrossCheck {
  file: string;
  line: number;
  field: string;
  indicator: string;
  code: string;
  ref_date: string;
  value: number;
}

export interface IndicatorTable {
  measurements: Measurement[];
  crossChecks: CrossCheck[];
}

/** The columns the descriptor reads, typed, in the order each row is checked. */
export function columnSpecOf(t: TableDescriptor): Record<string, ColumnSpec> {
  const cols: Record<string, ColumnSpec> = {};
  const add = (name: string, spec: ColumnSpec) => {
    cols[name] = spec;
  };
  for (const [name, values] of Object.entries(t.checks ?? {})) add(name, { type: 'text', values });
  if (t.date) add(t.date, { type: 'date' });
  add(t.code, { type: 'code' });
  if (t.values) for (const v of t.values) add(v.column, { type: v.type as FieldType });
  if (t.categories) {
    add(t.categories.column, { type: 'text' });
    add(t.categories.value_column, { type: 'count' });
  }
  if (t.long) {
    add(t.long.indicator_column, { type: 'text' });
    add(t.long.value_column, { type: 'text', required: false });
    if (t.long.symbol_column) add(t.long.symbol_column, { type: 'text', required: false });
  }
  return cols;
}

/** Reads one statistical input described by `t` into district measurements. */
export function readIndicatorTable(
  text: string | Iterable<string>,
  file: string,
  sourceId: string,
  t: TableDescriptor,
  registry: DistrictRegistry,
  dates: { min: string; max: string },
): IndicatorTable {
  const ctx: TableContext = { registry, dates };
  const spec = columnSpecOf(t);
  // Rows come as typed values in the order of `spec` (scanTable): columns are found by index.
  const names = Object.keys(spec);
  const at = (column: string) => names.indexOf(column);
  const out: Measurement[] = [];
  const crossChecks: CrossCheck[] = [];
  const emit = t.select_dates ? lastCompletePerMonth(registry, sourceId, out) : { add: (indicator: string, code: string, ref_date: string, value: number) => out.push({ indicator, code, ref_date, value, source_id: sourceId }), finish: () => {} };
  const codeAt = at(t.code);
  const dateAt = t.date ? at(t.date) : -1;
  const where = Object.entries(t.where ?? {}).map(([column, want]) => ({ index: at(column), want }));
  const uniqueAt = t.unique && !t.categories ? t.unique.map(at) : undefined;
  const uniqueRows = uniqueAt ? new TupleSet(uniqueAt.length) : undefined;
  const key: string[] = [];
  const reader = t.values ? wideReader(t.values, at, file, emit.add) : t.categories ? categoryReader(t.categories, at, file, sourceId, out) : longReader(t.long!, at, file, emit.add, crossChecks);

  scanTable(text, file, { columns: spec, stream: t.stream }, ctx, (v, line) => {
    for (const w of where) if (String(v[w.index] ?? '') !== w.want) return;
    const code = v[codeAt] as string;
    const ref_date = dateAt >= 0 ? (v[dateAt] as string) : t.fixed_date!;
    if (uniqueRows) {
      for (let k = 0; k < uniqueAt!.length; k++) key[k] = String(v[uniqueAt![k]] ?? '');
      if (!uniqueRows.add(key)) throw new InputError(file, line, t.unique![t.unique!.length - 1], `duplicate row for ${code} at ${ref_date}`);
    }
    reader.row(v, line, code, ref_date);
  });
  reader.finish();
  emit.finish();
  return { measurements: out, crossChecks };
}

type Emit = (indicator: string, code: string, ref_date: string, value: number) => void;
/** Reads the used rows of one format; `finish` once every row was read. */
interface RowReader {
  row(v: readonly FieldValue[], line: number, code: string, ref_date: string): void;
  finish(): void;
}

/** Wide format: each value column is an indicator. */
function wideReader(columns: NonNullable<TableDescriptor['values']>, at: (column: string) => number, file: string, emit: Emit): RowReader {
  const cols = columns.map((col) => ({ ...col, index: at(col.column), boundAt: col.at_most ? at(col.at_most) : -1 }));
  const row = (v: readonly FieldValue[], line: number, code: string, ref_date: string) => {
    for (const col of cols) {
      if (col.boundAt < 0) continue;
      const value = v[col.index] as number | null;
      const bound = v[col.boundAt] as number | null;
      if (value !== null && bound !== null && value > bound) {
        throw new InputError(file, line, col.column, `${value} exceeds ${col.at_most} ${bound} (share over 100 %)`);
      }
    }
    for (const col of cols) {
      const value = v[col.index] as number | null;
      if (value !== null) emit(col.indicator, code, col.fixed_date ?? ref_date, value);
    }
  };
  return { row, finish: () => {} };
}

/**
 * Category sums: rows of mapped categories are summed per indicator, unit and date; with
 * `complete`, a sum is kept only when every category mapped to it was present. Sums come out in the
 * order they were first met.
 */
function categoryReader(c: NonNullable<TableDescriptor['categories']>, at: (column: string) => number, file: string, sourceId: string, out: Measurement[]): RowReader {
  const categoryAt = at(c.column);
  const valueAt = at(c.value_column);
  const skip = new Set(c.skip);
  const categoryCount = new Map<string, number>();
  for (const ind of Object.values(c.map)) categoryCount.set(ind, (categoryCount.get(ind) ?? 0) + 1);
  // Each sum's measurement, by indicator, unit and date; the categories it holds.
  const index = new MeasurementIndex();
  const parts = new Map<Measurement, Set<string>>();
  let last: Measurement | undefined;
  const row = (v: readonly FieldValue[], line: number, code: string, ref_date: string) => {
    const category = v[categoryAt] as string;
    if (skip.has(category)) return;
    const indicator = c.map[category];
    if (!indicator) throw new InputError(file, line, c.column, `unknown ${c.column} "${category}"`);
    const value = v[valueAt] as number | null;
    if (value === null) return;
    // Rows of one unit and date come together: the previous row's sum is tried first.
    let sum = last !== undefined && last.indicator === indicator && last.code === code && last.ref_date === ref_date ? last : index.get(indicator, code, ref_date);
    if (sum === undefined) {
      sum = { indicator, code, ref_date, value: 0, source_id: sourceId };
      index.addNew(sum);
      parts.set(sum, new Set<string>());
    }
    last = sum;
    const held = parts.get(sum)!;
    if (held.has(category)) throw new InputError(file, line, c.column, `duplicate row for ${code} ${ref_date} ${category}`);
    held.add(category);
    sum.value += value;
  };
  // Sums in the order they were first met (a Map keeps insertion order).
  const finish = () => {
    for (const [m, held] of parts) if (!c.complete || held.size === categoryCount.get(m.indicator)) out.push(m);
  };
  return { row, finish };
}

/** Long format: an indicator-name column, a value column and an optional symbol column. */
function longReader(l: NonNullable<TableDescriptor['long']>, at: (column: string) => number, file: string, emit: Emit, crossChecks: CrossCheck[]): RowReader {
  const nameAt = at(l.indicator_column);
  const valueAt = at(l.value_column);
  const symbolAt = l.symbol_column ? at(l.symbol_column) : -1;
  const seen = new Set<string>();
  const row = (v: readonly FieldValue[], line: number, code: string, ref_date: string) => {
    const name = v[nameAt] as string;
    const target = l.indicators[name];
    if (!target) throw new InputError(file, line, l.indicator_column, `undeclared indicator "${name}" (declare it in geodata/sources.json)`);
    const raw = v[valueAt] as string | null;
    const symbol = symbolAt >= 0 ? (v[symbolAt] as string | null) : null;
    let value: number | null;
    if (symbol !== null) {
      if (!l.symbols || !(symbol in l.symbols)) throw new InputError(file, line, l.symbol_column!, `unknown symbol "${symbol}"`);
      if (raw !== null) throw new InputError(file, line, l.value_column, `has a value "${raw}" and the symbol "${symbol}"`);
      value = l.symbols[symbol] === 'zero' ? 0 : null;
    } else if (raw === null) {
      value = null;
    } else {
      value = parseValue(raw, target.type, file, line, l.value_column);
    }
    const key = `${target.indicator}|${code}|${ref_date}`;
    if (seen.has(key)) throw new InputError(file, line, l.indicator_column, `duplicate value of ${name} for ${code} at ${ref_date}`);
    seen.add(key);
    if (value === null) return;
    if (target.check_against) {
      crossChecks.push({ file, line, field: l.value_column, indicator: target.check_against, code, ref_date, value });
    } else emit(target.indicator, code, ref_date, value);
  };
  return { row, finish: () => {} };
}

/**
 * `select_dates: last_complete_per_month` (cumulative daily series): per month, only the last date
 * on which every unit has a value is kept. A date before the latest complete date of its month can
 * never be selected, so it is dropped as soon as that date is complete: a daily series holds about
 * one month of rows, as plain columns, and measurements are made for the kept dates only.
 */
function lastCompletePerMonth(registry: DistrictRegistry, sourceId: string, out: Measurement[]) {
  const unitIndex = new Map<string, number>();
  for (const code of registry.byCode.keys()) unitIndex.set(code, unitIndex.size);
  type Day = { seen: Uint8Array; units: number; indicators: string[]; codes: string[]; values: number[] };
  const byDate = new Map<string, Day>();
  const latestComplete = new Map<string, string>();
  const add: Emit = (indicator, code, ref_date, value) => {
    const month = ref_date.slice(0, 7);
    const best = latestComplete.get(month);
    if (best !== undefined && ref_date < best) return;
    let day = byDate.get(ref_date);
    if (day === undefined) byDate.set(ref_date, (day = { seen: new Uint8Array(unitIndex.size), units: 0, indicators: [], codes: [], values: [] }));
    day.indicators.push(indicator);
    day.codes.push(code);
    day.values.push(value);
    const unit = unitIndex.get(code)!;
    if (day.seen[unit] === 0) {
      day.seen[unit] = 1;
      day.units++;
    }
    if (day.units === unitIndex.size && (best === undefined || ref_date > best)) {
      latestComplete.set(month, ref_date);
      for (const date of byDate.keys()) if (date < ref_date && date.startsWith(month)) byDate.delete(date);
    }
  };
  const finish = () => {
    const lastOfMonth = new Map<string, string>();
    for (const [date, day] of byDate) {
      if (day.units !== unitIndex.size) continue;
      const month = date.slice(0, 7);
      if (!lastOfMonth.has(month) || lastOfMonth.get(month)! < date) lastOfMonth.set(month, date);
    }
    for (const date of [...lastOfMonth.values()].sort()) {
      // A day's values by unit in the order units were first met (then in row order).
      const day = byDate.get(date)!;
      const first = new Map<string, number>();
      for (const code of day.codes) if (!first.has(code)) first.set(code, first.size);
      const order = day.codes.map((_, i) => i).sort((a, b) => first.get(day.codes[a])! - first.get(day.codes[b])! || a - b);
      for (const i of order) out.push({ indicator: day.indicators[i], code: day.codes[i], ref_date: date, value: day.values[i], source_id: sourceId });
    }
  };
  return { add, finish };
}

function parseValue(raw: string, type: 'count' | 'decimal' | 'percent', file: string, line: number, field: string): number {
  if (/^-?\d+,\d+$/.test(raw)) throw new InputError(file, line, field, `"${raw}" uses a decimal comma; use a point`);
  if (!/^-?\d+(\.\d+)?$/.test(raw)) throw new InputError(file, line, field, `"${raw}" is not a number`);
  const value = Number(raw);
  if (type === 'count' && !Number.isInteger(value)) throw new InputError(file, line, field, `"${raw}" is not a whole number`);
  if (value < 0 && type !== 'decimal') throw new InputError(file, line, field, `"${raw}" is negative; counts cannot be`);
  if (type === 'percent' && value > 100) throw new InputError(file, line, field, `${value} is not a percentage in 0–100`);
  return value;
}
