// The one generic tabular reader. Every CSV input with a `table` descriptor in geodata/sources.json is
// read through `readTable` (typed, validated records) and, for statistical inputs, turned into
// measurements by `readIndicatorTable` (read-indicator-table.ts). Usable for any tabular input
// (e.g. geocoded address points): give a column spec, get typed records or an InputError naming
// file, row (1-based file line, header = 1) and field.
import { InputError } from './input-error.ts';
import { parseCsv, streamCsv, type CsvRow } from './parse-csv.ts';
import { readCount, readDate, readDecimal, readPercent, readText, requireColumns } from './csv-fields.ts';
import { knownDistrictCode, type DistrictRegistry } from './read-district-codes.ts';

/** Value type of one column. Empty cells are `null` unless the column is `required`. */
export type FieldType = 'text' | 'count' | 'decimal' | 'percent' | 'date' | 'code' | 'latitude' | 'longitude';

export interface ColumnSpec {
  type: FieldType;
  /** empty cell refused (text, date and code are always required) */
  required?: boolean;
  /** allowed values (text only) */
  values?: readonly string[];
}

export interface TableSpec {
  /** columns read, in the order each row is checked; other columns are ignored */
  columns: Readonly<Record<string, ColumnSpec>>;
  /** fewer data rows than this → error (default 1: a header-only file is refused) */
  minRows?: number;
  /** read row by row (large inputs); records are then produced lazily */
  stream?: boolean;
}

/** The accepted range of reference dates (ISO, inclusive). */
export interface DateRange {
  min: string;
  max: string;
}

export interface TableContext {
  /** needed by `code` columns: the unit codes of the city */
  registry?: DistrictRegistry;
  /** needed by `date` columns: the accepted date range */
  dates?: { min: string; max: string };
}

export type FieldValue = string | number | null;

export interface TypedRecord {
  /** 1-based line of the row in the file (header = 1) */
  line: number;
  values: Record<string, FieldValue>;
}

/**
 * Reads a CSV text against a column spec. Throws InputError(file, row, field, reason) on: a missing
 * column, a value of the wrong type (decimal comma, non-numeric, negative count, percentage outside
 * 0–100, nonexistent or out-of-range date, unknown unit code, value outside `values`), an empty
 * required cell, and a file with fewer than `minRows` data rows (header-only).
 */
export function readTable(text: string, file: string, spec: TableSpec, ctx: TableContext = {}): TypedRecord[] {
  return [...iterateTable(text, file, spec, ctx)];
}

/**
 * readTable as an iterator (with `stream: true` only the current row exists in memory, and the text
 * may come as pieces of whole lines).
 */
export function* iterateTable(text: string | Iterable<string>, file: string, spec: TableSpec, ctx: TableContext = {}): Generator<TypedRecord> {
  const names = Object.keys(spec.columns);
  const table = spec.stream ? streamCsv(text, file, names) : parseCsv(typeof text === 'string' ? text : [...text].join(''), file);
  requireColumns(table, names);
  const readers = names.map((name) => fieldReader(file, name, spec.columns[name], ctx));
  let count = 0;
  let lastLine = 1;
  for (const row of table.rows) {
    count++;
    lastLine = row.line;
    const values: Record<string, FieldValue> = {};
    for (let c = 0; c < names.length; c++) values[names[c]] = readers[c](table, row);
    yield { line: row.line, values };
  }
  const minRows = spec.minRows ?? 1;
  if (count < minRows) {
    throw new InputError(file, lastLine + 1, null, count === 0 ? 'has a header but no data rows' : `has ${count} data rows, at least ${minRows} expected`);
  }
}

type Reader = (table: { file: string; columns: string[] }, row: CsvRow) => FieldValue;

function fieldReader(file: string, name: string, col: ColumnSpec, ctx: TableContext): Reader {
  const required = (read: Reader): Reader =>
    col.required
      ? (t, r) => {
          const v = read(t, r);
          if (v === null) throw new InputError(file, r.line, name, 'is empty');
          return v;
        }
      : read;
  switch (col.type) {
    case 'text':
      if (col.values) {
        const allowed = new Set(col.values);
        return (t, r) => {
          const v = r.values[name].trim();
          if (!allowed.has(v)) throw new InputError(file, r.line, name, `"${v}" is not one of ${col.values!.join(', ')}`);
          return v;
        };
      }
      return col.required === false ? (_t, r) => r.values[name].trim() || null : (t, r) => readText(t, r, name);
    case 'count':
      return required((t, r) => readCount(t, r, name));
    case 'decimal':
      return required((t, r) => readDecimal(t, r, name));
    case 'percent':
      return required((t, r) => readPercent(t, r, name));
    case 'latitude':
    case 'longitude': {
      const limit = col.type === 'latitude' ? 90 : 180;
      return required((t, r) => {
        const v = readDecimal(t, r, name);
        if (v !== null && Math.abs(v) > limit) throw new InputError(file, r.line, name, `${v} is not a ${col.type}`);
        return v;
      });
    }
    case 'date': {
      if (!ctx.dates) throw new Error(`readTable: column ${name} is a date but no date range was given`);
      const range = ctx.dates;
      return (t, r) => readDate(t, r, name, range);
    }
    case 'code': {
      if (!ctx.registry) throw new Error(`readTable: column ${name} is a code but no registry was given`);
      const registry = ctx.registry;
      return (t, r) => knownDistrictCode(registry, readText(t, r, name), file, r.line, name);
    }
  }
}
