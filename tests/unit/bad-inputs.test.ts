// Reliability suite (issue 6): each named bad input must fail the build with file, row and field in
// the message, and leave a previous output folder byte-identical.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import proj4 from 'proj4';
import { buildData } from '../../scripts/build-pipeline.ts';
import { InputError } from '../../src/lib/pipeline/input-error.ts';
import { SJTSK_PROJ4 } from '../../src/lib/pipeline/reproject-sjtsk.ts';

const TOY = path.resolve(__dirname, '../fixtures/toy-city');
const NOW = new Date('2026-11-01T00:00:00Z');
const work = mkdtempSync(path.join(tmpdir(), 'bad-inputs-'));
const previousOut = path.join(work, 'previous-out');

function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(readdirSync(dir).sort().map((f) => [f, readFileSync(path.join(dir, f)).toString('base64')]));
}

/** A copy of the toy city with one file changed. */
function toyWith(file: string, change: (content: Buffer) => Buffer | string): string {
  const dir = mkdtempSync(path.join(work, 'case-'));
  cpSync(TOY, dir, { recursive: true });
  const target = path.join(dir, file);
  writeFileSync(target, change(readFileSync(target)));
  return dir;
}
const text = (f: (s: string) => string) => (b: Buffer) => f(b.toString('utf8'));
const replaceLine = (index: number, f: (line: string) => string) => text((s) => s.split('\n').map((l, i) => (i === index ? f(l) : l)).join('\n'));
const geo = (f: (fc: { features: { properties: Record<string, unknown>; geometry: { coordinates: number[][][] } }[]; crs?: unknown }) => void) =>
  text((s) => {
    const fc = JSON.parse(s);
    f(fc);
    return JSON.stringify(fc);
  });

