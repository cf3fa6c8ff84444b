import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { FeatureCollection, Polygon } from 'geojson';
import { readAddressPoints } from '../../../src/lib/geocode/read-address-points.ts';
import { districtLocator } from '../../../src/lib/geocode/district-locator.ts';
import { buildAddressIndex } from '../../../src/lib/geocode/address-index.ts';
import { geocodeAddress } from '../../../src/lib/geocode/geocode-address.ts';
import { normaliseStreet, parseHouseNumber } from '../../../src/lib/geocode/normalise-address.ts';
import { decodeWindows1250 } from '../../../src/lib/pipeline/decode-text.ts';
import { PRAGUE_BOUNDS } from '../pipeline/city.ts';

const DIR = 'tests/fixtures/geocode/';
const FILE = 'address-points.csv';
const box = (code: string, [x0, y0, x1, y1]: number[]) => ({ type: 'Feature' as const, properties: { code }, geometry: { type: 'Polygon' as const, coordinates: [[[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]]] } });
// toy districts: P1 west, P3 middle, P9 north-east; P13 holds no points (outside coverage)
const districts: FeatureCollection<Polygon, { code: string }> = {
  type: 'FeatureCollection',
  features: [box('500054', [14.4, 50.07, 14.45, 50.1]), box('500097', [14.45, 50.07, 14.48, 50.1]), box('500216', [14.48, 50.1, 14.55, 50.12]), box('539694', [14.3, 50.0, 14.4, 50.07])],
};
const text = readFileSync(DIR + FILE, 'utf8');
const index = buildAddressIndex(readAddressPoints(text, FILE, PRAGUE_BOUNDS, districtLocator(districts)), 1);
const at = (street: string, number: string | null, district: string | null) => geocodeAddress(index, { street, number, district }).location;

describe('normaliseStreet and parseHouseNumber', () => {
  it('folds case and diacritics and writes abbreviations out', () => {
    expect(normaliseStreet('Senovážné nám.')).toBe(normaliseStreet('SENOVAZNE NÁMĚSTÍ'));
    expect(normaliseStreet('nábř. Kpt. Jaroše')).toBe('nabrezi kpt jarose');
    expect(normaliseStreet('Praha - Libuš')).toBe('praha-libus');
  });
  it('reads č.p./č.o., a single number and a letter suffix', () => {
    expect(parseHouseNumber('1574/51')).toEqual({ cp: '1574', co: '51', single: false });
    expect(parseHouseNumber('50')).toEqual({ cp: '50', co: '50', single: true });
    expect(parseHouseNumber('12A')).toEqual({ cp: null, co: '12a', single: true });
    expect(parseHouseNumber('939/4')).toEqual({ cp: '939', co: '4', single: false });
    expect(parseHouseNumber('u nádraží')).toBeNull();
  });
});

describe('geocodeAddress on a toy address file', () => {
  it('places an exact č.p./č.o. on its own point', () =>
    expect(at('Žitná', '1574/51', '500054')).toEqual({ precision: 'address', reason: null, lat: 50.0772, lon: 14.4298, matched: 'Žitná 1574/51' }));
  it('places a č.o. written alone', () => expect(at('Olšanská', '2', '500097').matched).toBe('Olšanská 2176/2'));
  it('matches the letter of a č.o. and not a bare number', () => {
    expect(at('Kolbenova', '942/38a', '500216').matched).toBe('Kolbenova 942/38a');
    expect(at('Kolbenova', '38', '500216').precision).toBe('street');
  });
  it('expands an abbreviation', () => expect(at('Senovážné nám.', '872/25', '500054').matched).toBe('Senovážné náměstí 872/25'));
  it('tells one street name in two districts apart by the district', () => {
    expect(at('Nádražní', '10/1', '500054').lon).toBe(14.42);
    expect(at('Nádražní', '10/1', '500216').lon).toBe(14.5);
    // without a district the two points are ambiguous: never one of them at random
    expect(geocodeAddress(index, { street: 'Nádražní', number: '10/1', district: null }).location.precision).toBe('none');
    expect(geocodeAddress(index, { street: 'Nádražní', number: '10/1', district: null, hints: ['500216'] }).location.lon).toBe(14.5);
  });
  it('an unknown number gives the street, as the centre of its points there', () =>
    expect(at('Žitná', '999', '500054')).toEqual({ precision: 'street', reason: 'number_not_found', lat: 50.0773, lon: 14.4299, matched: null }));
  it('an unknown street gives only the district (no position)', () =>
    expect(at('Neznámá', '1', '500054')).toEqual({ precision: 'district', reason: 'street_not_found', lat: null, lon: null, matched: null }));
  it('an unknown street without a district is not placed', () =>
    expect(geocodeAddress(index, { street: 'Neznámá', number: '1', district: null }).location).toMatchObject({ precision: 'none', lat: null }));
  it('an address in a district outside the coverage is never matched elsewhere', () =>
    expect(at('Žitná', '1574/51', '539694')).toMatchObject({ precision: 'district', reason: 'outside_coverage', lat: null }));
  it('no street address gives the district with reason no_address', () =>
    expect(at('', null, '500054')).toMatchObject({ precision: 'district', reason: 'no_address' }));
  it('records the covered districts', () => expect(index.coverage).toEqual(['500054', '500097', '500216']));
});

