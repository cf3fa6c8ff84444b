import { describe, expect, it } from 'vitest';
import { groupSharePercent, perThousand } from '../../../src/lib/analysis/group-share.ts';

describe('groupSharePercent and perThousand', () => {
  it('golden: 25 of 200 is 12.5 % and 125 per 1000', () => {
    expect(groupSharePercent({ code: 'a', group: 25, population: 200 })).toBe(12.5);
    expect(perThousand({ code: 'a', group: 25, population: 200 })).toBe(125);
  });
  it('are NaN for an empty population rather than Infinity', () => {
    expect(groupSharePercent({ code: 'a', group: 1, population: 0 })).toBeNaN();
    expect(perThousand({ code: 'a', group: 1, population: 0 })).toBeNaN();
  });
});
