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
  const lines = [columns.join(',')];
  if (columns.length === 0) return lines.concat(rows.map(() => '')).join('\n') + '\n';
  for (const row of rows) {
    let line = field(row[columns[0]] as string | number);
    for (let c = 1; c < columns.length; c++) line += ',' + field(row[columns[c]] as string | number);
    lines.push(line);
  }
  return lines.join('\n') + '\n';
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
