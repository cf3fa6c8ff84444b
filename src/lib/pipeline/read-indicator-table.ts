// Declarative statistical inputs: the `table` block of a source in geodata/sources.json says which
// column holds the unit code, where the date comes from and which columns (or, in long format, which
// indicator names) become which indicators. One reader for every statistical input.
import { z } from 'zod';
import { InputError } from './input-error.ts';
import { iterateTable, type ColumnSpec, type FieldType, type TableContext } from './read-table.ts';
import type { DistrictRegistry } from './read-district-codes.ts';
import type { Measurement } from './measurement.ts';
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
  const records = iterateTable(text, file, { columns: columnSpecOf(t), stream: t.stream }, ctx);
  const out: Measurement[] = [];
  const crossChecks: CrossCheck[] = [];
  const seen = new Set<string>();
  const uniqueRows = t.unique && !t.categories ? new TupleSet(t.unique.length) : undefined;
  const categorySums = new Map<string, { m: Measurement; parts: Set<string> }>();
  const categoryCount = new Map<string, number>();
  if (t.categories) for (const ind of Object.values(t.categories.map)) categoryCount.set(ind, (categoryCount.get(ind) ?? 0) + 1);
  const byDate = new Map<string, Map<string, Measurement[]>>();
  const latestComplete = new Map<string, string>();

  // Defined once, not per row: at 10,000 units the age × sex input alone has 5 million rows.
  const emit = (indicator: string, code: string, ref_date: string, value: number) => {
    if (t.select_dates) {
      // A date before the latest complete date of its month can never be selected: dropped as
      // soon as that date is complete (and before a measurement is made), so a daily series holds
      // about one month, not every day.
      const month = ref_date.slice(0, 7);
      const best = latestComplete.get(month);
      if (best !== undefined && ref_date < best) return;
      const m: Measurement = { indicator, code, ref_date, value, source_id: sourceId };
      let day = byDate.get(m.ref_date);
      if (day === undefined) byDate.set(m.ref_date, (day = new Map<string, Measurement[]>()));
      const list = day.get(m.code);
      if (list === undefined) day.set(m.code, [m]);
      else list.push(m);
      if (day.size === registry.byCode.size && (best === undefined || m.ref_date > best)) {
        latestComplete.set(month, m.ref_date);
        for (const date of byDate.keys()) if (date < m.ref_date && date.startsWith(month)) byDate.delete(date);
      }
    } else out.push({ indicator, code, ref_date, value, source_id: sourceId });
  };

  const where = Object.entries(t.where ?? {});
  const filteredOut = (v: Record<string, unknown>) => {
    for (const [col, want] of where) if (String(v[col] ?? '') !== want) return true;
    return false;
  };
  for (const rec of records) {
    const v = rec.values;
    if (filteredOut(v)) continue;
    const code = v[t.code] as string;
    const ref_date = t.date ? (v[t.date] as string) : t.fixed_date!;
    if (uniqueRows && !uniqueRows.add(t.unique!.map((c) => String(v[c] ?? '')))) {
      throw new InputError(file, rec.line, t.unique![t.unique!.length - 1], `duplicate row for ${code} at ${ref_date}`);
    }
    if (t.values) {
      for (const col of t.values) {
        const value = v[col.column] as number | null;
        if (col.at_most) {
          const bound = v[col.at_most] as number | null;
          if (value !== null && bound !== null && value > bound) {
            throw new InputError(file, rec.line, col.column, `${value} exceeds ${col.at_most} ${bound} (share over 100 %)`);
          }
        }
      }
      for (const col of t.values) {
        const value = v[col.column] as number | null;
        if (value !== null) emit(col.indicator, code, col.fixed_date ?? ref_date, value);
      }
    } else if (t.categories) {
      const c = t.categories;
      const category = v[c.column] as string;
      if (c.skip.includes(category)) continue;
      const indicator = c.map[category];
      if (!indicator) throw new InputError(file, rec.line, c.column, `unknown ${c.column} "${category}"`);
      const value = v[c.value_column] as number | null;
      if (value === null) continue;
      const key = `${indicator}|${code}|${ref_date}`;
      let entry = categorySums.get(key);
      if (entry === undefined) categorySums.set(key, (entry = { m: { indicator, code, ref_date, value: 0, source_id: sourceId }, parts: new Set<string>() }));
      if (entry.parts.has(category)) throw new InputError(file, rec.line, c.column, `duplicate row for ${code} ${ref_date} ${category}`);
      entry.parts.add(category);
      entry.m.value += value;
    } else if (t.long) {
      const l = t.long;
      const name = v[l.indicator_column] as string;
      const target = l.indicators[name];
      if (!target) throw new InputError(file, rec.line, l.indicator_column, `undeclared indicator "${name}" (declare it in geodata/sources.json)`);
      const raw = v[l.value_column] as string | null;
      const symbol = l.symbol_column ? (v[l.symbol_column] as string | null) : null;
      let value: number | null;
      if (symbol !== null) {
        if (!l.symbols || !(symbol in l.symbols)) throw new InputError(file, rec.line, l.symbol_column!, `unknown symbol "${symbol}"`);
        if (raw !== null) throw new InputError(file, rec.line, l.value_column, `has a value "${raw}" and the symbol "${symbol}"`);
        value = l.symbols[symbol] === 'zero' ? 0 : null;
      } else if (raw === null) {
        value = null;
      } else {
        value = parseValue(raw, target.type, file, rec.line, l.value_column);
      }
      const key = `${target.indicator}|${code}|${ref_date}`;
      if (seen.has(key)) throw new InputError(file, rec.line, l.indicator_column, `duplicate value of ${name} for ${code} at ${ref_date}`);
      seen.add(key);
      if (value === null) continue;
      if (target.check_against) {
        crossChecks.push({ file, line: rec.line, field: l.value_column, indicator: target.check_against, code, ref_date, value });
      } else emit(target.indicator, code, ref_date, value);
    }
  }

  if (t.categories) {
    for (const e of categorySums.values()) {
      if (!t.categories.complete || e.parts.size === categoryCount.get(e.m.indicator)) out.push(e.m);
    }
  }
  if (t.select_dates === 'last_complete_per_month') {
    const lastOfMonth = new Map<string, string>();
    for (const [date, day] of byDate) {
      if (day.size !== registry.byCode.size) continue;
      const month = date.slice(0, 7);
      if (!lastOfMonth.has(month) || lastOfMonth.get(month)! < date) lastOfMonth.set(month, date);
    }
    for (const date of [...lastOfMonth.values()].sort()) for (const ms of byDate.get(date)!.values()) for (const m of ms) out.push(m);
  }
  return { measurements: out, crossChecks };
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
