import { describe, expect, it } from 'vitest';
import { AnalysisColumns, analysisCsvChunks } from '../../../src/lib/analysis/analysis-columns.ts';
import { formatCsvChunks, sortRows } from '../../../src/lib/pipeline/format-csv.ts';
import type { AnalysisRow } from '../../../src/lib/contract.ts';

const COLUMNS = ['level', 'code', 'ref_date', 'group', 'measure', 'value'] as const;

describe('AnalysisColumns and analysisCsvChunks', () => {
  it('write what sortRows and formatCsvChunks write for the same rows, byte for byte', () => {
    const rows: AnalysisRow[] = [];
    const levels = ['obvody', 'districts', 'spravni_obvody'] as const;
    let n = 0;
    for (const level of levels)
      for (const code of ['9', '10', '500054', '1'])
        for (const ref_date of ['2022-03-31', '2019-12-31'])
          for (const group of ['ua', 'foreigners', 'a,b "quoted"'])
            for (const measure of ['share_pct', 'flag_grade', 'lisa_cluster']) rows.push({ level, code, ref_date, group, measure, value: [0, -0, 1.25, 12345678.5, 3, 0.1 + 0.2][n++ % 6] });
    // the same key twice: the order of arrival decides
    rows.push({ ...rows[0], value: 7 });
    const columns = new AnalysisColumns();
    for (const row of rows) columns.push(row);
    const expected = [...formatCsvChunks([...COLUMNS], sortRows(rows, ['code', 'ref_date', 'group', 'measure']))].join('');
    const actual = [...analysisCsvChunks(columns.encoded())].join('');
    expect(actual).toBe(expected);
    expect(actual.split('\n')[1]).toBe('districts,1,2019-12-31,"a,b ""quoted""",flag_grade,3');
  });

  it('writes the header alone for no rows', () => expect([...analysisCsvChunks(new AnalysisColumns().encoded())].join('')).toBe('level,code,ref_date,group,measure,value\n'));
});
