import { describe, expect, it } from 'vitest';
import { CENSUS_2021_DATE } from '../../../src/lib/pipeline/indicator-definitions.ts';
import { DATES, readDescribed, toyFile, toyRegistry } from './toy-city.ts';

/** The generic reader with the `humpo_ua_2026` descriptor of geodata/sources.json. */
const readUaHumpo = readDescribed('humpo_ua_2026');

const FILE = 'stats/mc_ua_temporary_protection_humpo_2026-07-21.csv';

describe('readUaHumpo', () => {
  it('reads the UA count at the snapshot date and ruian_poc_ob as Census 2021 population', () => {
    const m = readUaHumpo(toyFile(FILE), FILE, 'h', toyRegistry(), DATES).filter((x) => x.code === '500089');
    expect(m).toEqual([
      { indicator: 'ua_temporary_protection', code: '500089', ref_date: '2026-07-21', value: 3640, source_id: 'h' },
      { indicator: 'population_total', code: '500089', ref_date: CENSUS_2021_DATE, value: 45405, source_id: 'h' },
    ]);
  });
});
