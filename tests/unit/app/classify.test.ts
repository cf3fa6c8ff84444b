import { describe, expect, it } from 'vitest';
import { ckmeans } from 'simple-statistics';
import { classBreaks, classOf } from '../../../src/lib/app/classify.ts';

const values = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

describe('classBreaks', () => {
  it('quantile gives the hand-computed breaks for 1..10 in 5 classes (linear interpolation, R type 7)', () => {
    // position (n-1)·p: 9·0.2 = 1.8 → 2 + 0.8 = 2.8, then 4.6, 6.4, 8.2
    expect(classBreaks(values, 'quantile', 5)).toEqual([1, 2.8, 4.6, 6.4, 8.2, 10].map((x) => expect.closeTo(x, 9)));
  });

  it('equal interval splits the range into equal steps', () => {
    expect(classBreaks([0, 3, 10], 'equal_interval', 5)).toEqual([0, 2, 4, 6, 8, 10]);
  });

  it('natural breaks start each class at a ckmeans cluster minimum', () => {
    const data = [1, 2, 2.5, 10, 11, 12, 30, 31, 50];
    const clusters = ckmeans(data, 4);
    expect(clusters.map((c) => c[0])).toEqual([1, 10, 30, 50]);
    const even = [1, 2, 3, 10, 11, 12, 30, 31, 32];
    const evenClusters = ckmeans(even, 3);
    expect(classBreaks(even, 'natural_breaks', 3)).toEqual([1, evenClusters[1][0], evenClusters[2][0], 32]);
    expect(classBreaks(even, 'natural_breaks', 3)).toEqual([1, 10, 30, 32]);
  });

  it('natural breaks fold a one-value top cluster into the class below (no empty break)', () => {
    expect(classBreaks([1, 2, 2.5, 10, 11, 12, 30, 31, 50], 'natural_breaks', 4)).toEqual([1, 10, 30, 50]);
  });

  it('returns fewer classes when there are fewer distinct values, and no duplicate breaks', () => {
    const b = classBreaks([1, 1, 1, 1, 2], 'quantile', 5);
    expect(new Set(b).size).toBe(b.length);
    expect(b[0]).toBe(1);
    expect(b[b.length - 1]).toBe(2);
  });

  it('ignores non-finite values and does not mutate its input', () => {
    const input = [5, NaN, 1, 3];
    classBreaks(input, 'equal_interval', 2);
    expect(input).toEqual([5, NaN, 1, 3]);
    expect(classBreaks(input, 'equal_interval', 2)).toEqual([1, 3, 5]);
  });

  it('is empty for no data', () => expect(classBreaks([], 'quantile')).toEqual([]));
});

describe('classOf', () => {
  const breaks = [0, 2, 4, 6];
  it('puts a value in the class whose lower bound it reaches', () => {
    expect(classOf(0, breaks)).toBe(0);
    expect(classOf(2, breaks)).toBe(1);
    expect(classOf(5.9, breaks)).toBe(2);
  });
  it('closes the last class at the maximum', () => expect(classOf(6, breaks)).toBe(2));
  it('gives -1 for missing values, never class 0', () => {
    expect(classOf(null, breaks)).toBe(-1);
    expect(classOf(undefined, breaks)).toBe(-1);
    expect(classOf(NaN, breaks)).toBe(-1);
  });
});

import { withZeroBreak } from '../../../src/lib/app/classify.ts';

describe('withZeroBreak', () => {
  it('adds 0 when the breaks span it, so decline and growth never share a class', () => {
    expect(withZeroBreak([-11.9, 3.4, 13.5, 46.6])).toEqual([-11.9, 0, 3.4, 13.5, 46.6]);
  });
  it('leaves all-positive breaks and breaks already holding 0 alone', () => {
    expect(withZeroBreak([1, 2, 3])).toEqual([1, 2, 3]);
    expect(withZeroBreak([-1, 0, 3])).toEqual([-1, 0, 3]);
  });
});
