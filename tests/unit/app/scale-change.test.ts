import { describe, expect, it } from 'vitest';
import { schemePuOr } from 'd3-scale-chromatic';
import { indicatorBreaks, pooledValues } from '../../../src/lib/app/pooled-breaks.ts';
import { changeBreaks, changeColours, changeValues, niceCeil } from '../../../src/lib/app/change-values.ts';
import { sparklinePoints } from '../../../src/lib/app/sparkline-scale.ts';

// Two dates of a toy rate: the rates nearly double between them.
const byDate = new Map([
  ['2022-03-31', new Map([['a', 10], ['b', 20], ['c', 30]])],
  ['2022-10-07', new Map([['a', 20], ['b', 40], ['c', 60]])],
]);

describe('indicatorBreaks', () => {
  it('golden: pooled equal intervals span both dates (10 … 60), the same at either date', () => {
    expect(indicatorBreaks(byDate, '2022-03-31', 'equal_interval', 'pooled', 5)).toEqual([10, 20, 30, 40, 50, 60]);
    expect(indicatorBreaks(byDate, '2022-10-07', 'equal_interval', 'pooled', 5)).toEqual([10, 20, 30, 40, 50, 60]);
  });
  it('per date: each date gets its own breaks (the old behaviour, as an option)', () => {
    expect(indicatorBreaks(byDate, '2022-03-31', 'equal_interval', 'per_date', 2)).toEqual([10, 20, 30]);
    expect(indicatorBreaks(byDate, '2022-10-07', 'equal_interval', 'per_date', 2)).toEqual([20, 40, 60]);
  });
  it('pooledValues keeps every finite value and skips NaN; does not mutate', () => {
    const withNaN = new Map([['d', new Map([['a', Number.NaN], ['b', 1]])]]);
    expect(pooledValues(withNaN)).toEqual([1]);
    expect(pooledValues(byDate)).toEqual([10, 20, 30, 20, 40, 60]);
    expect(byDate.get('2022-03-31')!.get('a')).toBe(10);
  });
});

describe('changeValues', () => {
  const from = new Map([['a', 10], ['b', 0], ['c', 5]]);
  const to = new Map([['a', 15], ['b', 4], ['d', 7]]);
  it('absolute: to − from for units at both dates; missing stays missing', () => {
    expect([...changeValues(from, to, 'absolute')]).toEqual([['a', 5], ['b', 4]]);
  });
  it('percent: no value where the start is 0', () => {
    expect([...changeValues(from, to, 'percent')]).toEqual([['a', 50]]);
  });
});

describe('changeBreaks and changeColours', () => {
  it('golden: symmetric nice breaks centred on 0 ([-40, 10, 85] → ±30, 60, 90)', () => {
    expect(changeBreaks([-40, 10, 85])).toEqual([-90, -60, -30, 0, 30, 60, 90]);
  });
  it('only growth: only increase classes, starting at 0', () => {
    expect(changeBreaks([5, 12, 28])).toEqual([0, 10, 20, 30]);
  });
  it('no values → [], all zero → [0, 0]', () => {
    expect(changeBreaks([])).toEqual([]);
    expect(changeBreaks([0, 0])).toEqual([0, 0]);
  });
  it('colours: purple below zero (darkest for the largest fall), orange above, from ColorBrewer PuOr', () => {
    const p = schemePuOr[7] as readonly string[];
    expect(changeColours([-90, -60, -30, 0, 30, 60, 90])).toEqual([p[0], p[1], p[2], p[4], p[5], p[6]]);
    expect(changeColours([0, 10, 20, 30])).toEqual([p[4], p[5], p[6]]);
    expect(changeColours([-3, -2, -1, 0])).toEqual([p[0], p[1], p[2]]);
  });
  it('niceCeil rounds up to a round step', () => {
    expect([0.7, 13, 24, 26, 30.1, 9].map(niceCeil)).toEqual([0.8, 15, 25, 30, 40, 10]);
  });
});

describe('sparklinePoints', () => {
  it('golden: x by time, y on the shared domain (top = max); a date without a value breaks the line', () => {
    const dates = ['2020-01-01', '2020-01-11', '2020-01-21'];
    const { points, segments } = sparklinePoints([{ ref_date: '2020-01-01', value: 0 }, { ref_date: '2020-01-21', value: 50 }], dates, [0, 100], 100, 20);
    expect(points.map((p) => [p.x, p.y])).toEqual([[0, 20], [100, 10]]);
    expect(segments).toHaveLength(2);
  });
  it('clamps values outside the domain', () => {
    const { points } = sparklinePoints([{ ref_date: '2020-01-01', value: 500 }], ['2020-01-01', '2020-02-01'], [0, 100], 10, 10);
    expect(points[0].y).toBe(0);
  });
});
