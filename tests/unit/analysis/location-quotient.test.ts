import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { locationQuotients } from '../../../src/lib/analysis/location-quotient.ts';

describe('locationQuotients', () => {
  it('golden: city share 40/400 = 10 %; a = 30 % → 3, b = 3.33 % → 1/3', () => {
    const lq = locationQuotients([{ code: 'a', group: 30, population: 100 }, { code: 'b', group: 10, population: 300 }]);
    expect(lq.get('a')).toBeCloseTo(3, 12);
    expect(lq.get('b')).toBeCloseTo(1 / 3, 12);
  });
  it('is NaN for a unit without population and for a city without the group', () => {
    expect(locationQuotients([{ code: 'a', group: 0, population: 0 }, { code: 'b', group: 1, population: 10 }]).get('a')).toBeNaN();
    expect(locationQuotients([{ code: 'a', group: 0, population: 5 }]).get('a')).toBeNaN();
  });
  it('property: the population-weighted mean of LQ is 1', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 1e4 }), fc.integer({ min: 1, max: 1e4 })), { minLength: 1, maxLength: 20 }), (pairs) => {
        const units = pairs.map(([g, p], i) => ({ code: String(i), group: Math.min(g, p), population: p }));
        if (units.every((u) => u.group === 0)) return true;
        const lq = locationQuotients(units);
        const total = units.reduce((s, u) => s + u.population, 0);
        const mean = units.reduce((s, u) => s + u.population * lq.get(u.code)!, 0) / total;
        return Math.abs(mean - 1) < 1e-9;
      }),
    );
  });
  it('does not mutate its input', () => {
    const units = [{ code: 'a', group: 1, population: 3 }];
    const copy = structuredClone(units);
    locationQuotients(units);
    expect(units).toEqual(copy);
  });
});
