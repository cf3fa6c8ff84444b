import { describe, expect, it } from 'vitest';
import type { IndicatorRow, Manifest, ManifestIndicator } from '../../../src/lib/contract.ts';
import { indexIndicators } from '../../../src/lib/app/indicator-index.ts';
import { catalogueFor, indicatorEntries } from '../../../src/lib/app/indicator-catalogue.ts';
import { indicatorDisplay, meetsCoverage } from '../../../src/lib/app/coverage-rule.ts';
import { defaultView } from '../../../src/lib/app/default-view.ts';

// 4 districts. foreigners_share at 2019 for all 4 and at 2020 for 3; population_total for all;
// a rate at one date for 1 of 4 districts; a quoted 2020 figure for all 4.
const rows: IndicatorRow[] = [];
const add = (indicator: string, date: string, codes: string[], unit: IndicatorRow['unit'] = 'percent') => codes.forEach((code, i) => rows.push({ level: 'districts', code, indicator, ref_date: date, value: 10 + i, unit, source_id: 's' }));
const all = ['1', '2', '3', '4'];
add('population_total', '2019-12-31', all, 'persons');
add('foreigners_share', '2019-12-31', all);
add('foreigners_share', '2020-12-31', ['1', '2', '3']);
add('sparse_rate', '2023-12-31', ['1']);
add('foreigners_quoted_2020_share_pct', '2020-01-01', all);
const indicator = (id: string, kind: ManifestIndicator['kind'], unit: ManifestIndicator['unit'] = 'percent'): ManifestIndicator => ({ id, kind, unit, source_ids: ['s'], definition: '', levels: ['districts'], dates: [] });
/** the city's headline indicator (city.json default_view) */
const HEADLINE = { default_view: { indicator: 'foreigners_share' } };
const manifest = { indicators: [indicator('population_total', 'count', 'persons'), indicator('sparse_rate', 'rate'), indicator('foreigners_quoted_2020_share_pct', 'quoted'), indicator('foreigners_share', 'rate')], city: HEADLINE } as unknown as Manifest;
const index = indexIndicators(rows);

describe('coverage rule', () => {
  it('at least half of the units: 2 of 4 yes, 1 of 4 no, nothing of 0', () => {
    expect(meetsCoverage(2, 4)).toBe(true);
    expect(meetsCoverage(1, 4)).toBe(false);
    expect(meetsCoverage(28, 57)).toBe(false);
    expect(meetsCoverage(29, 57)).toBe(true);
    expect(meetsCoverage(0, 0)).toBe(false);
  });
  it('display: counts as symbols, rates as choropleths, quoted and sparse as table only', () => {
    expect(indicatorDisplay({ kind: 'count', unit: 'persons' }, 3)).toBe('symbols');
    expect(indicatorDisplay({ kind: 'rate', unit: 'percent' }, 3)).toBe('choropleth');
    expect(indicatorDisplay({ kind: 'quoted', unit: 'percent' }, 3)).toBe('table_only');
    expect(indicatorDisplay({ kind: 'rate', unit: 'percent' }, 0)).toBe('table_only');
  });
  it('the map catalogue leaves out the 1-of-4 rate and the quoted figures; the entries keep them for the profile', () => {
    expect(catalogueFor(manifest, index, 'districts').map((e) => e.id)).toEqual(['foreigners_share', 'population_total']);
    const sparse = indicatorEntries(manifest, index, 'districts').find((e) => e.id === 'sparse_rate')!;
    expect(sparse).toMatchObject({ display: 'table_only', levelDates: [], allLevelDates: ['2023-12-31'], coverage: { units: 1, total: 4 } });
  });
});

describe('defaultView', () => {
  it('the headline share at the latest date with every unit (2019, not the 3-of-4 date 2020)', () => {
    expect(defaultView(manifest, index, 'districts')).toEqual({ indicator: 'foreigners_share', date: '2019-12-31' });
  });
  it('never a count: without a complete rate there is no default', () => {
    const countsOnly = { indicators: [indicator('population_total', 'count', 'persons')], city: HEADLINE } as unknown as Manifest;
    expect(defaultView(countsOnly, index, 'districts')).toBeNull();
  });
});
