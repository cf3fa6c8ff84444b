import { describe, expect, it } from 'vitest';
import type { IndicatorRow, Manifest } from '../../../src/lib/contract.ts';
import { csvCell, indicatorCsv, indicatorCsvFileName, sourceLabel } from '../../../src/lib/app/export-csv.ts';

const manifest = {
  inputs: [{ id: 'czso', publisher: 'ČSÚ', title: 'Population, 31 Dec' }],
} as unknown as Manifest;
const row = (code: string, value: number): IndicatorRow => ({ level: 'districts', code, indicator: 'population_total', ref_date: '2019-12-31', value, unit: 'persons', source_id: 'czso' });

describe('csvCell', () => {
  it('leaves plain text and numbers as they are', () => {
    expect(csvCell('Praha 1')).toBe('Praha 1');
    expect(csvCell(29563)).toBe('29563');
    expect(csvCell(-3.5)).toBe('-3.5');
  });
  it('writes missing values as empty cells, never 0', () => {
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(Number.NaN)).toBe('');
  });
  it('quotes commas, quotes and line breaks per RFC 4180', () => {
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
  });
  it('defuses text that a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tcmd')).toBe("'\tcmd");
  });
});

describe('indicatorCsv', () => {
  const csv = indicatorCsv({
    level: 'districts',
    units: [
      { code: '500054', name: 'Praha 1' },
      { code: '999', name: '=evil' },
    ],
    indicator: 'population_total',
    date: '2019-12-31',
    unit: 'persons',
    values: new Map([['500054', row('500054', 29563)]]),
    manifest,
  });
  const lines = csv.split('\r\n');

  it('starts with the header row (no comment lines) and has one row per unit', () => {
    expect(lines[0]).toBe('level,code,name,indicator,ref_date,value,unit,source_id,source');
    expect(lines.filter(Boolean)).toHaveLength(3);
    expect(csv.endsWith('\r\n')).toBe(true);
  });
  it('writes the value with its date, unit and source', () => {
    expect(lines[1]).toBe('districts,500054,Praha 1,population_total,2019-12-31,29563,persons,czso,"ČSÚ: Population, 31 Dec"');
  });
  it('leaves the value of a unit without data empty and guards its name', () => {
    expect(lines[2]).toBe("districts,999,'=evil,population_total,2019-12-31,,persons,,");
  });
});

describe('sourceLabel and file name', () => {
  it('names every input of a combined source id and keeps unknown ids', () => {
    expect(sourceLabel(manifest, 'czso;other')).toBe('ČSÚ: Population, 31 Dec; other');
  });
  it('builds prague-<indicator>-<level>-<date>.csv', () => {
    expect(indicatorCsvFileName('prague', 'population_total', 'districts', '2019-12-31')).toBe('prague-population_total-districts-2019-12-31.csv');
  });
});