let before: Record<string, string>;
beforeAll(async () => {
  await buildData({ dataDir: TOY, outDir: previousOut, now: NOW });
  before = snapshot(previousOut);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function expectRefused(dataDir: string, where: { file: string; row: number | null; field: string | null }, reason?: RegExp) {
  const error = await buildData({ dataDir, outDir: previousOut, now: NOW }).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InputError);
  const e = error as InputError;
  expect(e.message).toContain(where.file);
  expect({ file: e.file, row: e.row, field: e.field }).toEqual(where);
  expect(e.message).toContain(`row ${where.row ?? '-'}`);
  expect(e.message).toContain(`field ${where.field ?? '-'}`);
  if (reason) expect(e.reason).toMatch(reason);
  expect(snapshot(previousOut)).toEqual(before);
}

const POP = 'stats/mc_population_czso_2011_2019.csv';
const CODES = 'stats/mc_codes.csv';
const HUMPO = 'stats/mc_ua_temporary_protection_humpo_2026-07-21.csv';
const KATALOG = 'stats/extra/mc_foreigners_ipr_katalog_2019.csv';
const QUOTED = 'stats/mc_foreigners_quoted_2020-01-01.csv';
const BOUNDARIES = 'boundaries/mestske_casti.geojson';
const SERVICES = 'services/integration_services_prague.csv';
const ADDRESS_POINTS = 'services/extra/address_points_prague_partial_2023.csv';

describe('bad inputs are refused with file, row and field, and the previous output stays byte-identical', () => {
  it('malformed CSV (a row with an extra field)', () =>
    expectRefused(toyWith(POP, replaceLine(2, (l) => `${l},extra`)), { file: POP, row: 3, field: null }, /fields/));

  it('semicolon-separated CSV is refused with a clear message', () =>
    expectRefused(toyWith(POP, text((s) => s.replace(/,/g, ';'))), { file: POP, row: 1, field: null }, /";" as separator/));

  it('decimal comma in a count', () =>
    expectRefused(toyWith(POP, replaceLine(1, (l) => l.replace(/,(\d+),(\d+),(\d+)$/, ',"29857,5",$2,$3'))), { file: POP, row: 2, field: 'population_total' }, /decimal comma/));

  it('missing column', () =>
    expectRefused(toyWith(POP, text((s) => s.replace('population_total', 'population'))), { file: POP, row: 1, field: 'population_total' }, /missing column/));

  it('unknown district code', () =>
    expectRefused(toyWith(POP, replaceLine(3, (l) => l.replace('500119', '599999'))), { file: POP, row: 4, field: 'kod_mc' }, /unknown district code/));

  it('duplicate district code in the code list', () =>
    expectRefused(toyWith(CODES, replaceLine(2, (l) => l.replace('500089', '500054'))), { file: CODES, row: 3, field: 'kod_mc' }, /duplicate/));

  it('a required input holding only its header row (the emptied 2026 temporary-protection file)', () =>
    expectRefused(toyWith(HUMPO, text((s) => s.split('\n')[0] + '\n')), { file: HUMPO, row: 2, field: null }, /header but no data rows/));

  it('the IPR catalogue repeats a population that disagrees with the ČSÚ input', () => {
    const dir = toyWith(POP, (b) => b);
    writeFileSync(
      path.join(dir, 'stats/extra/mc_indicators_ipr_katalog_c2019_long.csv'),
      'kod_mc,district_name,indicator,value,source_symbol,label_cs,unit\n500054,Praha 1,materske_skoly,3,,,count\n500054,Praha 1,pocet_obyv,29564,,,persons\n',
    );
    return expectRefused(dir, { file: 'stats/extra/mc_indicators_ipr_katalog_c2019_long.csv', row: 3, field: 'value' }, /differs from population_total 29563/);
  });

  it('duplicate district row in a statistics file', () =>
    expectRefused(toyWith(HUMPO, replaceLine(2, (l) => l.replace('500089', '500054'))), { file: HUMPO, row: 3, field: 'kod_mc' }, /duplicate/));

  it('non-numeric count', () =>
    expectRefused(toyWith(HUMPO, replaceLine(1, (l) => l.replace(',1147,', ',n/a,'))), { file: HUMPO, row: 2, field: 'ua_temporary_protection' }, /not a whole number/));

  it('negative count', () =>
    expectRefused(toyWith(HUMPO, replaceLine(1, (l) => l.replace(',1147,', ',-5,'))), { file: HUMPO, row: 2, field: 'ua_temporary_protection' }, /negative/));

  it('share over 100 % (more foreigners than residents)', () =>
    expectRefused(toyWith(KATALOG, replaceLine(1, (l) => l.replace(',5687,', ',99999,'))), { file: KATALOG, row: 2, field: 'foreigners_total' }, /100 %/));

  it('quoted share over 100 %', () =>
    expectRefused(toyWith(QUOTED, replaceLine(1, (l) => l.replace('31.36', '131.36'))), { file: QUOTED, row: 2, field: 'value' }, /0–100/));

  it('future date', () =>
    expectRefused(toyWith(HUMPO, replaceLine(1, (l) => l.replace('2026-07-21', '2031-07-21'))), { file: HUMPO, row: 2, field: 'ref_date' }, /outside/));

  it('non-numeric coordinate of an address point', () =>
    expectRefused(toyWith(ADDRESS_POINTS, replaceLine(1, (l) => l.replace('50.025', 'fifty'))), { file: ADDRESS_POINTS, row: 2, field: 'lat' }, /not a number/));

  it('address points with lat and lon swapped (wrong CRS order)', () =>
    expectRefused(toyWith(ADDRESS_POINTS, replaceLine(1, (l) => l.replace('50.025,14.405', '14.405,50.025'))), { file: ADDRESS_POINTS, row: 2, field: 'lon' }, /swapped/));

  it('empty file', () => expectRefused(toyWith(POP, () => ''), { file: POP, row: null, field: null }, /empty/));

  it('truncated CSV (cut inside a quoted field)', () =>
    expectRefused(toyWith(SERVICES, text((s) => s.slice(0, s.indexOf('"Counselling') + 5))), { file: SERVICES, row: 2, field: null }, /unterminated|fields/));

  it('truncated GeoJSON', () =>
    expectRefused(toyWith(BOUNDARIES, text((s) => s.slice(0, s.length / 2))), { file: BOUNDARIES, row: null, field: null }, /not valid JSON/));

  it('huge row', () =>
    expectRefused(toyWith(SERVICES, replaceLine(1, (l) => l.replace('Integrační centrum Praha,', `Integrační centrum Praha ${'x'.repeat(30_000)},`))), { file: SERVICES, row: 2, field: null }, /longer than/));

  it('mixed encodings (a CP1250 line in a UTF-8 file)', () =>
    expectRefused(
      toyWith(CODES, (b) => Buffer.concat([b, Buffer.from([0x35, 0x34, 0x37, 0x30, 0x34, 0x32, 0x2c, 0x50, 0x72, 0x61, 0x68, 0x61, 0x2d, 0x8a, 0x65, 0x62, 0x65, 0x72, 0x6f, 0x76, 0x0a])])),
      { file: CODES, row: 7, field: null },
      /UTF-8/,
    ));

  it('HTML/script in a district name is refused (names must be plain text)', () =>
    expectRefused(toyWith(BOUNDARIES, geo((fc) => (fc.features[1].properties.NAZEV_MC = 'Praha 2<script>alert(1)</script>'))), { file: BOUNDARIES, row: 2, field: 'NAZEV_MC' }, /markup/));

  it('HTML in a service name is refused', () =>
    expectRefused(toyWith(SERVICES, replaceLine(2, (l) => l.replace('Úřad MČ Praha 11', '<b>Úřad</b>'))), { file: SERVICES, row: 3, field: 'name' }, /markup/));

  it('feature without a code', () =>
    expectRefused(toyWith(BOUNDARIES, geo((fc) => delete fc.features[2].properties.KOD_MC)), { file: BOUNDARIES, row: 3, field: 'KOD_MC' }));

  it('duplicate district code in the boundaries', () =>
    expectRefused(toyWith(BOUNDARIES, geo((fc) => (fc.features[1].properties.KOD_MC = 500054))), { file: BOUNDARIES, row: 2, field: 'KOD_MC' }, /duplicate/));

  it('invalid polygon (ring with 3 positions)', () =>
    expectRefused(toyWith(BOUNDARIES, geo((fc) => (fc.features[0].geometry.coordinates[0] = fc.features[0].geometry.coordinates[0].slice(0, 3)))), { file: BOUNDARIES, row: 1, field: 'geometry' }, /at least 4/));

  it('unclosed ring', () =>
    expectRefused(toyWith(BOUNDARIES, geo((fc) => fc.features[0].geometry.coordinates[0].pop())), { file: BOUNDARIES, row: 1, field: 'geometry' }, /not closed/));

  it('self-intersecting polygon (bow tie)', () =>
    expectRefused(
      toyWith(BOUNDARIES, geo((fc) => {
        const r = fc.features[3].geometry.coordinates[0];
        [r[2], r[4]] = [r[4], r[2]];
      })),
      { file: BOUNDARIES, row: 4, field: 'geometry' },
      /self-intersecting/,
    ));

  it('coordinates outside the city bounds (city.json)', () =>
    expectRefused(toyWith(BOUNDARIES, geo((fc) => (fc.features[4].geometry.coordinates[0][3] = [16.6, 49.2]))), { file: BOUNDARIES, row: 5, field: 'geometry' }, /outside the city/));

  it('city.json with a level whose parent field the boundaries lack', () =>
    expectRefused(toyWith('city.json', text((s) => s.replace('"parent_field": "KOD_MO"', '"parent_field": "KOD_OBVOD"'))), { file: BOUNDARIES, row: 1, field: 'KOD_OBVOD' }));

  it('city.json with bounds whose west lies east of their east', () =>
    expectRefused(toyWith('city.json', text((s) => s.replace('"bounds": [14.3, 49.95, 14.6, 50.1]', '"bounds": [14.6, 49.95, 14.3, 50.1]'))), { file: 'city.json', row: null, field: 'bounds' }, /west < east/));

  it('lat/lon swapped (wrong axis order)', () =>
    expectRefused(toyWith(BOUNDARIES, geo((fc) => fc.features.forEach((f) => (f.geometry.coordinates = f.geometry.coordinates.map((r) => r.map(([x, y]) => [y, x])))))), { file: BOUNDARIES, row: 1, field: 'geometry' }, /lat\/lon/));

  it('unknown service district name', () =>
    expectRefused(toyWith(SERVICES, replaceLine(2, (l) => l.replace(',Praha 11,', ',Praha 99,'))), { file: SERVICES, row: 3, field: 'city_district_mc' }, /unknown district name/));

  it('city total that disagrees with the sum of the districts', () =>
    expectRefused(toyWith('stats/prague_city_totals.csv', replaceLine(1, (l) => l.replace('296726', '296725'))), { file: 'stats/prague_city_totals.csv', row: 2, field: 'value' }, /sum of the districts/));

  it('a point placed in the wrong district', () =>
    expectRefused(toyWith('services/extra/osm_pois_prague_geofabrik_points_2026-02.csv', replaceLine(1, (l) => l.replace('500089', '500054'))), { file: 'services/extra/osm_pois_prague_geofabrik_points_2026-02.csv', row: 2, field: 'kod_mc' }, /outside district/));

  it('a required file is missing', () => {
    const dir = toyWith(POP, (b) => b);
    rmSync(path.join(dir, POP));
    return expectRefused(dir, { file: POP, row: null, field: null }, /required input is missing/);
  });
});

describe('documented acceptances', () => {
  it('a UTF-8 BOM is stripped and the build is identical to the one without', async () => {
    const out = path.join(work, 'bom-out');
    await buildData({ dataDir: toyWith(POP, (b) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), b])), outDir: out, now: NOW });
    const a = snapshot(out);
    const b = { ...before };
    // inputs differ by sha256 in the manifest only
    delete a['manifest.json'];
    delete b['manifest.json'];
    expect(a).toEqual(b);
  });

  it('boundaries in S-JTSK are detected, reprojected with proj4 and give the same codes and near-identical geometry', async () => {
    const toSjtsk = proj4('EPSG:4326', SJTSK_PROJ4);
    const dir = toyWith(BOUNDARIES, geo((fc) => {
      fc.crs = { type: 'name', properties: { name: 'EPSG:5514' } };
      fc.features.forEach((f) => (f.geometry.coordinates = f.geometry.coordinates.map((r) => r.map((p) => toSjtsk.forward(p)))));
    }));
    const out = path.join(work, 'sjtsk-out');
    await buildData({ dataDir: dir, outDir: out, now: NOW });
    const topo = (d: string) => JSON.parse(readFileSync(path.join(d, 'districts.topo.json'), 'utf8'));
    const a = topo(out);
    const b = topo(previousOut);
    expect(a.objects.districts.geometries.map((g: { properties: unknown }) => g.properties)).toEqual(b.objects.districts.geometries.map((g: { properties: unknown }) => g.properties));
    // round trip through Krovak: identical after quantization to ~0.3 m, or off by one grid step
    expect(Math.abs(a.bbox[0] - b.bbox[0])).toBeLessThan(1e-6);
    expect(Math.abs(a.bbox[3] - b.bbox[3])).toBeLessThan(1e-6);
  });

  it('builds are deterministic: two builds of the toy city give identical bytes', async () => {
    const out2 = path.join(work, 'second-out');
    await buildData({ dataDir: TOY, outDir: out2, now: NOW });
    expect(snapshot(out2)).toEqual(before);
  });
});

