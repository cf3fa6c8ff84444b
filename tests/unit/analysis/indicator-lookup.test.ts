import { describe, expect, it } from 'vitest';
import type { IndicatorRow } from '../../../src/lib/contract.ts';
import { indicatorLookup } from '../../../src/lib/analysis/indicator-lookup.ts';

const row = (code: string, ref_date: string, value: number, source_id = 's'): IndicatorRow => ({ level: 'districts', code, indicator: 'population_total', ref_date, value, unit: 'persons', source_id });

describe('indicatorLookup', () => {
  const lookup = indicatorLookup([row('a', '2019-12-31', 10, 'z'), row('a', '2019-12-31', 11, 'b'), row('a', '2011-12-31', 9), row('b', '2019-12-31', 5)]);
  it('finds values by level, indicator and date; duplicates resolve by source_id order', () => {
    expect(lookup.valuesAt('districts', 'population_total', '2019-12-31')).toEqual(new Map([['a', 11], ['b', 5]]));
    expect(lookup.valuesAt('obvody', 'population_total', '2019-12-31').size).toBe(0);
  });
  it('lists dates ascending and series per unit', () => {
    expect(lookup.datesOf('districts', 'population_total')).toEqual(['2011-12-31', '2019-12-31']);
    expect(lookup.seriesOf('districts', 'population_total', 'b')).toEqual([{ ref_date: '2019-12-31', value: 5 }]);
  });
});
