import { describe, expect, it } from 'vitest';
import { DATES, readDescribed, toyFile, toyRegistry } from './toy-city.ts';

/** The generic reader with the `czso_population_age_sex` descriptor of geodata/sources.json. */
const readAgeStructure = readDescribed('czso_population_age_sex');

const FILE = 'stats/mc_population_by_age_sex_czso_2011_2019.csv';

describe('readAgeStructure', () => {
  it('folds five-year groups into 0–14, 15–64 and 65+ that add up to the total', () => {
    const m = readAgeStructure(toyFile(FILE), FILE, 'age', toyRegistry(), DATES).filter((x) => x.code === '500054' && x.ref_date === '2019-12-31');
    expect(m.map((x) => x.indicator).sort()).toEqual(['population_age_0_14', 'population_age_15_64', 'population_age_65_plus']);
    expect(m.reduce((s, x) => s + x.value, 0)).toBe(29563);
  });
  it('emits no broad group when one of its five-year groups is missing', () => {
    const text = 'ref_date,kod_mc,sex,age_group,count\n2019-12-31,500054,total,0-4,10\n2019-12-31,500054,total,5-9,10\n';
    expect(readAgeStructure(text, FILE, 'age', toyRegistry(), DATES)).toEqual([]);
  });
  it('refuses unknown age groups', () =>
    expect(() => readAgeStructure('ref_date,kod_mc,sex,age_group,count\n2019-12-31,500054,total,0-3,10\n', FILE, 'age', toyRegistry(), DATES)).toThrow(/row 2, field age_group/));
});