describe('the real CLI', () => {
  const cli = (args: string[]) => spawnSync('npx', ['tsx', 'scripts/build-data.ts', ...args], { cwd: path.resolve(__dirname, '../..'), encoding: 'utf8' });

  it('exits non-zero naming file, row and field for a negative count, leaving the output untouched', () => {
    const r = cli(['--data', toyWith(HUMPO, replaceLine(1, (l) => l.replace(',1147,', ',-5,'))), '--out', previousOut]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${HUMPO}: row 2, field ua_temporary_protection`);
    expect(snapshot(previousOut)).toEqual(before);
  }, 30_000);

  it('exits non-zero for a semicolon file', () => {
    const r = cli(['--data', toyWith(POP, text((s) => s.replace(/,/g, ';'))), '--out', previousOut]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${POP}: row 1`);
    expect(snapshot(previousOut)).toEqual(before);
  }, 30_000);

  it('exits non-zero listing the expected files when the data dir does not exist', () => {
    const r = cli(['--data', path.join(work, 'nowhere'), '--out', previousOut]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('stats/mc_codes.csv');
    expect(r.stderr).toContain('boundaries/mestske_casti.geojson');
  }, 30_000);

  it('exits 0 on the toy city', () => {
    const r = cli(['--data', TOY, '--out', path.join(work, 'cli-out')]);
    expect(r.status).toBe(0);
    expect(execFileSync('ls', [path.join(work, 'cli-out')], { encoding: 'utf8' })).toContain('indicators.csv');
  }, 30_000);
});
