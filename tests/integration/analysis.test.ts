// Runs the analysis on the real data in ../shared/data (relative to the repository root, or
// GEODATA_DIR). The inputs come from the pipeline: buildData writes indicators.csv, the topology
// and facilities into a temp dir, and the analysis is run on them. As a cross-check, the few rows
// it needs are also read straight from the source CSVs with a tiny parser (topology built with
// topojson-server, not simplified); both routes must give the same district indices.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import type { Topology } from 'topojson-specification';
import { topology as buildTopology } from 'topojson-server';
import { quantize } from 'topojson-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildData } from '../../scripts/build-pipeline.ts';
import type { FacilityProperties, IndicatorRow } from '../../src/lib/contract.ts';
import { buildAnalysisTables, type AnalysisTables } from '../../src/lib/analysis/build-analysis-tables.ts';
import { defaultFlagsConfig } from '../../src/lib/analysis/flags-config.ts';
import { queenContiguity } from '../../src/lib/analysis/queen-contiguity.ts';

/** the facilities' as-of date as the pipeline takes it: the OSM source's as_of in geodata/sources.json */
const FACILITIES_AS_OF = (JSON.parse(readFileSync(resolve(import.meta.dirname, '../../geodata/sources.json'), 'utf8')) as { sources: { id: string; as_of: string }[] }).sources.find((s) => s.id === 'osm_pois')!.as_of;

const DATA = resolve(process.cwd(), process.env.GEODATA_DIR ?? '../shared/data');
const read = (path: string) => readFileSync(resolve(DATA, path), 'utf8');

/** Minimal RFC 4180 reader (quoted fields, doubled quotes); enough for the source CSVs. */
function parseCsv(text: string): Record<string, string>[] {
  const rows: string[][] = [];
  let field = '';
  let row: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\n') row.push(field), rows.push(row), (row = []), (field = '');
    else if (c !== '\r') field += c;
  }
  if (field !== '' || row.length > 0) row.push(field), rows.push(row);
  const [header, ...body] = rows;
  return body.filter((r) => r.length === header.length).map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
}

function indicator(code: string, name: string, ref_date: string, value: number): IndicatorRow {
  return { level: 'districts', code, indicator: name, ref_date, value, unit: 'persons', source_id: 'test' };
}

function realIndicators(): IndicatorRow[] {
  const rows: IndicatorRow[] = [];
  for (const r of parseCsv(read('stats/extra/mc_foreigners_ipr_katalog_2019.csv'))) {
    rows.push(indicator(r.kod_mc, 'population_total', '2019-12-31', Number(r.population_total)));
    rows.push(indicator(r.kod_mc, 'foreigners_total', '2019-12-31', Number(r.foreigners_total)));
  }
  for (const r of parseCsv(read('stats/mc_ua_temporary_protection_humpo_2026-07-21.csv'))) {
    rows.push(indicator(r.kod_mc, 'population_total', '2021-03-27', Number(r.ruian_poc_ob)));
    rows.push(indicator(r.kod_mc, 'ua_temporary_protection', r.ref_date, Number(r.ua_temporary_protection)));
  }
  // Last available day of each month, preferred file only.
  const daily = parseCsv(read('stats/extra/mc_ua_temporary_protection_mv_2022_daily.csv')).filter((r) => r.preferred_for_date === '1');
  const lastDay = new Map<string, string>();
  for (const r of daily) {
    const month = r.ref_date.slice(0, 7);
    if ((lastDay.get(month) ?? '') < r.ref_date) lastDay.set(month, r.ref_date);
  }
  const monthEnds = new Set(lastDay.values());
  for (const r of daily) if (monthEnds.has(r.ref_date)) rows.push(indicator(r.kod_mc, 'ua_tp_permits_2022', r.ref_date, Number(r.ua_tp_total)));
  return rows;
}

