import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { theilEntropyIndex, twoGroupEntropy } from '../../../src/lib/analysis/theil-entropy-index.ts';
import { toTwoGroupCounts, type UnitCount } from '../../../src/lib/analysis/unit-counts.ts';

const units = (pairs: [number, number][]): UnitCount[] => pairs.map(([group, population], i) => ({ code: String(i), group, population }));

describe('theilEntropyIndex', () => {
  it('golden: one mixed unit and one group-free unit', () => {
    // a: group 10 of 20 (E_a = ln 2); b: 0 of 20 (E_b = 0). City: 10 of 40, E = −(¼ ln ¼ + ¾ ln ¾) = 0.562335.
    // H = [20 (E − ln 2) + 20 (E − 0)] / (40 E) = 1 − ln 2 / (2E) = 1 − 0.693147 / 1.124671 = 0.383700.
    const expected = 1 - Math.log(2) / (2 * twoGroupEntropy(0.25));
    expect(expected).toBeCloseTo(0.3837, 4);
    expect(theilEntropyIndex(toTwoGroupCounts(units([[10, 20], [0, 20]]), 'nested'))).toBeCloseTo(expected, 12);
  });
  it('is 1 for complete separation, 0 for equal mixes, NaN for a one-group city', () => {
    expect(theilEntropyIndex(toTwoGroupCounts(units([[10, 10], [0, 10]]), 'nested'))).toBe(1);
    expect(theilEntropyIndex(toTwoGroupCounts(units([[1, 10], [3, 30]]), 'nested'))).toBeCloseTo(0, 12);
    expect(theilEntropyIndex(toTwoGroupCounts(units([[0, 10], [0, 10]]), 'nested'))).toBeNaN();
  });
  const arbitrary = fc.array(fc.tuple(fc.integer({ min: 0, max: 1e4 }), fc.integer({ min: 0, max: 1e4 })), { minLength: 2, maxLength: 30 });
  it('property: lies in [0, 1]', () => {
    fc.assert(
      fc.property(arbitrary, (pairs) => {
        const h = theilEntropyIndex(toTwoGroupCounts(units(pairs), 'additional'));
        return Number.isNaN(h) || (h >= 0 && h <= 1);
      }),
    );
  });
  it('property: is invariant to scaling all counts', () => {
    fc.assert(
      fc.property(arbitrary, fc.integer({ min: 2, max: 1000 }), (pairs, k) => {
        const h = theilEntropyIndex(toTwoGroupCounts(units(pairs), 'additional'));
        const scaled = theilEntropyIndex(toTwoGroupCounts(units(pairs.map(([g, p]) => [g * k, p * k])), 'additional'));
        return Number.isNaN(h) ? Number.isNaN(scaled) : Math.abs(h - scaled) < 1e-9;
      }),
    );
  });
});
