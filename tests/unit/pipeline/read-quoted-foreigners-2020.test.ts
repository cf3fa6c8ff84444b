import { describe, expect, it } from 'vitest';
import { readQuotedForeigners2020 } from '../../../src/lib/pipeline/read-quoted-foreigners-2020.ts';
import { DATES, toyFile, toyRegistry } from './toy-city.ts';

const FILE = 'stats/mc_foreigners_quoted_2020-01-01.csv';

describe('readQuotedForeigners2020', () => {
  it('maps each metric/qualifier to its own district-only indicator', () => {
    const rows = readQuotedForeigners2020(toyFile(FILE), FILE, 'q', toyRegistry(), DATES);
    expect(rows.map((r) => [r.code, r.indicator, r.value, r.unit])).toEqual([
      ['500089', 'foreigners_quoted_2020_share_pct', 31.36, 'percent'],
      ['500054', 'foreigners_quoted_2020_count_lower_bound', 5670, 'persons'],
      ['500054', 'foreigners_quoted_2020_over_20pct_listed', 1, 'flag'],
    ]);
    expect(rows.every((r) => r.level === 'districts')).toBe(true);
  });
  it('refuses an unknown metric', () =>
    expect(() => readQuotedForeigners2020('ref_date,kod_mc,metric,value,qualifier\n2020-01-01,500054,x,1,exact\n', FILE, 'q', toyRegistry(), DATES)).toThrow(/row 2, field metric/));
});
