import { describe, expect, it } from 'vitest';
import { assertValidUnitCounts, sumOf, toTwoGroupCounts } from '../../../src/lib/analysis/unit-counts.ts';

describe('toTwoGroupCounts', () => {
  it('splits a nested group from the rest of the population', () => {
    expect(toTwoGroupCounts([{ code: 'a', group: 10, population: 100 }], 'nested')).toEqual([{ code: 'a', group: 10, others: 90, total: 100 }]);
  });
  it('adds an additional group to the population for the total', () => {
    expect(toTwoGroupCounts([{ code: 'a', group: 10, population: 100 }], 'additional')).toEqual([{ code: 'a', group: 10, others: 100, total: 110 }]);
  });
  it('rejects negative, non-finite and inconsistent counts, naming the unit', () => {
    expect(() => assertValidUnitCounts([{ code: 'x', group: -1, population: 5 }])).toThrow(/x/);
    expect(() => assertValidUnitCounts([{ code: 'x', group: 1, population: Number.NaN }])).toThrow(RangeError);
    expect(() => toTwoGroupCounts([{ code: 'x', group: 6, population: 5 }], 'nested')).toThrow(/exceeds/);
  });
  it('does not mutate its input', () => {
    const units = [{ code: 'a', group: 1, population: 2 }];
    const copy = structuredClone(units);
    toTwoGroupCounts(units, 'nested');
    expect(units).toEqual(copy);
  });
  it('sumOf adds a field', () => expect(sumOf([{ v: 1 }, { v: 2.5 }], (u) => u.v)).toBe(3.5));
});
