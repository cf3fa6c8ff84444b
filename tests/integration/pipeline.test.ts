// Builds the REAL data (resolved like the CLI: GEODATA_DIR → geodata/raw → ../shared/data) and
// checks the contract. No data dir found is a failure, not a skip.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { feature } from 'topojson-client';
import proj4 from 'proj4';
import type { Feature, FeatureCollection, Polygon } from 'geojson';
import area from '@turf/area';
import { buildData, REPO_ROOT } from '../../scripts/build-pipeline.ts';
import { resolveDataDir } from '../../src/lib/pipeline/resolve-data-dir.ts';
import { parseCsv } from '../../src/lib/pipeline/parse-csv.ts';
import { SJTSK_PROJ4 } from '../../src/lib/pipeline/reproject-sjtsk.ts';
import type { Manifest } from '../../src/lib/contract.ts';

const resolved = resolveDataDir([], process.env, existsSync, REPO_ROOT);
const out = mkdtempSync(path.join(tmpdir(), 'pipeline-real-'));
const dataDir = resolved?.dir ?? '';
const readData = (p: string) => readFileSync(path.join(dataDir, p), 'utf8');
const readOut = (p: string) => readFileSync(path.join(out, p), 'utf8');

let rows: Record<string, string>[];
let topo: any;

beforeAll(async () => {
  expect(resolved, 'no data directory found: set GEODATA_DIR or provide ../shared/data').not.toBeNull();
  await buildData({ dataDir, outDir: out });
  rows = parseCsv(readOut('indicators.csv'), 'indicators.csv').rows.map((r) => r.values);
  topo = JSON.parse(readOut('districts.topo.json'));
});
afterAll(() => rmSync(out, { recursive: true, force: true }));

const value = (level: string, code: string, indicator: string, date: string) =>
  rows.find((r) => r.level === level && r.code === code && r.indicator === indicator && r.ref_date === date)?.value;

