import { describe, expect, it } from 'vitest';
import { parseCsv, streamCsv, MAX_ROW_CHARS } from '../../../src/lib/pipeline/parse-csv.ts';

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

describe('streamCsv', () => {
  it('yields the rows parseCsv returns, quotes, CRLF and blank lines included', () => {
    const text = 'a,b\r\n1,"x, ""y"""\r\n\r\n"multi\nline",4\n5,\n';
    const stream = streamCsv(text, 'f.csv');
    expect(stream.columns).toEqual(['a', 'b']);
    expect([...stream.rows]).toEqual(parseCsv(text, 'f.csv').rows);
  });
  it('keeps only the columns the caller reads, and still checks every row for its field count', () => {
    const stream = streamCsv('a,b,c\n1,2,3\n4,5,6\n', 'f.csv', ['c', 'a']);
    expect(stream.columns).toEqual(['a', 'b', 'c']);
    expect([...stream.rows]).toEqual([{ line: 2, values: { a: '1', c: '3' } }, { line: 3, values: { a: '4', c: '6' } }]);
    expect(() => [...streamCsv('a,b,c\n1,2\n', 'f.csv', ['a']).rows]).toThrow(/has 2 fields/);
  });
  it('checks the header at once and the rows while reading, in file order', () => {
    expect(() => streamCsv('a;b\n1;2\n', 'f.csv')).toThrow(/";" as separator/);
    expect(() => streamCsv('', 'f.csv')).toThrow(/empty/);
    const stream = streamCsv('a,b\n1,2\n3\n"open', 'f.csv');
    expect(() => [...stream.rows]).toThrow(/f\.csv: row 3.*has 1 fields/);
  });
});

describe('streamCsv with the columns read', () => {
  it('keeps only the columns read and still checks the others', () => {
    const rows = [...streamCsv('a,b,c\n1,"x,""y""",3\n4,,6\n', 'f.csv', ['a', 'c']).rows];
    expect(rows.map((r) => r.values)).toEqual([{ a: '1', c: '3' }, { a: '4', c: '6' }]);
    expect(() => [...streamCsv('a,b,c\n1,x"y,3\n', 'f.csv', ['a', 'c']).rows]).toThrow(/quote inside an unquoted field/);
    expect(() => [...streamCsv('a,b,c\n1,"x,3\n', 'f.csv', ['a', 'c']).rows]).toThrow(/unterminated/);
    expect(() => [...streamCsv('a,b,c\n1,2\n', 'f.csv', ['a', 'c']).rows]).toThrow(/has 2 fields/);
  });
});

describe('streamCsv over pieces', () => {
  const text = 'a,b\n1,"x\ny"\n"2",""""\n3,z';
  it('gives the rows and lines of the whole text, wherever it is cut between lines', () => {
    const whole = [...streamCsv(text, 'f.csv').rows];
    const lines = text.split(/(?<=\n)/);
    for (let cut = 1; cut < lines.length; cut++) {
      const pieces = [lines.slice(0, cut).join(''), lines.slice(cut).join('')];
      expect([...streamCsv(pieces, 'f.csv').rows]).toEqual(whole);
    }
    expect([...streamCsv(lines, 'f.csv').rows]).toEqual(whole);
  });
  it('refuses pieces of only whitespace as an empty file, and names the line of a fault in a later piece', () => {
    expect(() => streamCsv([' \n'], 'f.csv')).toThrow(/file is empty/);
    expect(() => streamCsv([], 'f.csv')).toThrow(/file is empty/);
    expect(() => [...streamCsv(['a,b\n', '1,2\n', '3\n'], 'f.csv').rows]).toThrow(/row 3,/);
  });
});

describe('parseCsv on lines split by search and by the state machine', () => {
  it('reads simple and not-so-simple lines alike, in any mix', () => {
    const text = [
      'a,b,c',
      '1,"x",3', // simple quoted
      '1,"x ""y""",3', // doubled quote: state machine
      '1,"two\nlines",3', // line break inside quotes: state machine
      '1,x\ry,3', // a lone \r is dropped, as before
      '1,"x"y,3', // text after a closing quote is kept, as before
      '1,x,3\r', // CRLF
      '1,x,3',
    ].join('\n');
    expect(parseCsv(text, 'f.csv').rows.map((r) => [r.line, r.values.b])).toEqual([
      [2, 'x'],
      [3, 'x "y"'],
      [4, 'two\nlines'],
      [6, 'xy'],
      [7, 'xy'],
      [8, 'x'],
      [9, 'x'],
    ]);
  });
  it('gives a repeated cell as the same value, and a changed cell as the new one', () => {
    const rows = [...streamCsv('a,b\n1,x\n1,xy\n1,x\n', 'f.csv').rows].map((r) => r.values);
    expect(rows).toEqual([{ a: '1', b: 'x' }, { a: '1', b: 'xy' }, { a: '1', b: 'x' }]);
  });
  it('still refuses a quote inside an unquoted field and a row over MAX_ROW_CHARS on a simple line', () => {
    expect(() => parseCsv('a,b\n1,x"y\n', 'f.csv')).toThrow(/row 2.*quote inside an unquoted field/);
    expect(() => parseCsv(`a,b\n1,${'x'.repeat(MAX_ROW_CHARS)}\n`, 'f.csv')).toThrow(/row 2.*longer than/);
  });
});
