import { describe, expect, it } from 'vitest';
import { parseIndicatorsCsv, splitCsvLine } from '../../../src/lib/app/parse-indicators.ts';
import { indexIndicators } from '../../../src/lib/app/indicator-index.ts';
import { rankAmong, compareWithCity } from '../../../src/lib/app/rank.ts';

const csv = `level,code,indicator,ref_date,value,unit,source_id
districts,500054,population_total,2019-12-31,29561,persons,czso_population
districts,500089,population_total,2019-12-31,50363,persons,czso_population
districts,500097,population_total,2019-12-31,,persons,czso_population
districts,500054,population_total,2011-12-31,29343,persons,czso_population
districts,500119,population_total,2019-12-31,50363,persons,czso_population
city,554782,population_total,2019-12-31,1324277,persons,czso_population
`;

describe('parseIndicatorsCsv', () => {
  it('parses rows with numeric values and drops empty values instead of reading them as 0', () => {
    const rows = parseIndicatorsCsv(csv);
    expect(rows).toHaveLength(5);
    expect(rows.find((r) => r.code === '500097')).toBeUndefined();
    expect(rows[0]).toEqual({ level: 'districts', code: '500054', indicator: 'population_total', ref_date: '2019-12-31', value: 29561, unit: 'persons', source_id: 'czso_population' });
  });
  it('keeps codes as strings (leading zeros survive)', () => {
    expect(parseIndicatorsCsv('level,code,indicator,ref_date,value,unit,source_id\nobvody,043,x,2020-01-01,1,persons,s\n')[0].code).toBe('043');
  });
  it('splits quoted fields with commas and doubled quotes', () => {
    expect(splitCsvLine('a,"b, c","say ""hi"""')).toEqual(['a', 'b, c', 'say "hi"']);
  });
});

describe('indexIndicators (join by code)', () => {
  const index = indexIndicators(parseIndicatorsCsv(csv));
  it('gives the values of one indicator, level and date keyed by code', () => {
    const v = index.values('districts', 'population_total', '2019-12-31');
    expect([...v.keys()].sort()).toEqual(['500054', '500089', '500119']);
    expect(v.get('500054')!.value).toBe(29561);
  });
  it('lists dates ascending and a unit time series sorted by date', () => {
    expect(index.dates('districts', 'population_total')).toEqual(['2011-12-31', '2019-12-31']);
    expect(index.unitRows('districts', '500054').get('population_total')!.map((r) => r.value)).toEqual([29343, 29561]);
  });
});

describe('rank and comparison', () => {
  const index = indexIndicators(parseIndicatorsCsv(csv));
  const values = index.values('districts', 'population_total', '2019-12-31');
  it('ranks descending among units with a value; ties share the better rank', () => {
    expect(rankAmong(values, '500089')).toEqual({ rank: 1, of: 3 });
    expect(rankAmong(values, '500119')).toEqual({ rank: 1, of: 3 });
    expect(rankAmong(values, '500054')).toEqual({ rank: 3, of: 3 });
    expect(rankAmong(values, '500097')).toBeNull();
  });
  it('compares counts as a share of the city and rates as a ratio', () => {
    expect(compareWithCity(29561, 1324277, 'count')!.value).toBeCloseTo(0.02232, 4);
    expect(compareWithCity(30, 20, 'rate')).toEqual({ kind: 'ratio_to_city', value: 1.5 });
    expect(compareWithCity(1, undefined, 'rate')).toBeNull();
  });
});

import { unitRows, sortUnitRows, memberDistricts } from '../../../src/lib/app/unit-rows.ts';

describe('unit rows for the table', () => {
  const index = indexIndicators(parseIndicatorsCsv(csv));
  const units = [
    { code: '500054', name: 'Praha 1', so: '1', mo: '1' },
    { code: '500097', name: 'Praha 3', so: '3', mo: '1' },
    { code: '500089', name: 'Praha 2', so: '2', mo: '1' },
  ];
  const rows = unitRows(units, index.values('districts', 'population_total', '2019-12-31'));
  it('joins values by code and keeps missing values as null, not 0', () => {
    expect(rows.map((r) => r.value)).toEqual([29561, null, 50363]);
  });
  it('sorts by value with missing values last in both directions', () => {
    expect(sortUnitRows(rows, 'value', 'desc', 'cs').map((r) => r.code)).toEqual(['500089', '500054', '500097']);
    expect(sortUnitRows(rows, 'value', 'asc', 'cs').map((r) => r.code)).toEqual(['500054', '500089', '500097']);
  });
  it('sorts names numerically (Praha 2 before Praha 10)', () => {
    const r = sortUnitRows([...rows, { code: 'x', name: 'Praha 10', value: null, row: null, rank: null }], 'name', 'asc', 'cs');
    expect(r.map((x) => x.name)).toEqual(['Praha 1', 'Praha 2', 'Praha 3', 'Praha 10']);
  });
  it('finds member districts of a coarser unit', () => {
    expect([...memberDistricts(units, 'obvody', '1')].sort()).toEqual(['500054', '500089', '500097']);
    expect([...memberDistricts(units, 'districts', '500054')]).toEqual(['500054']);
  });
});

