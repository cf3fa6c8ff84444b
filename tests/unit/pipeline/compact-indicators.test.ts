import { describe, expect, it } from 'vitest';
import type { IndicatorRow } from '../../../src/lib/contract.ts';
import { compactIndicators, expandIndicators } from '../../../src/lib/pipeline/compact-indicators.ts';

const row = (level: IndicatorRow['level'], code: string, indicator: string, ref_date: string, value: number, source_id = 'census'): IndicatorRow => ({
  level, code, indicator, ref_date, value, unit: 'persons', source_id,
});
const rows: IndicatorRow[] = [
  row('districts', '500054', 'population_total', '2021-03-27', 1200),
  row('districts', '500011', 'population_total', '2021-03-27', 0.5),
  row('districts', '500054', 'population_total', '2023-01-01', 1300, 'czso'),
  row('districts', '500011', 'foreigners_total', '2023-01-01', 7, 'mv'),
  row('districts', '500054', 'foreigners_total', '2023-01-01', 9, 'humpo'),
  row('city', '554782', 'population_total', '2021-03-27', 1_300_000),
];
const key = (r: IndicatorRow) => `${r.level}|${r.indicator}|${r.ref_date}|${r.code}`;
const sorted = (rs: IndicatorRow[]) => [...rs].sort((a, b) => key(a).localeCompare(key(b)));

describe('compactIndicators', () => {
  it('round-trips: expandIndicators(compactIndicators(rows)) holds the same rows', () => {
    expect(sorted(expandIndicators(compactIndicators(rows)))).toEqual(sorted(rows));
  });
  it('writes each code once per level and values in that order, null where a unit has no row', () => {
    const c = compactIndicators(rows);
    expect(c.codes.districts).toEqual(['500011', '500054']);
    expect(c.series.districts!.population_total.dates['2023-01-01'].values).toEqual([null, 1300]);
  });
  it('writes a source shared by all units once, and per unit when they differ', () => {
    const c = compactIndicators(rows);
    expect(c.series.districts!.population_total.dates['2021-03-27'].source).toBe('census');
    expect(c.series.districts!.foreigners_total.dates['2023-01-01'].source).toEqual(['mv', 'humpo']);
  });
  it('does not mutate its input', () => {
    const copy = structuredClone(rows);
    compactIndicators(rows);
    expect(rows).toEqual(copy);
  });
});
