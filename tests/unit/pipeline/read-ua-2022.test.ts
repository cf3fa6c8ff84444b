import { describe, expect, it } from 'vitest';
import { DATES, readDescribed, toyFile, toyRegistry } from './toy-city.ts';

/** The generic reader with the `mv_ua_2022_daily` descriptor of geodata/sources.json. */
const readUa2022 = readDescribed('mv_ua_2022_daily');

const FILE = 'stats/extra/mc_ua_temporary_protection_mv_2022_daily.csv';

describe('readUa2022', () => {
  it('keeps the last complete preferred day of each month', () => {
    const m = readUa2022(toyFile(FILE), FILE, 'mv', toyRegistry(), DATES);
    expect([...new Set(m.map((x) => x.ref_date))]).toEqual(['2022-03-31', '2022-04-29']);
  });
  it('ignores rows with preferred_for_date = 0', () => {
    const m = readUa2022(toyFile(FILE), FILE, 'mv', toyRegistry(), DATES);
    expect(m.some((x) => x.value === 999)).toBe(false);
  });
  it('refuses a duplicate preferred row', () => {
    const text = 'ref_date,kod_mc,ua_tp_total,preferred_for_date\n2022-03-31,500054,1,1\n2022-03-31,500054,2,1\n';
    expect(() => readUa2022(text, FILE, 'mv', toyRegistry(), DATES)).toThrow(/row 3, field kod_mc: duplicate/);
  });
});