import { profileItems, ageStructure } from '../../../src/lib/app/profile.ts';
import type { Manifest } from '../../../src/lib/contract.ts';

describe('profile', () => {
  const ageCsv = `level,code,indicator,ref_date,value,unit,source_id
districts,500054,population_age_0_14,2019-12-31,3000,persons,age
districts,500054,population_age_15_64,2019-12-31,20000,persons,age
districts,500054,population_age_65_plus,2019-12-31,7000,persons,age
districts,500054,population_age_0_14,2018-12-31,2900,persons,age
`;
  const index = indexIndicators(parseIndicatorsCsv(csv + ageCsv.split('\n').slice(1).join('\n')));
  const manifest = {
    inputs: [{ id: 'czso_population', title: 'Population', publisher: 'ČSÚ' }],
    indicators: [
      { id: 'population_total', unit: 'persons', kind: 'count', source_ids: ['czso_population'], definition: '', levels: ['districts'], dates: [] },
      { id: 'ua_temporary_protection', unit: 'persons', kind: 'count', source_ids: ['x'], definition: '', levels: ['districts'], dates: [] },
    ],
    // the city rows' code (city.json)
    city: { code: '554782' },
  } as unknown as Manifest;
  it('gives the latest value, its series, rank, source title and share of the city; skips indicators without data', () => {
    const items = profileItems(manifest, index, 'districts', '500054');
    expect(items).toHaveLength(1);
    expect(items[0].latest.value).toBe(29561);
    expect(items[0].series.map((r) => r.ref_date)).toEqual(['2011-12-31', '2019-12-31']);
    expect(items[0].rank).toEqual({ rank: 3, of: 3 });
    expect(items[0].sources[0].title).toBe('Population');
    expect(items[0].comparison!.value).toBeCloseTo(29561 / 1324277, 8);
  });
  it('computes the age structure at the latest date with all three groups', () => {
    const a = ageStructure(index, 'districts', '500054')!;
    expect(a.date).toBe('2019-12-31');
    expect(a.shares[0]).toBeCloseTo(0.1, 9);
    expect(ageStructure(index, 'districts', '500089')).toBeNull();
  });
});

import { unitCentre } from '../../../src/lib/app/units-geometry.ts';

describe('unitCentre', () => {
  it('gives the centroid of a square', () => {
    const f = { type: 'Feature', properties: { code: 'x', name: 'x' }, geometry: { type: 'Polygon', coordinates: [[[0, 0], [2, 0], [2, 2], [0, 2], [0, 0]]] } } as const;
    expect(unitCentre(f as never)).toEqual([1, 1]);
  });
});

import { resolveDate } from '../../../src/lib/app/indicator-catalogue.ts';

describe('resolveDate', () => {
  const dates = ['2019-12-31', '2021-03-27', '2023-12-31'];
  const coverage = (d: string) => ({ '2019-12-31': 57, '2021-03-27': 57, '2023-12-31': 6 })[d]!;
  it('keeps a requested date that exists', () => expect(resolveDate(dates, '2023-12-31', coverage)).toBe('2023-12-31'));
  it('defaults to the latest date that covers most units, not a 6-of-57 date', () => {
    expect(resolveDate(dates, null, coverage)).toBe('2021-03-27');
    expect(resolveDate(dates, '1999-01-01', coverage)).toBe('2021-03-27');
  });
  it('is null without dates', () => expect(resolveDate([], null)).toBeNull());
});

import { postalDistrictOf, sumByCategory } from '../../../src/lib/app/school-register.ts';

describe('school register counts', () => {
  const obvodNames = new Map([['43', 'Praha 4']]);
  it('finds the postal district through the obvod of a district', () => {
    expect(postalDistrictOf('districts', { code: '547042', name: 'Praha-Kunratice', mo: '43' }, [], obvodNames)).toBe('Praha 4');
    expect(postalDistrictOf('spravni_obvody', { code: '116', name: 'Praha 11' }, [], obvodNames)).toBeNull();
  });
  it('sums counts by category', () => {
    expect(sumByCategory([{ category: 'kindergarten', count: '2' }, { category: 'kindergarten', count: '3' }, { category: 'basic_school', count: '4' }])).toEqual([['kindergarten', 5], ['basic_school', 4]]);
  });
});

import { longestSourceRun } from '../../../src/lib/app/profile.ts';

describe('longestSourceRun', () => {
  it('keeps the rows of the source with most dates, so a trend never crosses a source break', () => {
    const r = (d: string, s: string) => ({ level: 'districts', code: 'x', indicator: 'p', ref_date: d, value: 1, unit: 'persons', source_id: s }) as const;
    expect(longestSourceRun([r('2018', 'a'), r('2019', 'a'), r('2021', 'b')]).map((x) => x.ref_date)).toEqual(['2018', '2019']);
  });
});
