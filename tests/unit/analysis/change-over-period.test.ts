import { describe, expect, it } from 'vitest';
import { changeOverPeriod } from '../../../src/lib/analysis/change-over-period.ts';

describe('changeOverPeriod', () => {
  const series = [
    { ref_date: '2022-10-31', value: 80 },
    { ref_date: '2022-03-31', value: 50 },
    { ref_date: '2022-06-30', value: 70 },
  ];
  it('golden: 50 → 80 is +30 persons, +60 %, whatever the input order', () => {
    expect(changeOverPeriod(series)).toEqual({ from: '2022-03-31', to: '2022-10-31', absolute: 30, percent: 60 });
  });
  it('measures up to a given date', () => {
    expect(changeOverPeriod(series, '2022-06-30')?.absolute).toBe(20);
  });
  it('returns null for a single snapshot instead of a change of 0', () => {
    expect(changeOverPeriod([{ ref_date: '2019-12-31', value: 5 }])).toBeNull();
    expect(changeOverPeriod(series, '2022-03-31')).toBeNull();
  });
  it('does not mutate its input', () => {
    const copy = structuredClone(series);
    changeOverPeriod(series);
    expect(series).toEqual(copy);
  });
});
