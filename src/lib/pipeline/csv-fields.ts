import { InputError } from './input-error.ts';
import type { CsvRow, CsvTable } from './parse-csv.ts';

/** What the readers below need of a table: a parsed table or a stream. */
type CsvSource = Pick<CsvTable, 'file' | 'columns'>;

/** Throws naming the first missing column. */
export function requireColumns(table: CsvSource, columns: readonly string[]): void {
  for (const c of columns) {
    if (!table.columns.includes(c)) throw new InputError(table.file, 1, c, `missing column "${c}" (found: ${table.columns.join(', ')})`);
  }
}

/** Digits only, short enough to be a safe integer. */
const SMALL_COUNT = /^\d{1,15}$/;

/** A non-negative integer count; empty cell → null (missing stays missing, never zero). */
export function readCount(table: CsvSource, row: CsvRow, field: string): number | null {
  return countOf(row.values[field], table.file, row.line, field);
}

/** readCount of one raw cell. */
export function countOf(cell: string, file: string, line: number, field: string): number | null {
  const raw = cell.trim();
  if (raw === '') return null;
  // The common case first, tested once (millions of cells at 10,000 units); the rest names the fault.
  if (SMALL_COUNT.test(raw)) return Number(raw);
  if (/^-?\d+,\d+$/.test(raw)) throw new InputError(file, line, field, `"${raw}" uses a decimal comma; counts must be integers`);
  if (!/^-?\d+$/.test(raw)) throw new InputError(file, line, field, `"${raw}" is not a whole number`);
  const value = Number(raw);
  if (value < 0) throw new InputError(file, line, field, `"${raw}" is negative; counts cannot be`);
  if (!Number.isSafeInteger(value)) throw new InputError(file, line, field, `"${raw}" is too large`);
  return value;
}

/** A decimal number written with a point; a decimal comma is refused rather than guessed. */
export function readDecimal(table: CsvSource, row: CsvRow, field: string): number | null {
  return decimalOf(row.values[field], table.file, row.line, field);
}

/** readDecimal of one raw cell. */
export function decimalOf(cell: string, file: string, line: number, field: string): number | null {
  const raw = cell.trim();
  if (raw === '') return null;
  if (/^-?\d+,\d+$/.test(raw)) throw new InputError(file, line, field, `"${raw}" uses a decimal comma; use a point`);
  if (!/^-?\d+(\.\d+)?$/.test(raw)) throw new InputError(file, line, field, `"${raw}" is not a number`);
  return Number(raw);
}

/** A percentage in 0…100. */
export function readPercent(table: CsvSource, row: CsvRow, field: string): number | null {
  return percentOf(row.values[field], table.file, row.line, field);
}

/** readPercent of one raw cell. */
export function percentOf(cell: string, file: string, line: number, field: string): number | null {
  const value = decimalOf(cell, file, line, field);
  if (value !== null && (value < 0 || value > 100)) throw new InputError(file, line, field, `${value} is not a percentage in 0–100`);
  return value;
}

/**
 * Strings already found to be existing dates, each kept once. Inputs repeat a few hundred dates over
 * millions of rows: building a Date for each row was a tenth of the build, and the rows share the
 * kept string instead of holding a copy each. Bounded so it cannot grow without limit.
 */
const EXISTING_DATES = new Map<string, string>();
const EXISTING_DATES_MAX = 100_000;

/** The kept string of an existing date, or undefined when `raw` is not one. */
function existingDate(raw: string): string | undefined {
  const known = EXISTING_DATES.get(raw);
  if (known !== undefined) return known;
  const valid = /^(\d{4})-(\d{2})-(\d{2})$/.test(raw) && new Date(`${raw}T00:00:00Z`).toISOString().slice(0, 10) === raw;
  if (!valid) return undefined;
  if (EXISTING_DATES.size >= EXISTING_DATES_MAX) EXISTING_DATES.clear();
  EXISTING_DATES.set(raw, raw);
  return raw;
}

/** An ISO date YYYY-MM-DD that exists and lies in [min, max]. */
export function readDate(table: CsvSource, row: CsvRow, field: string, range: { min: string; max: string }): string {
  return dateOf(row.values[field], table.file, row.line, field, range);
}

/** readDate of one raw cell. */
export function dateOf(cell: string, file: string, line: number, field: string, range: { min: string; max: string }): string {
  const raw = cell.trim();
  const date = existingDate(raw);
  if (date === undefined) throw new InputError(file, line, field, `"${raw}" is not a date YYYY-MM-DD`);
  if (date < range.min || date > range.max) throw new InputError(file, line, field, `date ${raw} is outside ${range.min} … ${range.max}`);
  return date;
}

/** A non-empty text cell. */
export function readText(table: CsvSource, row: CsvRow, field: string): string {
  return textOf(row.values[field], table.file, row.line, field);
}

/** readText of one raw cell. */
export function textOf(cell: string, file: string, line: number, field: string): string {
  const raw = cell.trim();
  if (raw === '') throw new InputError(file, line, field, 'is empty');
  return raw;
}
