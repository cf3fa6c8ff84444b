import { describe, expect, it } from 'vitest';
import { changeChoropleth, decodeTimeView, DEFAULT_TIME_VIEW, encodeTimeView, fromDate, valuesByDate } from '../../../src/lib/app/time-view.ts';
import { indexIndicators } from '../../../src/lib/app/indicator-index.ts';
import type { IndicatorRow } from '../../../src/lib/contract.ts';

const row = (code: string, ref_date: string, value: number): IndicatorRow => ({ level: 'districts', code, indicator: 'x_share', ref_date, value, unit: 'percent', source_id: 's' });

describe('fromDate', () => {
  it('keeps an asked date that exists and differs from the shown one', () => {
    expect(fromDate(['2019', '2021', '2024'], '2024', '2021')).toBe('2021');
  });
  it('falls back to the earliest other date when the asked one is missing or is the shown date', () => {
    expect(fromDate(['2019', '2021', '2024'], '2024', '2020')).toBe('2019');
    expect(fromDate(['2019', '2021', '2024'], '2019', '2019')).toBe('2021');
  });
  it('is null for an indicator with one date', () => {
    expect(fromDate(['2024'], '2024', null)).toBeNull();
  });
});

describe('valuesByDate', () => {
  it('collects code → value per date from the index', () => {
    const index = indexIndicators([row('a', '2019-01-01', 1), row('b', '2019-01-01', 2), row('a', '2024-01-01', 5)]);
    const byDate = valuesByDate(index, 'districts', 'x_share', ['2019-01-01', '2024-01-01']);
    expect([...byDate.get('2019-01-01')!]).toEqual([['a', 1], ['b', 2]]);
    expect([...byDate.get('2024-01-01')!]).toEqual([['a', 5]]);
  });
});

describe('changeChoropleth', () => {
  const byDate = new Map([
    ['2019', new Map([['a', 10], ['b', 20], ['c', 5]])],
    ['2024', new Map([['a', 12], ['b', 10], ['d', 1]])],
  ]);
  it('colours the change of units with both dates on classes centred on zero; others stay uncoloured', () => {
    const c = changeChoropleth(byDate, '2019', '2024', 'absolute');
    expect([...c.values]).toEqual([['a', 2], ['b', -10]]);
    expect(c.breaks).toContain(0);
    expect(c.breaks[0]).toBe(-c.breaks[c.breaks.length - 1]);
    expect(c.colourByCode.has('c')).toBe(false);
    expect(c.colourByCode.has('d')).toBe(false);
    expect(c.colourByCode.get('a')).not.toBe(c.colourByCode.get('b'));
  });
  it('percent change is relative to the earlier value', () => {
    expect([...changeChoropleth(byDate, '2019', '2024', 'percent').values]).toEqual([['a', 20], ['b', -50]]);
  });
});

describe('time view in the URL', () => {
  it('round-trips a change map and a comparison', () => {
    for (const state of [
      { scale: 'per_date' as const, change: null, from: null, compare: false },
      { scale: 'pooled' as const, change: 'percent' as const, from: '2019-12-31', compare: false },
      { scale: 'pooled' as const, change: null, from: '2021-03-26', compare: true },
    ]) {
      const p = new URLSearchParams();
      encodeTimeView(state, p);
      expect(decodeTimeView(p.toString())).toEqual(state);
    }
  });
  it('writes nothing for the default and falls back on junk', () => {
    const p = new URLSearchParams();
    encodeTimeView(DEFAULT_TIME_VIEW, p);
    expect(p.toString()).toBe('');
    expect(decodeTimeView('sc=weird&chg=ratio&from=yesterday&cmp=2')).toEqual(DEFAULT_TIME_VIEW);
  });
});
