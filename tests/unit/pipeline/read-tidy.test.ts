import { describe, expect, it } from 'vitest';
import { readTidy, registryEntry, definitionsWithTidy, tidySourceId } from '../../../src/lib/pipeline/read-tidy.ts';
import { INDICATOR_DEFINITIONS } from '../../../src/lib/pipeline/indicator-definitions.ts';
import { DATES, toyRegistry } from './toy-city.ts';

const CSV = 'tidy/cizinci_2024.csv';
const JSON_PATH = 'tidy/cizinci_2024.json';
const SIDECAR = { title: 'Cizinci 2024', publisher: 'ČSÚ', licence: 'CC BY 4.0', attribution: 'ČSÚ', as_of: '2024-12-31' };
const HEAD = 'code,indicator,ref_date,value\n';
const read = (body: string, sidecar: unknown = SIDECAR, header = HEAD) =>
  readTidy({ csvPath: CSV, csvText: header + body, sidecarPath: JSON_PATH, sidecarText: sidecar === null ? undefined : JSON.stringify(sidecar) }, toyRegistry(), DATES, INDICATOR_DEFINITIONS);

describe('indicator registry', () => {
  it('knows the fixed ids, every ISO 3166 alpha-2 citizenship and the pipeline\'s counts', () => {
    for (const id of ['population_total', 'foreigners_total', 'czech_citizens_total', 'foreigners_citizenship_vn', 'foreigners_citizenship_ua', 'population_age_0_14']) {
      expect(registryEntry(id, INDICATOR_DEFINITIONS), id).toBeDefined();
    }
    expect(registryEntry('foreigners_citizenship_vn', INDICATOR_DEFINITIONS)).toMatchObject({ kind: 'count', group: true, denominator: 'population_total' });
    expect(registryEntry('foreigners_citizenship_zz', INDICATOR_DEFINITIONS)).toBeUndefined();
    expect(registryEntry('foreigners_citizenship_VN', INDICATOR_DEFINITIONS)).toBeUndefined();
    expect(registryEntry('foreigners_share', INDICATOR_DEFINITIONS)).toBeUndefined();
  });
});

describe('readTidy', () => {
  it('reads registry ids; empty value = missing', () => {
    const r = read('500054,foreigners_citizenship_vn,2024-12-31,120\n500089,foreigners_citizenship_vn,2024-12-31,\n');
    expect(r.measurements).toEqual([{ indicator: 'foreigners_citizenship_vn', code: '500054', ref_date: '2024-12-31', value: 120, source_id: 'tidy_cizinci_2024' }]);
    expect(r.source).toMatchObject({ id: 'tidy_cizinci_2024', path: CSV, title: 'Cizinci 2024' });
  });
  it('reads declared ids and gives group counts with a denominator a share', () => {
    const sidecar = { ...SIDECAR, indicators: { students: { label: { cs: 'Studenti', en: 'Students' }, unit: 'persons', kind: 'count', group: true, denominator: 'population_total' } } };
    const r = read('500054,students,2024-12-31,5\n', sidecar);
    const defs = definitionsWithTidy(INDICATOR_DEFINITIONS, [r]);
    expect(defs.find((d) => d.id === 'students')).toMatchObject({ kind: 'count', group: true, label: { en: 'Students' } });
    expect(defs.find((d) => d.id === 'students_share')?.formula).toMatchObject({ numerator: 'students', denominator: 'population_total', denominatorDate: 'same_or_earlier' });
    expect(INDICATOR_DEFINITIONS.some((d) => d.id === 'students')).toBe(false);
  });
  it('source ids from file names', () => expect(tidySourceId('tidy/Cizinci 2024-MČ.csv')).toBe('tidy_cizinci_2024_m'));

  const refused: [string, () => unknown, RegExp][] = [
    ['unknown code', () => read('999999,foreigners_total,2024-12-31,1\n'), /tidy\/cizinci_2024.csv: row 2, field code/],
    ['duplicate (code, indicator, date)', () => read('500054,foreigners_total,2024-12-31,1\n500054,foreigners_total,2024-12-31,2\n'), /row 3, field code: duplicate/],
    ['non-numeric value', () => read('500054,foreigners_total,2024-12-31,abc\n'), /row 2, field value: "abc" is not a number/],
    ['decimal comma', () => read('500054,foreigners_total,2024-12-31,"1,5"\n'), /row 2, field value: .*decimal comma/],
    ['negative count', () => read('500054,foreigners_total,2024-12-31,-3\n'), /row 2, field value: -3 is negative/],
    ['fractional person count', () => read('500054,foreigners_total,2024-12-31,2.5\n'), /row 2, field value: 2.5 is not a whole number/],
    ['share over 100 %', () => read('500054,vacancy,2024-12-31,100.5\n', { ...SIDECAR, indicators: { vacancy: { label: { en: 'Vacancy' }, unit: 'percent', kind: 'rate', group: false } } }), /row 2, field value: .*share over 100 %/],
    ['undeclared indicator', () => read('500054,students,2024-12-31,1\n'), /row 2, field indicator: undeclared indicator "students"/],
    ['unknown citizenship code', () => read('500054,foreigners_citizenship_zz,2024-12-31,1\n'), /row 2, field indicator: undeclared .*ISO 3166/],
    ['nonexistent date', () => read('500054,foreigners_total,2024-02-30,1\n'), /row 2, field ref_date/],
    ['missing sidecar', () => read('500054,foreigners_total,2024-12-31,1\n', null), /tidy\/cizinci_2024.csv: row -, field -: missing sidecar tidy\/cizinci_2024.json/],
    ['sidecar without licence', () => read('500054,foreigners_total,2024-12-31,1\n', { ...SIDECAR, licence: undefined }), /tidy\/cizinci_2024.json: row -, field licence/],
    ['sidecar redeclaring a registry id', () => read('500054,foreigners_total,2024-12-31,1\n', { ...SIDECAR, indicators: { foreigners_total: { label: { en: 'x' }, unit: 'persons', kind: 'count', group: true } } }), /field indicators.foreigners_total: .*registry id/],
    ['header-only file', () => read(''), /row 2, field -: has a header but no data rows/],
    ['other header', () => read('500054,foreigners_total,2024-12-31,1\n', SIDECAR, 'kod_mc,indicator,ref_date,value\n'), /row 1, field -: header must be exactly/],
  ];
  for (const [name, run, message] of refused) it(`refuses: ${name}`, () => expect(run).toThrow(message));
});