function realTopology(): Topology {
  const source = JSON.parse(read('boundaries/mestske_casti.geojson')) as FeatureCollection<Polygon | MultiPolygon, Record<string, unknown>>;
  const districts: FeatureCollection = {
    type: 'FeatureCollection',
    features: source.features.map((f): Feature => ({
      type: 'Feature',
      geometry: f.geometry,
      properties: { code: String(f.properties.KOD_MC), name: String(f.properties.NAZEV_MC), so: String(f.properties.KOD_SO), mo: String(f.properties.KOD_MO) },
    })),
  };
  return quantize(buildTopology({ districts }) as unknown as Parameters<typeof quantize>[0], 1e5) as unknown as Topology;
}

function realFacilities(): FeatureCollection<Point, FacilityProperties> {
  return {
    type: 'FeatureCollection',
    features: parseCsv(read('services/extra/osm_pois_prague_geofabrik_points_2026-02.csv')).map((r) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [Number(r.lon), Number(r.lat)] },
      properties: { id: `osm:${r.osm_node_id}`, fclass: r.fclass, group: r.group as FacilityProperties['group'], name: r.name || null, district_code: r.kod_mc },
    })),
  };
}

/** indicators.csv as written by the pipeline. */
function pipelineIndicators(text: string): IndicatorRow[] {
  return parseCsv(text).map((r) => ({ ...r, value: Number(r.value) }) as unknown as IndicatorRow);
}

