import { describe, expect, it } from 'vitest';
import { readTable } from '../../../src/lib/pipeline/read-table.ts';
import { readIndicatorTable, tableDescriptorSchema } from '../../../src/lib/pipeline/read-indicator-table.ts';
import { DATES, SOURCES, toyRegistry } from './toy-city.ts';

const F = 'x.csv';
const ctx = () => ({ registry: toyRegistry(), dates: DATES });

describe('readTable (generic typed reader)', () => {
  const spec = { columns: { kod_mc: { type: 'code' as const }, d: { type: 'date' as const }, n: { type: 'count' as const }, p: { type: 'percent' as const }, t: { type: 'text' as const, values: ['a', 'b'] } } };
  it('returns typed records with their file line', () => {
    expect(readTable('kod_mc,d,n,p,t,ignored\n500054,2019-12-31,3,12.5,a,z\n500089,2020-01-01,,,b,\n', F, spec, ctx())).toEqual([
      { line: 2, values: { kod_mc: '500054', d: '2019-12-31', n: 3, p: 12.5, t: 'a' } },
      { line: 3, values: { kod_mc: '500089', d: '2020-01-01', n: null, p: null, t: 'b' } },
    ]);
  });
  const bad: [string, string, RegExp][] = [
    ['500054,2019-12-31,3,1,c', 'row 2, field t', /not one of/],
    ['999999,2019-12-31,3,1,a', 'row 2, field kod_mc', /./],
    ['500054,2019-02-30,3,1,a', 'row 2, field d', /not a date/],
    ['500054,2019-12-31,x,1,a', 'row 2, field n', /not a whole number/],
    ['500054,2019-12-31,-1,1,a', 'row 2, field n', /negative/],
    ['500054,2019-12-31,3,100.5,a', 'row 2, field p', /percentage/],
  ];
  for (const [row, where, why] of bad) {
    it(`refuses ${row} naming ${where}`, () => {
      expect(() => readTable(`kod_mc,d,n,p,t\n${row}\n`, F, spec, ctx())).toThrow(where);
      expect(() => readTable(`kod_mc,d,n,p,t\n${row}\n`, F, spec, ctx())).toThrow(why);
    });
  }
  it('refuses a missing column, naming it', () => expect(() => readTable('kod_mc,d,n,p\n', F, spec, ctx())).toThrow(/row 1, field t: missing column/));
  it('refuses a header-only file', () => expect(() => readTable('kod_mc,d,n,p,t\n', F, spec, ctx())).toThrow(/x.csv: row 2, field -: has a header but no data rows/));
  it('refuses an empty required cell', () =>
    expect(() => readTable('a,b\n,1\n', F, { columns: { a: { type: 'decimal', required: true } } })).toThrow(/row 2, field a: is empty/));
  it('latitude and longitude ranges', () =>
    expect(() => readTable('lat\n91\n', F, { columns: { lat: { type: 'latitude' } } })).toThrow(/row 2, field lat: 91 is not a latitude/));
});

