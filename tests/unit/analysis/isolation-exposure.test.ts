import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isolationExposure } from '../../../src/lib/analysis/isolation-exposure.ts';
import { toTwoGroupCounts } from '../../../src/lib/analysis/unit-counts.ts';

describe('isolationExposure', () => {
  it('golden: group 10 of 50 and 30 of 50', () => {
    // G = 40. xPx = (10/40)(10/50) + (30/40)(30/50) = 0.05 + 0.45 = 0.5; xPy = 1 − 0.5 = 0.5.
    const result = isolationExposure(toTwoGroupCounts([{ code: 'a', group: 10, population: 50 }, { code: 'b', group: 30, population: 50 }], 'nested'));
    expect(result.isolation).toBeCloseTo(0.5, 12);
    expect(result.exposure).toBeCloseTo(0.5, 12);
  });
  it('isolation equals the city share when every unit has the same share', () => {
    const result = isolationExposure(toTwoGroupCounts([{ code: 'a', group: 2, population: 10 }, { code: 'b', group: 20, population: 100 }], 'nested'));
    expect(result.isolation).toBeCloseTo(0.2, 12);
  });
  it('property: isolation + exposure = 1 and both lie in [0, 1]', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 1e4 }), fc.integer({ min: 0, max: 1e4 })), { minLength: 1, maxLength: 20 }), (pairs) => {
        const { isolation, exposure } = isolationExposure(toTwoGroupCounts(pairs.map(([g, p], i) => ({ code: String(i), group: g, population: p })), 'additional'));
        if (Number.isNaN(isolation)) return pairs.every(([g]) => g === 0);
        return Math.abs(isolation + exposure - 1) < 1e-9 && isolation >= 0 && isolation <= 1 + 1e-12;
      }),
    );
  });
  it('returns NaN without group members', () => {
    expect(isolationExposure(toTwoGroupCounts([{ code: 'a', group: 0, population: 5 }], 'nested')).isolation).toBeNaN();
  });
});
