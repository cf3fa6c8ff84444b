// The one generic tabular reader. Every CSV input with a `table` descriptor in geodata/sources.json is
// read through `readTable` (typed, validated records) and, for statistical inputs, turned into
// measurements by `readIndicatorTable` (read-indicator-table.ts). Usable for any tabular input
// (e.g. geocoded address points): give a column spec, get typed records or an InputError naming
// file, row (1-based file line, header = 1) and field.
import { InputError } from './input-error.ts';
import { checkFieldCount, csvRecords, isBlank } from './parse-csv.ts';
import { countOf, dateOf, decimalOf, percentOf, requireColumns, textOf } from './csv-fields.ts';
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
  const names = Object.keys(spec.columns);
  const records: TypedRecord[] = [];
  scanTable(text, file, spec, ctx, (values, line) => {
    const record: Record<string, FieldValue> = {};
    for (let c = 0; c < names.length; c++) record[names[c]] = values[c];
    records.push({ line, values: record });
  });
  return records;
}

/**
 * readTable without a record per row: `visit` gets each row's typed values in the order of
 * `spec.columns`, in one array reused for every row (copy what you keep). With `stream: true` only
 * the current row exists in memory, and the text may come as pieces of whole lines. Same checks,
 * same order: at 10,000 units the age × sex input alone has 5 million rows.
 */
export function scanTable(text: string | Iterable<string>, file: string, spec: TableSpec, ctx: TableContext, visit: (values: FieldValue[], line: number) => void): void {
  const names = Object.keys(spec.columns);
  const { columns, records } = csvRecords(text, file, { whole: !spec.stream, read: names });
  requireColumns({ file, columns }, names);
  const at = names.map((name) => columns.indexOf(name));
  const readers = names.map((name) => fieldReader(file, name, spec.columns[name], ctx));
  const values: FieldValue[] = names.map(() => null);
  let count = 0;
  let lastLine = 1;
  for (const record of records) {
    if (isBlank(record)) continue;
    checkFieldCount(record, columns, file);
    count++;
    lastLine = record.line;
    for (let c = 0; c < readers.length; c++) values[c] = readers[c](record.fields[at[c]], record.line);
    visit(values, record.line);
  }
  const minRows = spec.minRows ?? 1;
  if (count < minRows) {
    throw new InputError(file, lastLine + 1, null, count === 0 ? 'has a header but no data rows' : `has ${count} data rows, at least ${minRows} expected`);
  }
}

/** Reads one raw cell of the column (its file line for errors). */
type Reader = (cell: string, line: number) => FieldValue;

/**
 * The reader of a column whose value depends on the cell alone, remembering the last cell: codes,
 * dates and categories repeat row after row, and comparing two short strings costs less than
 * trimming, validating and looking the cell up again.
 */
function lastCellKept(read: Reader): Reader {
  let lastCell: string | undefined;
  let lastValue: FieldValue = null;
  return (cell, line) => {
    if (cell === lastCell) return lastValue;
    lastValue = read(cell, line);
    lastCell = cell;
    return lastValue;
  };
}

function fieldReader(file: string, name: string, col: ColumnSpec, ctx: TableContext): Reader {
  const required = (read: Reader): Reader =>
    col.required
      ? (cell, line) => {
          const v = read(cell, line);
          if (v === null) throw new InputError(file, line, name, 'is empty');
          return v;
        }
      : read;
  switch (col.type) {
    case 'text':
      if (col.values) {
        const allowed = new Set(col.values);
        return lastCellKept((cell, line) => {
          const v = cell.trim();
          if (!allowed.has(v)) throw new InputError(file, line, name, `"${v}" is not one of ${col.values!.join(', ')}`);
          return v;
        });
      }
      return lastCellKept(col.required === false ? (cell) => cell.trim() || null : (cell, line) => textOf(cell, file, line, name));
    case 'count':
      return required((cell, line) => countOf(cell, file, line, name));
    case 'decimal':
      return required((cell, line) => decimalOf(cell, file, line, name));
    case 'percent':
      return required((cell, line) => percentOf(cell, file, line, name));
    case 'latitude':
    case 'longitude': {
      const limit = col.type === 'latitude' ? 90 : 180;
      return required((cell, line) => {
        const v = decimalOf(cell, file, line, name);
        if (v !== null && Math.abs(v) > limit) throw new InputError(file, line, name, `${v} is not a ${col.type}`);
        return v;
      });
    }
    case 'date': {
      if (!ctx.dates) throw new Error(`readTable: column ${name} is a date but no date range was given`);
      const range = ctx.dates;
      return lastCellKept((cell, line) => dateOf(cell, file, line, name, range));
    }
    case 'code': {
      if (!ctx.registry) throw new Error(`readTable: column ${name} is a code but no registry was given`);
      const registry = ctx.registry;
      return lastCellKept((cell, line) => knownDistrictCode(registry, textOf(cell, file, line, name), file, line, name));
    }
  }
}
