import { describe, expect, it } from 'vitest';
import { aggregateCounts, membershipFromDistricts } from '../../../src/lib/pipeline/aggregate-levels.ts';
import type { Measurement } from '../../../src/lib/pipeline/measurement.ts';

const districts = [
  { code: 'a', so: 'S1', mo: 'M1' },
  { code: 'b', so: 'S1', mo: 'M1' },
  { code: 'c', so: 'S2', mo: 'M1' },
];
const m = (code: string, value: number, indicator = 'population_total'): Measurement => ({ indicator, code, ref_date: '2019-12-31', value, source_id: 's' });
const [so, mo, city] = membershipFromDistricts(districts, '554782');

describe('aggregateCounts', () => {
  it('sums member districts per unit', () => {
    expect(aggregateCounts([m('a', 1), m('b', 2), m('c', 4)], so)).toEqual([{ ...m('S1', 3) }, { ...m('S2', 4) }]);
    expect(aggregateCounts([m('a', 1), m('b', 2), m('c', 4)], city)).toEqual([{ ...m('554782', 7) }]);
  });
  it('gives no value to a unit with a member missing (missing stays missing)', () => {
    expect(aggregateCounts([m('a', 1), m('c', 4)], so)).toEqual([m('S2', 4)]);
    expect(aggregateCounts([m('a', 1), m('c', 4)], mo)).toEqual([]);
  });
  it('does not mutate its input', () => {
    const input = [m('a', 1), m('b', 2), m('c', 4)];
    const copy = structuredClone(input);
    aggregateCounts(input, so);
    expect(input).toEqual(copy);
  });
});