describe('readIndicatorTable, long format with ČSÚ symbols (the IPR catalogue descriptor)', () => {
  const catalogue = SOURCES.find((s) => s.id === 'ipr_katalog_indicators_c2019')!.table!;
  const head = 'kod_mc,district_name,indicator,value,source_symbol,label_cs,unit\n';
  const read = (body: string) => readIndicatorTable(head + body, F, 'cat', catalogue, toyRegistry(), DATES);
  it('"-" is 0, "x" is missing, every value dated 2019-12-31; population and foreigners become cross-checks', () => {
    const r = read('500054,P1,materske_skoly,,-,,count\n500054,P1,kulturni_zarizeni,,x,,count\n500054,P1,rozloha,553.84,,,ha\n500054,P1,pocet_obyv,29563,,,persons\n');
    expect(r.measurements).toEqual([
      { indicator: 'catalogue_kindergartens', code: '500054', ref_date: '2019-12-31', value: 0, source_id: 'cat' },
      { indicator: 'catalogue_area_ha', code: '500054', ref_date: '2019-12-31', value: 553.84, source_id: 'cat' },
    ]);
    expect(r.crossChecks).toEqual([{ file: F, line: 5, field: 'value', indicator: 'population_total', code: '500054', ref_date: '2019-12-31', value: 29563 }]);
  });
  it('refuses an undeclared indicator', () => expect(() => read('500054,P1,novy,1,,,count\n')).toThrow(/row 2, field indicator: undeclared indicator "novy"/));
  it('refuses an unknown symbol', () => expect(() => read('500054,P1,parky,,?,,ha\n')).toThrow(/row 2, field source_symbol: unknown symbol/));
  it('refuses a value together with a symbol', () => expect(() => read('500054,P1,parky,1,x,,ha\n')).toThrow(/row 2, field value: has a value/));
  it('refuses a non-numeric value and a decimal school count', () => {
    expect(() => read('500054,P1,parky,abc,,,ha\n')).toThrow(/row 2, field value: "abc" is not a number/);
    expect(() => read('500054,P1,zakladni_skoly,1.5,,,count\n')).toThrow(/row 2, field value: "1.5" is not a whole number/);
  });
  it('refuses a share over 100 % and a negative count', () => {
    expect(() => read('500054,P1,lesy_lesoparky,100.1,,,%\n')).toThrow(/row 2, field value: 100.1 is not a percentage/);
    expect(() => read('500054,P1,detska_hriste,-2,,,count\n')).toThrow(/row 2, field value: "-2" is negative/);
  });
  it('refuses the same indicator twice for a district', () =>
    expect(() => read('500054,P1,parky,1,,,ha\n500054,P1,parky,2,,,ha\n')).toThrow(/row 3, field indicator: duplicate/));
  it('refuses a header-only file', () => expect(() => read('')).toThrow(/row 2, field -: has a header but no data rows/));
});

describe('table descriptors', () => {
  it('every committed descriptor is valid and reads its own declared columns', () => {
    expect(SOURCES.filter((s) => s.table).map((s) => s.id).sort()).toEqual(
      ['czso_population', 'czso_population_age_sex', 'humpo_ua_2026', 'ipr_katalog_foreigners_2019', 'ipr_katalog_indicators_c2019', 'ipr_population_2023', 'mv_ua_2022_daily'].sort(),
    );
  });
  it('refuses a descriptor with both a date column and a fixed date, or without values', () => {
    expect(tableDescriptorSchema.safeParse({ code: 'k', date: 'd', fixed_date: '2020-01-01', values: [] }).success).toBe(false);
    expect(tableDescriptorSchema.safeParse({ code: 'k', date: 'd' }).success).toBe(false);
  });
});

describe('readIndicatorTable with select_dates: last_complete_per_month', () => {
  const codes = toyRegistry().byCode;
  const daily = tableDescriptorSchema.parse({
    code: 'kod_mc',
    date: 'ref_date',
    values: [{ column: 'n', indicator: 'ua_tp_permits_2022' }],
    select_dates: 'last_complete_per_month',
  });
  const day = (date: string, only?: number) => [...codes.keys()].slice(0, only).map((code, i) => `${date},${code},${i + 1}`).join('\n');
  const read = (...days: string[]) => readIndicatorTable(`ref_date,kod_mc,n\n${days.join('\n')}\n`, F, 'daily', daily, toyRegistry(), DATES).measurements;

  it('keeps per month the last date on which every unit has a value, whatever the row order', () => {
    const dates = (ms: { ref_date: string }[]) => [...new Set(ms.map((m) => m.ref_date))];
    expect(dates(read(day('2022-03-10'), day('2022-03-20'), day('2022-03-31', 2), day('2022-04-05')))).toEqual(['2022-03-20', '2022-04-05']);
    // An earlier date read after a later complete one, and a later date completed at the end.
    expect(dates(read(day('2022-03-20'), day('2022-03-10'), day('2022-03-31', 2), day('2022-04-05'), day('2022-03-31')))).toEqual(['2022-03-31', '2022-04-05']);
    expect(read(day('2022-03-20')).map((m) => [m.code, m.value])).toEqual([...codes.keys()].map((code, i) => [code, i + 1]));
  });
});
