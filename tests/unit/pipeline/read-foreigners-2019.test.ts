import { describe, expect, it } from 'vitest';
import { FOREIGNERS_2019_DENOMINATOR } from '../../../src/lib/pipeline/indicator-definitions.ts';
import { DATES, readDescribed, toyFile, toyRegistry } from './toy-city.ts';

/** The generic reader with the `ipr_katalog_foreigners_2019` descriptor of geodata/sources.json. */
const readForeigners2019 = readDescribed('ipr_katalog_foreigners_2019');

const FILE = 'stats/extra/mc_foreigners_ipr_katalog_2019.csv';

describe('readForeigners2019', () => {
  it('reads foreigners and the same file\'s population as the internal denominator', () => {
    const m = readForeigners2019(toyFile(FILE), FILE, 'k', toyRegistry(), DATES).filter((x) => x.code === '500054');
    expect(m).toEqual([
      { indicator: 'foreigners_total', code: '500054', ref_date: '2019-12-31', value: 5687, source_id: 'k' },
      { indicator: FOREIGNERS_2019_DENOMINATOR, code: '500054', ref_date: '2019-12-31', value: 29563, source_id: 'k' },
    ]);
  });
  it('leaves a district with an empty foreigners cell without a foreigners value', () => {
    const m = readForeigners2019(toyFile(FILE), FILE, 'k', toyRegistry(), DATES);
    expect(m.some((x) => x.code === '547042' && x.indicator === 'foreigners_total')).toBe(false);
  });
});