describe('analysis on the real Prague data (57 districts)', () => {
  let tables: AnalysisTables;
  let topology: Topology;
  let indicators: IndicatorRow[];
  let facilities: FeatureCollection<Point, FacilityProperties>;
  let outDir: string;
  const index = (group: string, name: string, date: string, source = tables) =>
    source.segregation.find((r) => r.level === 'districts' && r.group === group && r.index === name && r.ref_date === date)?.value ?? Number.NaN;

  beforeAll(async () => {
    outDir = mkdtempSync(join(tmpdir(), 'analysis-integration-'));
    await buildData({ dataDir: DATA, outDir: join(outDir, 'data'), now: new Date('2026-11-23T00:00:00Z') });
    const output = (file: string) => readFileSync(join(outDir, 'data', file), 'utf8');
    indicators = pipelineIndicators(output('indicators.csv'));
    topology = JSON.parse(output('districts.topo.json')) as Topology;
    facilities = JSON.parse(output('facilities.geojson')) as FeatureCollection<Point, FacilityProperties>;
    tables = buildAnalysisTables({ indicators, topology, facilities, facilitiesAsOf: FACILITIES_AS_OF, config: defaultFlagsConfig });
  });
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it('the pipeline wrote analysis.csv and segregation.csv with the contract headers', () => {
    const output = (file: string) => readFileSync(join(outDir, 'data', file), 'utf8');
    expect(output('analysis.csv').split('\n')[0]).toBe('level,code,ref_date,group,measure,value');
    expect(output('segregation.csv').split('\n')[0]).toBe('level,ref_date,group,index,value');
  });

  it('reading the source CSVs directly gives the same district indices as the pipeline route', () => {
    const direct = buildAnalysisTables({ indicators: realIndicators(), topology: realTopology(), facilities: realFacilities(), facilitiesAsOf: FACILITIES_AS_OF, config: defaultFlagsConfig });
    for (const [group, date] of [['foreigners', '2019-12-31'], ['ua_temporary_protection', '2026-07-21']]) {
      for (const name of ['dissimilarity', 'isolation', 'theil_h', 'morans_i']) expect(index(group, name, date, direct)).toBeCloseTo(index(group, name, date), 9);
    }
  });

  it('finds queen neighbours for every district, symmetric', () => {
    const weights = queenContiguity(topology, 'districts');
    expect(weights.codes).toHaveLength(57);
    weights.neighbours.forEach((list, i) => {
      expect(list.length).toBeGreaterThan(0);
      for (const j of list) expect(weights.neighbours[j]).toContain(i);
    });
  });

  it.each([
    ['foreigners', '2019-12-31', 210_216],
    ['ua_temporary_protection', '2026-07-21', 100_458],
  ])('%s %s: indices are in range and the group total matches SOURCES.md', (group, date, total) => {
    expect(index(group, 'units', date)).toBe(57);
    expect(index(group, 'group_total', date)).toBe(total);
    const d = index(group, 'dissimilarity', date);
    const h = index(group, 'theil_h', date);
    expect(d).toBeGreaterThan(0);
    expect(d).toBeLessThan(1);
    expect(h).toBeGreaterThan(0);
    expect(h).toBeLessThan(d); // H is below D for two groups of such unequal size
    expect(index(group, 'isolation', date) + index(group, 'exposure', date)).toBeCloseTo(1, 8);
    expect(index(group, 'morans_i', date)).toBeGreaterThan(-1);
    expect(index(group, 'morans_i', date)).toBeLessThan(1);
    const p = index(group, 'morans_i_pseudo_p', date);
    expect(p).toBeGreaterThanOrEqual(1 / (defaultFlagsConfig.spatial_autocorrelation.permutations + 1));
    expect(p).toBeLessThanOrEqual(1);
    console.info(
      `${group} ${date}: D=${d.toFixed(4)} xPx=${index(group, 'isolation', date).toFixed(4)} xPy=${index(group, 'exposure', date).toFixed(4)} H=${h.toFixed(4)} I=${index(group, 'morans_i', date).toFixed(4)} p=${p} z=${index(group, 'morans_i_z', date).toFixed(2)}`,
    );
  });

  it('foreigners 2019: isolation exceeds the city share (a concentrated group) and Praha 1–3 are over-represented', () => {
    expect(index('foreigners', 'isolation', '2019-12-31')).toBeGreaterThan(210_216 / 1_324_277);
    const lq = (code: string) => tables.analysis.find((r) => r.code === code && r.group === 'foreigners' && r.measure === 'location_quotient')!.value;
    expect(lq('500089')).toBeGreaterThan(1); // Praha 2: 23.6 % vs 15.9 % in Prague
  });

  it('writes a monthly 2022 series of Prague-level indices (8 month ends)', () => {
    const dates = new Set(tables.segregation.filter((r) => r.level === 'districts' && r.group === 'ua_tp_permits_2022' && r.index === 'dissimilarity').map((r) => r.ref_date));
    expect(dates.size).toBe(8);
  });

  it('says the majority-leaving signal is not available instead of guessing', () => {
    const statuses = new Set(tables.analysis.filter((r) => r.measure === 'majority_leaving_status').map((r) => r.value));
    expect([...statuses].every((s) => s < 0)).toBe(true);
  });

  it('is deterministic: a second run gives identical tables', () => {
    const again = buildAnalysisTables({ indicators, topology, facilities, facilitiesAsOf: FACILITIES_AS_OF, config: defaultFlagsConfig });
    expect(again).toEqual(tables);
  });

  it('reports flags per grade', () => {
    const grades = (group: string, date: string) => {
      const counts: Record<number, number> = {};
      for (const r of tables.analysis) if (r.level === 'districts' && r.group === group && r.ref_date === date && r.measure === 'flag_grade') counts[r.value] = (counts[r.value] ?? 0) + 1;
      return counts;
    };
    const foreigners = grades('foreigners', '2019-12-31');
    const ua = grades('ua_temporary_protection', '2026-07-21');
    expect(Object.values(foreigners).reduce((a, b) => a + b, 0)).toBe(57);
    expect(Object.values(ua).reduce((a, b) => a + b, 0)).toBe(57);
    console.info('flag grades (-1 unreliable, 0 none, 1 near miss, 2 watch, 3 high)', { foreigners, ua, ua_2022_10: grades('ua_tp_permits_2022', '2022-10-07') });
    const gaps: Record<string, number> = {};
    for (const r of tables.analysis) if (r.level === 'districts' && r.measure.startsWith('service_gap.') && r.value === 1) gaps[r.measure] = (gaps[r.measure] ?? 0) + 1;
    console.info('districts with a service gap', gaps);
    const lisa: Record<string, Record<number, number>> = {};
    for (const r of tables.analysis) {
      if (r.level !== 'districts' || r.measure !== 'lisa_cluster' || !['2019-12-31', '2026-07-21'].includes(r.ref_date)) continue;
      lisa[r.group] ??= {};
      lisa[r.group][r.value] = (lisa[r.group][r.value] ?? 0) + 1;
    }
    console.info('LISA clusters (0 ns, 1 HH, 2 LL, 3 HL, 4 LH)', lisa);
  });
});