describe('real data build', () => {
  it('has 57 districts, 22 správní obvody and 10 obvody', () => {
    expect(topo.objects.districts.geometries).toHaveLength(57);
    expect(topo.objects.spravni_obvody.geometries).toHaveLength(22);
    expect(topo.objects.obvody.geometries).toHaveLength(10);
  });

  it('names SO 116 "Praha 11" and obvod 43 "Praha 4"', () => {
    expect(topo.objects.spravni_obvody.geometries.find((g: any) => g.properties.code === '116').properties.name).toBe('Praha 11');
    expect(topo.objects.obvody.geometries.find((g: any) => g.properties.code === '43').properties.name).toBe('Praha 4');
  });

  it('contains every district code of mc_codes.csv, in the topology and in the indicators', () => {
    const codes = parseCsv(readData('stats/mc_codes.csv'), 'mc_codes.csv').rows.map((r) => r.values.kod_mc);
    const topoCodes = new Set(topo.objects.districts.geometries.map((g: any) => g.properties.code));
    for (const code of codes) {
      expect(topoCodes.has(code)).toBe(true);
      expect(value('districts', code, 'population_total', '2019-12-31')).toBeDefined();
    }
  });

  it('sums population at every level to the city total of prague_city_totals.csv for 2017–2019', () => {
    const totals = parseCsv(readData('stats/prague_city_totals.csv'), 'totals').rows.map((r) => r.values).filter((r) => r.measure === 'population_total');
    for (const year of [2017, 2018, 2019]) {
      const date = `${year}-12-31`;
      const total = totals.find((t) => t.ref_date === date)!.value;
      expect(total).toBeDefined();
      for (const level of ['districts', 'spravni_obvody', 'obvody', 'city']) {
        const sum = rows.filter((r) => r.level === level && r.indicator === 'population_total' && r.ref_date === date).reduce((s, r) => s + Number(r.value), 0);
        expect(sum, `${level} ${date}`).toBe(Number(total));
      }
    }
  });

  it('round-trips spot values exactly', () => {
    const pop = parseCsv(readData('stats/mc_population_czso_2011_2019.csv'), 'p').rows.find((r) => r.values.kod_mc === '500054' && r.values.year === '2019')!.values;
    expect(value('districts', '500054', 'population_total', '2019-12-31')).toBe(pop.population_total);
    const kat = parseCsv(readData('stats/extra/mc_foreigners_ipr_katalog_2019.csv'), 'k').rows.find((r) => r.values.kod_mc === '547158')!.values;
    expect(value('districts', '547158', 'foreigners_total', '2019-12-31')).toBe(kat.foreigners_total);
    const ua = parseCsv(readData('stats/mc_ua_temporary_protection_humpo_2026-07-21.csv'), 'u').rows.find((r) => r.values.kod_mc === '500089')!.values;
    expect(value('districts', '500089', 'ua_temporary_protection', '2026-07-21')).toBe(ua.ua_temporary_protection);
    expect(value('districts', '500089', 'population_total', '2021-03-27')).toBe(ua.ruian_poc_ob);
    expect(value('districts', '547158', 'foreigners_quoted_2020_count', '2020-01-01')).toBe('1096');
  });

  it('recomputes rates at coarser levels from summed counts (never averages)', () => {
    const ua = Number(value('city', '554782', 'ua_temporary_protection', '2026-07-21'));
    const census = Number(value('city', '554782', 'population_total', '2021-03-27'));
    expect(census).toBe(1301432);
    expect(Number(value('city', '554782', 'ua_temporary_protection_per_1000', '2026-07-21'))).toBeCloseTo((ua / census) * 1000, 4);
    expect(rows.some((r) => r.level !== 'districts' && r.indicator.startsWith('foreigners_quoted'))).toBe(false);
  });

  it('writes month-end 2022 permit values for March to October', () => {
    const dates = [...new Set(rows.filter((r) => r.indicator === 'ua_tp_permits_2022').map((r) => r.ref_date))].sort();
    expect(dates.map((d) => d.slice(0, 7))).toEqual(['2022-03', '2022-04', '2022-05', '2022-06', '2022-07', '2022-08', '2022-09', '2022-10']);
    expect(dates).toContain('2022-10-07');
  });

  it('keeps every simplified district a valid polygon with area within 1 % of the source', () => {
    const src = JSON.parse(readData('boundaries/mestske_casti.geojson')) as FeatureCollection<Polygon>;
    const srcArea = new Map(src.features.map((f) => [String(f.properties!.KOD_MC), area(f)]));
    const fc = feature(topo, topo.objects.districts) as unknown as FeatureCollection;
    for (const f of fc.features) {
      const ratio = area(f as Feature<Polygon>) / srcArea.get((f.properties as any).code)!;
      expect(Math.abs(ratio - 1)).toBeLessThan(0.01);
    }
  });

  it('reprojects the original S-JTSK file to within 0.1 m of the WGS 84 file (measured: ~0.05 m)', () => {
    const sjtsk = JSON.parse(readData('boundaries/original/TMMESTSKECASTI_P_sjtsk_epsg5514.json'));
    const wgs = JSON.parse(readData('boundaries/mestske_casti.geojson'));
    const byCode = new Map(wgs.features.map((f: any) => [f.properties.KOD_MC, f.geometry.coordinates[0]]));
    const forward = proj4(SJTSK_PROJ4, 'EPSG:4326');
    const mLon = 111_320 * Math.cos((50.08 * Math.PI) / 180);
    let worst = 0;
    for (const f of sjtsk.features) {
      const target = byCode.get(f.properties.KOD_MC) as number[][];
      const ring = f.geometry.coordinates[0] as number[][];
      expect(ring.length).toBe(target.length);
      // same vertex order (ogr2ogr may rewind): compare each projected vertex with the nearest of the first few candidates
      for (let i = 0; i < ring.length; i += 50) {
        const [x, y] = forward.forward(ring[i]);
        let best = Infinity;
        for (const [tx, ty] of target) best = Math.min(best, Math.hypot((tx - x) * mLon, (ty - y) * 111_250));
        worst = Math.max(worst, best);
      }
    }
    expect(worst).toBeLessThan(0.1);
  });

  it('records every input with sha256 and attribution in the manifest', () => {
    const manifest = JSON.parse(readOut('manifest.json')) as Manifest;
    expect(manifest.inputs.length).toBeGreaterThanOrEqual(15);
    for (const input of manifest.inputs) {
      expect(input.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(input.attribution.length).toBeGreaterThan(0);
    }
    expect(manifest.inputs.find((i) => i.id === 'ipr_districts')!.licence).toBe('CC BY-SA 4.0');
    expect(manifest.indicators.map((i) => i.id)).toContain('ua_temporary_protection_per_1000');
  });

  it('passes the point and context layers through', () => {
    const services = JSON.parse(readOut('services.json'));
    expect(services).toHaveLength(30);
    expect(services.filter((s: any) => s.location.precision === 'address').length).toBeGreaterThanOrEqual(17);
    expect(JSON.parse(readOut('facilities.geojson')).features).toHaveLength(700);
    expect(JSON.parse(readOut('schools_2019.geojson')).features).toHaveLength(559);
    expect(JSON.parse(readOut('metro_entrances.geojson')).features).toHaveLength(342);
    expect(JSON.parse(readOut('pid_stops.geojson')).features).toHaveLength(3259);
    const basemap = JSON.parse(readOut('basemap.topo.json'));
    expect(Object.keys(basemap.objects).sort()).toEqual(['metro_lines', 'metro_stations', 'tram_lines', 'water']);
    const registerTotal = parseCsv(readOut('school_register_counts.csv'), 'r').rows.reduce((s, r) => s + Number(r.values.count), 0);
    expect(registerTotal).toBe(2277);
  });
});

describe('IPR catalogue indicators (issue 10 §4, read by the generic reader)', () => {
  const D = '2019-12-31';
  const at = (level: string, indicator: string) => rows.filter((r) => r.level === level && r.indicator === indicator && r.ref_date === D);
  const sum = (rs: Record<string, string>[]) => rs.reduce((s, r) => s + Number(r.value), 0);
  it('counts are summed to the city; "-" counts as 0', () => {
    expect(at('districts', 'catalogue_kindergartens')).toHaveLength(57);
    expect(Number(value('city', '554782', 'catalogue_kindergartens', D))).toBe(sum(at('districts', 'catalogue_kindergartens')));
    expect(Number(value('city', '554782', 'catalogue_primary_schools', D))).toBe(sum(at('districts', 'catalogue_primary_schools')));
    expect(at('districts', 'catalogue_primary_schools').filter((r) => r.value === '0').length).toBeGreaterThan(0);
    expect(Number(value('city', '554782', 'catalogue_area_ha', D))).toBeCloseTo(sum(at('districts', 'catalogue_area_ha')), 2);
  });
  it('"x" is missing: no value for that district, and no sum for units containing it', () => {
    expect(at('districts', 'catalogue_culture_facilities')).toHaveLength(52);
    expect(value('city', '554782', 'catalogue_culture_facilities', D)).toBeUndefined();
  });
  it('rates given per district stay at the districts level', () => {
    for (const id of ['catalogue_density', 'catalogue_age_index', 'catalogue_night_noise_pct', 'catalogue_air_pollution_pct', 'catalogue_forest_pct',
      'catalogue_recreation_m2_per_inhabitant', 'catalogue_sport_m2_per_inhabitant', 'catalogue_built_up_m2_per_inhabitant']) {
      expect(rows.some((r) => r.indicator === id && r.level === 'districts'), id).toBe(true);
      expect(rows.some((r) => r.indicator === id && r.level !== 'districts'), id).toBe(false);
    }
  });
  it('per-1000-children rates are recomputed at every level from summed counts, the denominator date recorded', () => {
    const schools = Number(value('city', '554782', 'catalogue_primary_schools', D));
    const children = Number(value('city', '554782', 'population_age_0_14', D));
    expect(Number(value('city', '554782', 'catalogue_primary_schools_per_1000_children', D))).toBeCloseTo((1000 * schools) / children, 4);
    const manifest = JSON.parse(readOut('manifest.json')) as Manifest;
    const m = manifest.indicators.find((i) => i.id === 'catalogue_kindergartens_per_1000_children')!;
    expect(m.levels).toEqual(['districts', 'spravni_obvody', 'obvody', 'city']);
    expect(m.denominator_dates).toEqual({ [D]: [D] });
  });
  it('the catalogue\'s population and foreigners are checked, not added', () => {
    expect(rows.some((r) => r.source_id === 'ipr_katalog_indicators_c2019' && !r.indicator.startsWith('catalogue_'))).toBe(false);
  });
});
