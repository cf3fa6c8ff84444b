import { describe, expect, it } from 'vitest';
import { majorityLeavingSignal } from '../../../src/lib/analysis/majority-leaving-signal.ts';

const at = (ref_date: string, value: number) => ({ ref_date, value });

describe('majorityLeavingSignal', () => {
  it('golden: group +50 while population −200 between 2011 and 2019 is a signal', () => {
    expect(majorityLeavingSignal([at('2011-12-31', 100), at('2019-12-31', 150)], [at('2011-12-31', 5000), at('2019-12-31', 4800)], 'population_total')).toEqual({
      status: 'signal',
      reference: 'population_total',
      from: '2011-12-31',
      to: '2019-12-31',
      groupChange: 50,
      referenceChange: -200,
    });
  });
  it('is no signal when the population grows too', () => {
    expect(majorityLeavingSignal([at('2011-12-31', 100), at('2019-12-31', 150)], [at('2011-12-31', 5000), at('2019-12-31', 5100)], 'population_total').status).toBe('no_signal');
  });
  it('says which series is missing instead of guessing', () => {
    expect(majorityLeavingSignal([at('2019-12-31', 1)], [at('2011-12-31', 5), at('2019-12-31', 6)], 'population_total')).toEqual({ status: 'not_available', reason: 'no_group_series' });
    expect(majorityLeavingSignal([at('2022-03-31', 1), at('2022-10-07', 2)], [at('2021-03-27', 5)], 'population_total')).toEqual({ status: 'not_available', reason: 'no_reference_series' });
    expect(majorityLeavingSignal([at('2022-03-31', 1), at('2022-10-07', 2)], [at('2019-12-31', 5), at('2021-03-27', 5)], 'population_total')).toEqual({ status: 'not_available', reason: 'no_common_dates' });
  });
});