describe('readAddressPoints', () => {
  it('reads the RÚIAN per-municipality CSV (windows-1250, ";", positive S-JTSK) with its Kód MOMC', () => {
    const ruian = decodeWindows1250(readFileSync(DIR + '20230331_OB_554782_ADR.csv'));
    const points = readAddressPoints(ruian, 'ADR.csv', PRAGUE_BOUNDS);
    expect(points.map((p) => [p.street, p.cp, p.co, p.district])).toEqual([['Josefská', '626', '5', '500054'], ['Uhelný trh', '425', '4a', '500054']]);
    // the fixture's Y/X are rounded by hand near Malá Strana (50.088 N, 14.405 E): x = −Y, y = −X lands there
    expect(Math.abs(points[0].lat - 50.088)).toBeLessThan(0.01);
    expect(Math.abs(points[0].lon - 14.405)).toBeLessThan(0.01);
    const idx = buildAddressIndex(points, 1);
    expect(geocodeAddress(idx, { street: 'Uhelný trh', number: '425/4A', district: '500054' }).location.matched).toBe('Uhelný trh 425/4a');
  });
  it('refuses a missing column, a bad coordinate, a duplicate point and the wrong CRS, naming file, row and field', () => {
    expect(() => readAddressPoints(text.replace('lat,lon', 'lat,lng'), FILE, PRAGUE_BOUNDS)).toThrow(/address-points.csv: row 1, field lon/);
    expect(() => readAddressPoints(text.replace('50.0772,14.4298', '50.0772,abc'), FILE, PRAGUE_BOUNDS)).toThrow(/row 2, field lon/);
    expect(() => readAddressPoints(text.replace('Žitná 1575/53, Praha', 'Žitná 1574/51, Praha'), FILE, PRAGUE_BOUNDS)).toThrow(/row 3, field address: duplicate/);
    expect(() => readAddressPoints(text.replace('50.0772,14.4298', '14.4298,50.0772'), FILE, PRAGUE_BOUNDS)).toThrow(/row 2, field lon.*swapped/);
    const ruian = decodeWindows1250(readFileSync(DIR + '20230331_OB_554782_ADR.csv'));
    expect(() => readAddressPoints(ruian.replace('21719781', '21700788'), 'ADR.csv', PRAGUE_BOUNDS)).toThrow(/row 3, field Kód ADM: duplicate/);
    expect(() => readAddressPoints(ruian.replace('743506.50;1043203.94', '-743506.50;-1043203.94'), 'ADR.csv', PRAGUE_BOUNDS)).toThrow(/row 2, field Souřadnice Y/);
  });
  it('gives each point the district it lies in, not the one its file names', () => {
    // the second Nádražní 10/1 is listed under the catchment of Praha 1 but lies in the toy Praha 9
    const points = readAddressPoints(text, FILE, PRAGUE_BOUNDS, districtLocator(districts));
    expect(points.filter((p) => p.street === 'Nádražní').map((p) => p.district)).toEqual(['500054', '500216']);
  });
  it('does not mutate its input when the index is built', () => {
    const points = readAddressPoints(text, FILE, PRAGUE_BOUNDS, districtLocator(districts));
    const copy = structuredClone(points);
    buildAddressIndex(points);
    expect(points).toEqual(copy);
  });
});
