import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../src/lib/pipeline/parse-csv.ts';
import { readCount, readDate, readDecimal, readPercent, requireColumns } from '../../../src/lib/pipeline/csv-fields.ts';

const table = parseCsv('n,d,p\n12,2019-12-31,12.5\n,2019-02-30,101\n"1,5",2031-01-01,x\n-3,,\n', 'f.csv');
const [ok, bad, worse, negative] = table.rows;

describe('csv field readers', () => {
  it('read counts, decimals and dates', () => {
    expect(readCount(table, ok, 'n')).toBe(12);
    expect(readDecimal(table, ok, 'p')).toBe(12.5);
    expect(readDate(table, ok, 'd', { min: '2000-01-01', max: '2026-01-01' })).toBe('2019-12-31');
  });
  it('return null for an empty cell: missing stays missing, never zero', () => expect(readCount(table, bad, 'n')).toBeNull());
  it('refuse a decimal comma with its row and field', () => expect(() => readCount(table, worse, 'n')).toThrow(/row 4, field n: .*decimal comma/));
  it('refuse negative counts', () => expect(() => readCount(table, negative, 'n')).toThrow(/row 5, field n: .*negative/));
  it('refuse impossible and out-of-range dates', () => {
    expect(() => readDate(table, bad, 'd', { min: '2000-01-01', max: '2026-01-01' })).toThrow(/not a date/);
    expect(() => readDate(table, worse, 'd', { min: '2000-01-01', max: '2026-01-01' })).toThrow(/outside/);
  });
  it('refuse percentages over 100 and non-numbers', () => {
    expect(() => readPercent(table, bad, 'p')).toThrow(/0–100/);
    expect(() => readDecimal(table, worse, 'p')).toThrow(/not a number/);
  });
  it('requireColumns names the missing column', () => expect(() => requireColumns(table, ['n', 'q'])).toThrow(/row 1, field q: missing column/));
});
