import { LEVELS, CITY_LEVEL } from '../contract.ts';

const LEVEL_ORDER: string[] = [...LEVELS, CITY_LEVEL];

/** Quotes a field only when needed (RFC 4180). */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  // A formatted number never holds a quote, comma or line break.
  if (typeof value === 'number') return formatNumber(value);
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Plain decimal notation, never exponents; -0 becomes 0. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`cannot write non-finite number ${value}`);
  if (Object.is(value, -0) || value === 0) return '0';
  // String() writes exponents only from 1e21 on; BigInt is slow to make for millions of values.
  if (Number.isInteger(value)) return Math.abs(value) < 1e21 ? String(value) : BigInt(value).toString();
  // Trailing zeros (and then the point) cut by hand: two regular expressions per value were a
  // fifth of the time spent writing 3 million rows.
  const fixed = value.toFixed(10);
  let end = fixed.length;
  while (fixed.charCodeAt(end - 1) === ZERO) end--;
  if (fixed.charCodeAt(end - 1) === POINT) end--;
  return fixed.slice(0, end);
}

const ZERO = 48;
const POINT = 46;

/** Writes rows as CSV with the given column order, LF line ends and a final newline. */
export function formatCsv<T extends object>(columns: readonly (keyof T & string)[], rows: readonly T[]): string {
  return [...formatCsvChunks(columns, rows)].join('');
}

/**
 * Rows per chunk of formatCsvChunks (~40 KB). Small on purpose: a chunk being built survives the
 * young-generation collections it spans, and with 50,000-row chunks copying them was three
 * quarters of the time spent formatting 3 million rows.
 */
const CHUNK_ROWS = 500;

/**
 * formatCsv in pieces (each a run of whole lines), for tables written to a file: at 10,000 units
 * analysis.csv is ~250 MB, which as one string (and its line array) dominated the build's memory.
 */
export function* formatCsvChunks<T extends object>(columns: readonly (keyof T & string)[], rows: readonly T[]): Generator<string> {
  yield columns.join(',') + '\n';
  const count = rows.length;
  // Sorted rows repeat their level, code, date and group row after row: each column's last value
  // is formatted once (quoting checks on 15 million cells were a fifth of the writing).
  const lastValue: unknown[] = columns.map(() => undefined);
  const lastField: string[] = columns.map(() => '');
  const cell = (i: number, c: number) => {
    const value = rows[i][columns[c]];
    if (value !== lastValue[c] || value === undefined) {
      lastField[c] = csvField(value as string | number);
      lastValue[c] = value;
    }
    return lastField[c];
  };
  for (let start = 0; start < count; start += CHUNK_ROWS) {
    let chunk = '';
    for (let r = start; r < Math.min(count, start + CHUNK_ROWS); r++) {
      let line = columns.length === 0 ? '' : cell(r, 0);
      for (let c = 1; c < columns.length; c++) line += ',' + cell(r, c);
      chunk += line + '\n';
    }
    yield chunk;
  }
}

/**
 * Stable order for long tables: level (districts, SO, obvody, city), code, then the other keys.
 * Rows are bucketed by level and first key and only each bucket is sorted, by one number per row
 * that ranks its other keys (they have few distinct values: dates, groups, measures): one
 * comparison sort of the 3 million analysis rows at 10,000 units, comparing strings, was most of
 * the time spent writing them.
 */
export function sortRows<T extends { level: string; code?: string }>(rows: readonly T[], keys: readonly (keyof T & string)[]): T[] {
  const [first, ...rest] = keys;
  const buckets = new Map<string, Map<string, number[]>>();
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    let byFirst = buckets.get(row.level);
    if (byFirst === undefined) buckets.set(row.level, (byFirst = new Map()));
    const key = first === undefined ? '' : String(row[first]);
    const bucket = byFirst.get(key);
    if (bucket === undefined) byFirst.set(key, [i]);
    else bucket.push(i);
  }
  const order = restOrder(rows, rest);
  const sorted: T[] = [];
  for (const level of [...buckets.keys()].sort(compareLevels)) {
    const byFirst = buckets.get(level)!;
    for (const key of [...byFirst.keys()].sort(compareStrings)) for (const i of byFirst.get(key)!.sort(order)) sorted.push(rows[i]);
  }
  return sorted;
}

/** Code-point order of two strings (not the locale's). */
export const compareStrings = (x: string, y: string) => (x === y ? 0 : x < y ? -1 : 1);

/** The order of levels in long tables: districts, SO, obvody, city, then any other by name. */
export const compareLevels = (a: string, b: string) => LEVEL_ORDER.indexOf(a) - LEVEL_ORDER.indexOf(b) || compareStrings(a, b);

/**
 * Compares two row indices by the keys `rest` (their values as strings), equal rows by index. The
 * keys' values are ranked once and combined into one number per row when their counts allow.
 */
function restOrder<T>(rows: readonly T[], rest: readonly (keyof T & string)[]): (a: number, b: number) => number {
  const ranks = rest.map((k) => {
    const distinct = new Set<string>();
    for (const row of rows) distinct.add(String(row[k]));
    return new Map([...distinct].sort(compareStrings).map((v, r) => [v, r]));
  });
  if (ranks.reduce((product, r) => product * Math.max(1, r.size), 1) > Number.MAX_SAFE_INTEGER) {
    return (a, b) => {
      for (const k of rest) {
        const order = compareStrings(String(rows[a][k]), String(rows[b][k]));
        if (order !== 0) return order;
      }
      return a - b;
    };
  }
  const combined = new Float64Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    let key = 0;
    for (let k = 0; k < rest.length; k++) key = key * ranks[k].size + ranks[k].get(String(rows[i][rest[k]]))!;
    combined[i] = key;
  }
  return (a, b) => combined[a] - combined[b] || a - b;
}
