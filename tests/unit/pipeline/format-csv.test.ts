import { describe, expect, it } from 'vitest';
import { formatCsv, formatCsvChunks, formatNumber, sortRows } from '../../../src/lib/pipeline/format-csv.ts';

describe('formatCsv', () => {
  it('writes a header, LF line ends, a final newline and quotes only when needed', () =>
    expect(formatCsv(['a', 'b'], [{ a: 'x,y', b: 1 }, { a: 'say "hi"', b: 0.5 }])).toBe('a,b\n"x,y",1\n"say ""hi""",0.5\n'));
  it('formats numbers without exponents or negative zero', () => {
    expect(formatNumber(1e21)).toBe('1000000000000000000000');
    expect(formatNumber(0.00001)).toBe('0.00001');
    expect(formatNumber(-0)).toBe('0');
    expect(() => formatNumber(NaN)).toThrow();
  });
  it('sorts rows by level (districts, SO, obvody, city) then the given keys', () => {
    const rows = [
      { level: 'city', code: '554782', k: 'a' },
      { level: 'obvody', code: '19', k: 'a' },
      { level: 'districts', code: '500089', k: 'a' },
      { level: 'districts', code: '500054', k: 'b' },
      { level: 'spravni_obvody', code: '116', k: 'a' },
    ];
    expect(sortRows(rows, ['code', 'k']).map((r) => r.code)).toEqual(['500054', '500089', '116', '19', '554782']);
  });
  it('orders like one stable sort by level then each key as a string, and does not mutate its input', () => {
    const levels = ['city', 'obvody', 'districts', 'spravni_obvody'];
    const rows = Array.from({ length: 500 }, (_, i) => ({ level: levels[(i * 7) % 4], code: String((i * 31) % 13), date: `2020-0${(i % 3) + 1}`, n: (i * 17) % 5, i }));
    const copy = structuredClone(rows);
    const rank = (l: string) => ['districts', 'spravni_obvody', 'obvody', 'city'].indexOf(l);
    const expected = [...rows].sort((a, b) => rank(a.level) - rank(b.level) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0) || (a.date < b.date ? -1 : a.date > b.date ? 1 : 0) || (String(a.n) < String(b.n) ? -1 : String(a.n) > String(b.n) ? 1 : 0));
    expect(sortRows(rows, ['code', 'date', 'n']).map((r) => r.i)).toEqual(expected.map((r) => r.i));
    expect(rows).toEqual(copy);
  });
});

describe('formatCsvChunks', () => {
  it('yields whole lines that join to formatCsv', () => {
    const rows = Array.from({ length: 120_001 }, (_, i) => ({ a: `r${i}`, b: i / 4 }));
    const chunks = [...formatCsvChunks(['a', 'b'], rows)];
    expect(chunks.length).toBeGreaterThan(2);
    expect(chunks.every((c) => c.endsWith('\n'))).toBe(true);
    expect(chunks.join('')).toBe(`a,b\n${rows.map((r) => `${r.a},${r.b}`).join('\n')}\n`);
  });
  it('writes the header alone for no rows', () => expect([...formatCsvChunks(['a', 'b'], [])].join('')).toBe('a,b\n'));
});
