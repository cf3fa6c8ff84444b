import { describe, expect, it } from 'vitest';
import { computeIndicators, roundRate } from '../../../src/lib/pipeline/compute-indicators.ts';
import { INDICATOR_DEFINITIONS } from '../../../src/lib/pipeline/indicator-definitions.ts';
import type { Measurement } from '../../../src/lib/pipeline/measurement.ts';

const m = (indicator: string, ref_date: string, value: number): Measurement => ({ indicator, code: 'x', ref_date, value, source_id: 's' });

describe('computeIndicators', () => {
  const rows = computeIndicators('districts', [
    m('population_total', '2011-12-31', 1000),
    m('population_total', '2019-12-31', 1100),
    m('population_age_0_14', '2019-12-31', 165),
    m('population_total', '2021-03-27', 900),
    m('ua_temporary_protection', '2026-07-21', 45),
    m('_population_ipr_katalog_2019', '2019-12-31', 1100),
  ], INDICATOR_DEFINITIONS);
  const get = (id: string) => rows.find((r) => r.indicator === id);

  it('writes counts and drops internal counts', () => {
    expect(get('population_total')?.value).toBe(1000);
    expect(rows.some((r) => r.indicator.startsWith('_'))).toBe(false);
  });
  it('computes shares from counts of the same date', () => expect(get('population_age_0_14_share')).toMatchObject({ value: 15, unit: 'percent', ref_date: '2019-12-31' }));
  it('computes change over the span', () => expect(get('population_change_pct')).toMatchObject({ value: 10, ref_date: '2019-12-31' }));
  it('divides UA counts by the Census 2021 population, per 1,000', () => expect(get('ua_temporary_protection_per_1000')).toMatchObject({ value: 50, unit: 'per_1000' }));
  it('writes no rate when its numerator is missing', () => expect(get('foreigners_share')).toBeUndefined());
  it('rounds rates to 4 decimals', () => expect(roundRate(1 / 3)).toBe(0.3333));
  it('gives no rate for a zero denominator', () => {
    const r = computeIndicators('districts', [m('population_total', '2019-12-31', 0), m('population_age_0_14', '2019-12-31', 0)], INDICATOR_DEFINITIONS);
    expect(r.some((x) => x.indicator === 'population_age_0_14_share')).toBe(false);
  });
});
