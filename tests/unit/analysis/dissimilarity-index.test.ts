import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dissimilarityIndex } from '../../../src/lib/analysis/dissimilarity-index.ts';
import { toTwoGroupCounts, type UnitCount } from '../../../src/lib/analysis/unit-counts.ts';

const units = (pairs: [number, number][]): UnitCount[] => pairs.map(([group, population], i) => ({ code: String(i), group, population }));
const unitsArbitrary = fc.array(fc.tuple(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 0, max: 10_000 })), { minLength: 2, maxLength: 30 });

describe('dissimilarityIndex', () => {
  it('golden: group 10/20 and others 40/60 in two units', () => {
    // Unit a: group 10, others 40 (population 50); unit b: group 10, others 20 (population 30).
    // G = 20, O = 60: D = ½ (|10/20 − 40/60| + |10/20 − 20/60|) = ½ (1/6 + 1/6) = 1/6.
    expect(dissimilarityIndex(toTwoGroupCounts(units([[10, 50], [10, 30]]), 'nested'))).toBeCloseTo(1 / 6, 12);
  });
  it('is 1 for complete separation and NaN without one of the groups', () => {
    expect(dissimilarityIndex(toTwoGroupCounts(units([[10, 10], [0, 10]]), 'nested'))).toBe(1);
    expect(dissimilarityIndex(toTwoGroupCounts(units([[0, 10], [0, 10]]), 'nested'))).toBeNaN();
  });
  it('property: lies in [0, 1]', () => {
    fc.assert(
      fc.property(unitsArbitrary, (pairs) => {
        const d = dissimilarityIndex(toTwoGroupCounts(units(pairs), 'additional'));
        return Number.isNaN(d) || (d >= 0 && d <= 1);
      }),
    );
  });
  it('property: is invariant to scaling all counts', () => {
    fc.assert(
      fc.property(unitsArbitrary, fc.integer({ min: 2, max: 1000 }), (pairs, k) => {
        const d = dissimilarityIndex(toTwoGroupCounts(units(pairs), 'additional'));
        const scaled = dissimilarityIndex(toTwoGroupCounts(units(pairs.map(([g, p]) => [g * k, p * k])), 'additional'));
        return Number.isNaN(d) ? Number.isNaN(scaled) : Math.abs(d - scaled) < 1e-9;
      }),
    );
  });
  it('property: is 0 when the group is distributed like the others', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 10_000 }), { minLength: 2, maxLength: 30 }), fc.integer({ min: 1, max: 5 }), (others, k) => {
        // group = others / k·… identical proportions: group_i = others_i, population_i = others_i (additional)
        const d = dissimilarityIndex(toTwoGroupCounts(units(others.map((o) => [o * k, o])), 'additional'));
        return Math.abs(d) < 1e-12;
      }),
    );
  });
  it('does not mutate its input', () => {
    const input = toTwoGroupCounts(units([[1, 5], [2, 5]]), 'nested');
    const copy = structuredClone(input);
    dissimilarityIndex(input);
    expect(input).toEqual(copy);
  });
});
