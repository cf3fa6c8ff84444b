// The offline geocoder on the REAL data (issue 9): services and schools located on the partial
// RÚIAN address points, counts per precision, and the search index's size.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../scripts/build-pipeline.ts';
import { resolveDataDir } from '../../src/lib/pipeline/resolve-data-dir.ts';
import { readSources } from '../../src/lib/pipeline/read-sources.ts';
import { readDistrictCodes } from '../../src/lib/pipeline/read-district-codes.ts';
import { parseGeoJson } from '../../src/lib/pipeline/parse-geojson.ts';
import { validateDistricts } from '../../src/lib/pipeline/validate-districts.ts';
import { toTopology, DISTRICT_TOPOLOGY_OPTIONS } from '../../src/lib/pipeline/to-topology.ts';
import { deriveLevels } from '../../src/lib/pipeline/derive-levels.ts';
import { readSchools2019 } from '../../src/lib/pipeline/read-schools-2019.ts';
import { parseCsv } from '../../src/lib/pipeline/parse-csv.ts';
import { buildServiceLayers, type ServiceLayers } from '../../src/lib/geocode/build-service-layers.ts';
import { PRAGUE, PRAGUE_BOUNDS } from '../unit/pipeline/city.ts';

const dataDir = resolveDataDir([], process.env, existsSync, REPO_ROOT)?.dir ?? '';
const sources = readSources(readFileSync(path.join(REPO_ROOT, 'geodata/sources.json'), 'utf8'), 'sources.json');
const pathOf = (id: string) => sources.find((s) => s.id === id)!.path;
const read = (id: string) => readFileSync(path.join(dataDir, pathOf(id)), 'utf8');
const input = (id: string) => ({ text: read(id), file: pathOf(id), id });

let layers: ServiceLayers;
let millis = 0;

beforeAll(() => {
  expect(dataDir, 'no data directory found').not.toBe('');
  const registry = readDistrictCodes(read('district_codes'), pathOf('district_codes'));
  const districts = validateDistricts(parseGeoJson(read('ipr_districts'), pathOf('ipr_districts'), PRAGUE_BOUNDS), registry, pathOf('ipr_districts'), PRAGUE);
  const topology = deriveLevels(toTopology({ districts }, DISTRICT_TOPOLOGY_OPTIONS, 50.08), pathOf('ipr_districts'), PRAGUE);
  const schools2019 = readSchools2019(read('schools_2019'), pathOf('schools_2019'), PRAGUE_BOUNDS).collection;
  const started = performance.now();
  layers = buildServiceLayers({
    city: { bounds: PRAGUE_BOUNDS, localName: PRAGUE.local_name },
    addressPoints: input('address_points_partial'),
    services: input('integration_services'),
    namedSchools: input('primary_schools_named'),
    register: input('msmt_register'),
    omj: input('omj_schools'),
    schools2019,
    registry,
    districts,
    topology,
  });
  millis = performance.now() - started;
  console.log(`geocoding step on the real data: ${Math.round(millis)} ms`);
});

const serviceRows = () => parseCsv(read('integration_services'), 'services').rows.map((r) => r.values);

describe('offline geocoder on the real data', () => {
  it('places at least 17 of the 23 services with a street address on their address point', () => {
    const withAddress = new Set(serviceRows().filter((r) => r.street.trim() !== '').map((r) => r.id));
    expect(withAddress.size).toBe(23);
    const exact = layers.services.filter((s) => withAddress.has(s.id) && s.location.precision === 'address');
    expect(exact.length).toBeGreaterThanOrEqual(17);
    expect(layers.services.find((s) => s.id === 'ICP-01')!.location.matched).toBe('Žitná 1574/51');
  });
  it('places none of the 7 services without an address as exact, and gives them the reason', () => {
    const without = layers.services.filter((s) => s.address === null);
    expect(without).toHaveLength(7);
    for (const s of without) expect(s.location).toMatchObject({ precision: expect.stringMatching(/^(district|none)$/), reason: 'no_address', lat: null, lon: null });
  });
  it('keeps addresses in uncovered districts (Praha 13, Libuš) at district precision, reason outside_coverage', () => {
    for (const id of ['ICP-02', 'DIS-13', 'COM-01']) expect(layers.services.find((s) => s.id === id)!.location).toMatchObject({ precision: 'district', reason: 'outside_coverage', lat: null });
  });
  it('uses the městská část, not the postal district (Cigánkova: postal Praha 4, MČ Praha 11)', () => {
    const s = layers.services.find((x) => x.id === 'OAMP-02')!;
    expect(s.district_code).toBe('547034');
    expect(s.location.precision).toBe('address');
  });
  it('marks historical or unverified entries', () => {
    expect(layers.services.filter((s) => s.historical).map((s) => s.id).sort()).toEqual(['COM-02', 'DIS-08', 'ICP-04', 'NGO-05', 'NGO-06', 'NGO-08']);
  });
  it('covers the 15 districts of the partial file', () => {
    expect(layers.summary.coverage).toHaveLength(15);
    expect(layers.summary.coverage).toContain('500054'); // Praha 1
    expect(layers.summary.coverage).not.toContain('539694'); // Praha 13
    expect(layers.searchIndex.coverage).toEqual(layers.summary.coverage);
  });
  it('counts every record at exactly one precision', () => {
    const c = layers.summary.counts;
    const total = (id: string) => Object.values(c[id]).reduce((a, b) => a + b, 0);
    expect(total('integration_services')).toBe(30);
    expect(c.integration_services.address).toBeGreaterThanOrEqual(17);
    expect(total('primary_schools_named')).toBe(137); // 138 rows, one school listed twice
    expect(total('msmt_register')).toBe(994);
    // SOURCES.md: 535 of 994 by street + č.p. on the catchment addresses; the schools' own points add more
    expect(c.msmt_register.address).toBeGreaterThanOrEqual(535);
    expect(c.omj_schools.address).toBe(3);
  });
  it('writes schools as points only, one point per named school with its register IZO where merged', () => {
    const f = layers.schools.features;
    expect(f.every((x) => x.geometry.type === 'Point' && (x.properties.precision === 'address' || x.properties.precision === 'street'))).toBe(true);
    const named = f.filter((x) => x.properties.origin === 'named_primary');
    expect(named).toHaveLength(137);
    expect(named.filter((x) => x.properties.izo !== null).length).toBeGreaterThan(100);
    expect(new Set(f.map((x) => x.properties.id)).size).toBe(f.length);
    expect(f.filter((x) => x.properties.omj_support).map((x) => x.properties.name)).toEqual(expect.arrayContaining([expect.stringMatching(/Marjánka/)]));
    // the 2019 points only where nothing better was located
    const better = new Set(f.filter((x) => x.properties.origin !== 'unnamed_2019').map((x) => x.properties.district_code));
    expect(f.filter((x) => x.properties.origin === 'unnamed_2019').every((x) => !better.has(x.properties.district_code))).toBe(true);
  });
  it('builds a search index under 1.5 MB gzip that finds "zitna 1574"', () => {
    const json = JSON.stringify(layers.searchIndex);
    const gz = gzipSync(json).length;
    console.log(`search-index.json: ${json.length} bytes, ${gz} gzip`);
    expect(gz).toBeLessThanOrEqual(1.5 * 1024 * 1024);
    expect(layers.searchIndex.addresses.some(([label]) => label === 'Žitná 1574/51, Praha 1')).toBe(true);
    expect(layers.searchIndex.units.filter(([, level]) => level === 'districts')).toHaveLength(57);
  });
});
