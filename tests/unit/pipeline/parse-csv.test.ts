import { describe, expect, it } from 'vitest';
import { parseCsv, MAX_ROW_CHARS } from '../../../src/lib/pipeline/parse-csv.ts';

describe('parseCsv', () => {
  it('reads a header and rows into records keyed by column, with file line numbers', () => {
    const t = parseCsv('a,b\n1,2\n3,4\n', 'f.csv');
    expect(t.columns).toEqual(['a', 'b']);
    expect(t.rows).toEqual([{ line: 2, values: { a: '1', b: '2' } }, { line: 3, values: { a: '3', b: '4' } }]);
  });

  it('handles quoted fields with commas, doubled quotes and line breaks, counting lines correctly', () => {
    const t = parseCsv('a,b\n"x, ""y""","line1\nline2"\nz,w\n', 'f.csv');
    expect(t.rows[0].values).toEqual({ a: 'x, "y"', b: 'line1\nline2' });
    expect(t.rows[1]).toEqual({ line: 4, values: { a: 'z', b: 'w' } });
  });

  it('accepts CRLF line ends and a missing final newline', () => {
    expect(parseCsv('a,b\r\n1,2', 'f.csv').rows[0].values).toEqual({ a: '1', b: '2' });
  });

  it('skips blank lines', () => {
    expect(parseCsv('a\n1\n\n2\n', 'f.csv').rows.map((r) => r.line)).toEqual([2, 4]);
  });

  it('refuses an empty file', () => expect(() => parseCsv(' \n', 'f.csv')).toThrow(/f\.csv: row -, field -: file is empty/));
  it('refuses a semicolon-separated file', () => expect(() => parseCsv('a;b\n1;2\n', 'f.csv')).toThrow(/row 1.*";" as separator/));
  it('refuses a row with a wrong number of fields', () => expect(() => parseCsv('a,b\n1,2,3\n', 'f.csv')).toThrow(/row 2.*3 fields/));
  it('refuses an unterminated quote (truncated file)', () => expect(() => parseCsv('a,b\n1,"abc', 'f.csv')).toThrow(/row 2.*unterminated/));
  it('refuses duplicate column names', () => expect(() => parseCsv('a,a\n1,2\n', 'f.csv')).toThrow(/field a: duplicate column/));
  it('refuses rows longer than MAX_ROW_CHARS', () =>
    expect(() => parseCsv(`a\n${'x'.repeat(MAX_ROW_CHARS + 1)}\n`, 'f.csv')).toThrow(/row 2.*longer than/));
});
