import { describe, expect, it } from 'vitest';
import { TupleSet } from '../../../src/lib/pipeline/tuple-set.ts';

describe('TupleSet', () => {
  it('add(tuple) is true the first time and false for the same values again', () => {
    const s = new TupleSet(2);
    expect(s.add(['2019-12-31', '500054'])).toBe(true);
    expect(s.add(['2019-12-31', '500054'])).toBe(false);
  });
  it('tells apart tuples that would join to the same string', () => {
    const s = new TupleSet(2);
    expect(s.add(['a|b', 'c'])).toBe(true);
    expect(s.add(['a', 'b|c'])).toBe(true);
    expect(s.add(['a', 'b'])).toBe(true);
    expect(s.add(['b', 'a'])).toBe(true);
  });
  it('works for one column and refuses tuples of another width', () => {
    const s = new TupleSet(1);
    expect(s.add(['x'])).toBe(true);
    expect(s.add(['x'])).toBe(false);
    expect(() => s.add(['x', 'y'])).toThrow(RangeError);
  });
});
