import { describe, expect, it } from 'vitest';
import { detectCrs } from '../../../src/lib/pipeline/detect-crs.ts';
import { PRAGUE_BOUNDS } from './city.ts';

describe('detectCrs', () => {
  it('takes a declared EPSG:5514 or CRS84', () => {
    expect(detectCrs('EPSG:5514', [-740000, -1040000], 'f', PRAGUE_BOUNDS)).toBe('EPSG:5514');
    expect(detectCrs('urn:ogc:def:crs:OGC:1.3:CRS84', [14.4, 50.1], 'f', PRAGUE_BOUNDS)).toBe('EPSG:4326');
  });
  it('recognises undeclared S-JTSK by its large negative metres', () => expect(detectCrs(undefined, [-739567.3, -1037894.6], 'f', PRAGUE_BOUNDS)).toBe('EPSG:5514'));
  it('recognises undeclared lon/lat inside the city bounds', () => expect(detectCrs(undefined, [14.45, 50.08], 'f', PRAGUE_BOUNDS)).toBe('EPSG:4326'));
  it('refuses swapped lat/lon with a hint', () => expect(() => detectCrs(undefined, [50.08, 14.45], 'f', PRAGUE_BOUNDS)).toThrow(/looks like lat\/lon/));
  it('refuses other CRSs', () => {
    expect(() => detectCrs('EPSG:3857', [1_600_000, 6_460_000], 'f', PRAGUE_BOUNDS)).toThrow(/unsupported CRS/);
    expect(() => detectCrs(undefined, [1_600_000, 6_460_000], 'f', PRAGUE_BOUNDS)).toThrow(/neither WGS 84 inside the city nor S-JTSK/);
  });
});
