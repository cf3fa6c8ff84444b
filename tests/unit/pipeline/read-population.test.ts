import { describe, expect, it } from 'vitest';
import { DATES, readDescribed, toyFile, toyRegistry } from './toy-city.ts';

/** The generic reader with the `czso_population` descriptor of geodata/sources.json. */
const readPopulation = readDescribed('czso_population');

const FILE = 'stats/mc_population_czso_2011_2019.csv';

describe('readPopulation', () => {
  it('reads one population_total per district and date, tagged with the source id', () => {
    const m = readPopulation(toyFile(FILE), FILE, 'czso_population', toyRegistry(), DATES);
    expect(m).toHaveLength(20);
    expect(m[0]).toEqual({ indicator: 'population_total', code: '500054', ref_date: '2011-12-31', value: 30000, source_id: 'czso_population' });
  });
  it('leaves an empty cell out (no row, never zero)', () => {
    const m = readPopulation('ref_date,kod_mc,population_total\n2019-12-31,500054,\n', FILE, 's', toyRegistry(), DATES);
    expect(m).toEqual([]);
  });
  it('refuses a second row for the same district and date', () =>
    expect(() => readPopulation('ref_date,kod_mc,population_total\n2019-12-31,500054,1\n2019-12-31,500054,2\n', FILE, 's', toyRegistry(), DATES)).toThrow(/row 3, field kod_mc: duplicate/));
});
