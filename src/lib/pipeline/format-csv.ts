import { LEVELS, CITY_LEVEL } from '../contract.ts';

const LEVEL_ORDER: string[] = [...LEVELS, CITY_LEVEL];

/** Quotes a field only when needed (RFC 4180). */
function field(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  // A formatted number never holds a quote, comma or line break.
  if (typeof value === 'number') return formatNumber(value);
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Plain decimal notation, never exponents; -0 becomes 0. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`cannot write non-finite number ${value}`);
  if (Object.is(value, -0) || value === 0) return '0';
  if (Number.isInteger(value)) return BigInt(value).toString();
  return value.toFixed(10).replace(/0+$/, '').replace(/\.$/, '');
}

/** Writes rows as CSV with the given column order, LF line ends and a final newline. */
export function formatCsv<T extends object>(columns: readonly (keyof T & string)[], rows: readonly T[]): string {
  return [...formatCsvChunks(columns, rows)].join('');
}

/** Rows per chunk of formatCsvChunks: a few MB of text. */
const CHUNK_ROWS = 50_000;

/**
 * formatCsv in pieces (each a run of whole lines), for tables written to a file: at 10,000 units
 * analysis.csv is ~250 MB, which as one string (and its line array) dominated the build's memory.
 */
export function* formatCsvChunks<T extends object>(columns: readonly (keyof T & string)[], rows: readonly T[]): Generator<string> {
  yield columns.join(',') + '\n';
  for (let start = 0; start < rows.length; start += CHUNK_ROWS) {
    let chunk = '';
    for (const row of rows.slice(start, start + CHUNK_ROWS)) {
      let line = columns.length === 0 ? '' : field(row[columns[0]] as string | number);
      for (let c = 1; c < columns.length; c++) line += ',' + field(row[columns[c]] as string | number);
      chunk += line + '\n';
    }
    yield chunk;
  }
}

/** Stable order for long tables: level (districts, SO, obvody, city), code, then the other keys. */
export function sortRows<T extends { level: string; code?: string }>(rows: readonly T[], keys: readonly (keyof T & string)[]): T[] {
  return [...rows].sort((a, b) => {
    if (a.level !== b.level) {
      const l = LEVEL_ORDER.indexOf(a.level) - LEVEL_ORDER.indexOf(b.level);
      if (l !== 0) return l;
    }
    for (const k of keys) {
      // Equal values need no string conversion (millions of comparisons at 10,000 units).
      if (a[k] === b[k]) continue;
      const x = String(a[k]);
      const y = String(b[k]);
      if (x !== y) return x < y ? -1 : 1;
    }
    return 0;
  });
}
