import { describe, expect, it } from 'vitest';
import { readDistrictCodes, knownDistrictCode } from '../../../src/lib/pipeline/read-district-codes.ts';
import { toyRegistry } from './toy-city.ts';

describe('readDistrictCodes', () => {
  it('indexes the toy city by code and by name', () => {
    const r = toyRegistry();
    expect(r.byCode.size).toBe(5);
    expect(r.byName.get('Praha 11')?.code).toBe('547034');
  });
  it('refuses codes that are not 6 digits', () => expect(() => readDistrictCodes('kod_mc,district_name\n5000,Praha 1\n', 'c.csv')).toThrow(/row 2, field kod_mc/));
  it('refuses duplicate codes and names', () => {
    expect(() => readDistrictCodes('kod_mc,district_name\n500054,A\n500054,B\n', 'c.csv')).toThrow(/row 3, field kod_mc: duplicate/);
    expect(() => readDistrictCodes('kod_mc,district_name\n500054,A\n500089,A\n', 'c.csv')).toThrow(/row 3, field district_name: duplicate/);
  });
  it('knownDistrictCode refuses codes outside the registry', () =>
    expect(() => knownDistrictCode(toyRegistry(), '999999', 'x.csv', 7, 'kod_mc')).toThrow(/x\.csv: row 7, field kod_mc: unknown district code/));
});
