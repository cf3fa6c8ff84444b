import { describe, expect, it } from 'vitest';
import { checkCityTotals } from '../../../src/lib/pipeline/check-city-totals.ts';
import type { IndicatorRow } from '../../../src/lib/contract.ts';

const city = (ref_date: string, value: number): IndicatorRow => ({ level: 'city', code: '554782', indicator: 'population_total', ref_date, value, unit: 'persons', source_id: 's' });
const totals = 'year,ref_date,area,measure,value\n2019,2019-12-31,Praha,population_total,100\n2020,2020-12-31,Praha,population_total,120\n2019,2019-12-31,Praha,foreigners_total,7\n';
const dates = { min: '2000-01-01', max: '2026-01-01' };

describe('checkCityTotals', () => {
  it('counts the dates where the district sum matches the official total', () => expect(checkCityTotals(totals, 't.csv', [city('2019-12-31', 100)], dates)).toBe(1));
  it('ignores dates without a district sum', () => expect(checkCityTotals(totals, 't.csv', [], dates)).toBe(0));
  it('refuses a mismatch, naming the totals row', () =>
    expect(() => checkCityTotals(totals, 't.csv', [city('2019-12-31', 99)], dates)).toThrow(/t\.csv: row 2, field value: city population 100/));
});
