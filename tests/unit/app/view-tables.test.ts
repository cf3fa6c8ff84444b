import type { FeatureCollection, Point } from 'geojson';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import type { FacilityProperties, IndicatorRow, Manifest } from '../../../src/lib/contract.ts';
import { buildAnalysisTables } from '../../../src/lib/analysis/build-analysis-tables.ts';
import { defaultFlagsConfig, parseFlagsConfig } from '../../../src/lib/analysis/index.ts';
import { analysisContext } from '../../../src/lib/app/analysis-context.ts';
import { analyseGroupAt } from '../../../src/lib/app/risk-view.ts';
import { accessTableRows, flagTableRows, lisaTableRows } from '../../../src/lib/app/view-table-rows.ts';
import { accessRecords, flagRecords, lisaRecords, recordsCsv, recordsGeoJson } from '../../../src/lib/app/view-table-export.ts';
import { gradeChanges, gradeCountsOverTime, gradeTableFromRows, indicesOverTime, liveGradeTable } from '../../../src/lib/app/planner-summary.ts';
import { decodeThresholdScenario, encodeThresholdScenario } from '../../../src/lib/app/threshold-scenario.ts';
import { splitCsvLine } from '../../../src/lib/app/parse-indicators.ts';
import { unitFeatures } from '../../../src/lib/app/units-geometry.ts';
import { cellCode, gridTopology } from '../analysis/grid-topology.fixture.ts';

/** as-of date the fixture's facilities are given (the pipeline takes it from the source's as_of) */
const FACILITIES_AS_OF = '2026-02-26';

// 3 × 3 grid: foreigners concentrated in the top-left cell; a permit series whose top row grows fast;
// catalogue primary schools per 1000 children low in the top-left cell.
function fixture() {
  const grid = gridTopology(3, 3);
  const topology = { ...grid, objects: { districts: grid.objects.units } } as Topology;
  const indicators: IndicatorRow[] = [];
  const add = (code: string, indicator: string, ref_date: string, value: number) => indicators.push({ level: 'districts', code, indicator, ref_date, value, unit: 'persons', source_id: 'test' });
  for (let r = 0; r < 3; r++) {
    for (let c = 0; c < 3; c++) {
      const code = cellCode(r, c);
      const topLeft = r === 0 && c === 0;
      add(code, 'population_total', '2019-12-31', 10_000);
      add(code, 'population_total', '2021-03-27', 10_000);
      add(code, 'foreigners_total', '2019-12-31', topLeft ? 4000 : 1000);
      add(code, 'ua_tp_permits_2022', '2022-03-31', topLeft ? 1100 : 100);
      add(code, 'ua_tp_permits_2022', '2022-10-07', topLeft ? 2500 : 300);
      add(code, 'catalogue_primary_schools_per_1000_children', '2019-12-31', topLeft ? 1 : 4);
    }
  }
  const facilities: FeatureCollection<Point, FacilityProperties> = { type: 'FeatureCollection', features: [] };
  return { indicators, topology, facilities, facilitiesAsOf: FACILITIES_AS_OF };
}
const names = [0, 1, 2].flatMap((r) => [0, 1, 2].map((c) => ({ code: cellCode(r, c), name: r === 2 && c === 2 ? '=HYPERLINK("x")' : `Cell ${r}${c}` })));
const t = (key: string, values?: Record<string, string>) => (values ? `${key}(${Object.values(values).join('|')})` : key);

describe('view table rows and exports', () => {
  const sources = fixture();
  const context = analysisContext(sources, 'districts', defaultFlagsConfig);
  const foreigners = analyseGroupAt(context, 'foreigners', '2019-12-31', defaultFlagsConfig);

  it('flag rows: most attention first, with grade, dimensions, reasons, values and thresholds', () => {
    const rows = flagTableRows(foreigners, names);
    expect(rows[0]).toMatchObject({ code: cellCode(0, 0), name: 'Cell 00', grade: 'high', dimensions: { concentration: 'met', dynamics: 'not_available', supply: 'met' }, groupCount: 4000, sharePct: 40 });
    expect(rows[0].reasons.map((c) => c.criterion)).toEqual(['concentration_count', 'concentration_share', 'concentration_location_quotient', 'supply_per_capita']);
    expect(rows.slice(1).every((r) => r.grade === 'none' && r.reasons.length === 0)).toBe(true);
  });
  it('flag CSV: reasons as sentences, per-criterion value/threshold/fired, empty cells where not available, no formula', () => {
    const csv = recordsCsv(flagRecords(flagTableRows(foreigners, names), 'districts', 'en', t));
    const [header, first] = csv.split('\r\n');
    const cells = (line: string) => splitCsvLine(line);
    const column = (name: string) => cells(header).indexOf(name);
    expect(column('population_total')).toBe(-1);
    expect(cells(first)[column('grade')]).toBe('high');
    expect(cells(first)[column('dimension.dynamics')]).toBe('not_available');
    expect(cells(first)[column('supply_per_capita.catalogue_primary_schools_per_1000_children.value')]).toBe('1');
    expect(cells(first)[column('supply_per_capita.catalogue_primary_schools_per_1000_children.threshold')]).toBe('2');
    expect(cells(first)[column('majority_leaving.fired')]).toBe('');
    expect(first).toContain('flags.criterion.supply_per_capita(1|2|indicator.catalogue_primary_schools_per_1000_children|)');
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
  });
  it('LISA rows state permutations, seed and the correction; access rows list every unit', () => {
    const lisa = lisaRecords(lisaTableRows(foreigners, names, defaultFlagsConfig), 'districts', t);
    expect(lisa).toHaveLength(9);
    expect(lisa[0]).toMatchObject({ permutations: defaultFlagsConfig.spatial_autocorrelation.permutations, seed: defaultFlagsConfig.spatial_autocorrelation.seed, false_discovery_rate: 1 });
    const access = accessRecords(accessTableRows(foreigners, names, ['library'], defaultFlagsConfig), 'districts');
    expect(access).toHaveLength(9);
    expect(access[0]).toMatchObject({ 'nearest_km.library': null, catchment_km: 3 });
  });
  it('GeoJSON: records joined to geometry by code, with credits; inputs untouched', () => {
    const features = unitFeatures(sources.topology, 'districts');
    const before = JSON.stringify(features);
    const manifest = { inputs: [{ id: 'ipr_districts', attribution: '© IPR Praha', licence: 'CC BY-SA 4.0' }] } as unknown as Manifest;
    const geo = recordsGeoJson(flagRecords(flagTableRows(foreigners, names), 'districts', 'en', t), features, manifest, []);
    expect(geo.features).toHaveLength(9);
    expect(geo.features.find((f) => f.id === cellCode(0, 0))!.properties.grade).toBe('high');
    expect(geo.attribution).toBe('© IPR Praha');
    expect(JSON.stringify(features)).toBe(before);
  });
});

describe('planner summary', () => {
  const sources = fixture();
  const tables = buildAnalysisTables({ ...sources, config: {} });
  const fromRows = gradeTableFromRows(tables.analysis, 'districts');
  it('live grades equal the pipeline grades for the committed defaults', () => {
    const live = liveGradeTable(analysisContext(sources, 'districts', defaultFlagsConfig), defaultFlagsConfig);
    expect(live).toEqual(fromRows);
  });
  it('golden: units per grade per date; the top-left cell goes from watch to high as permits rise there', () => {
    // March: 11 per 100 in the top-left cell (LQ 11/1.9 ≈ 5.8) but no earlier date → watch (supply: schools 1 < 2 → high).
    const counts = gradeCountsOverTime(fromRows).filter((c) => c.group === 'ua_tp_permits_2022');
    expect(counts.map((c) => c.date)).toEqual(['2022-03-31', '2022-10-07']);
    expect(counts.every((c) => Object.values(c.counts).reduce((a, b) => a + b, 0) === 9)).toBe(true);
    const noSupply = buildAnalysisTables({ ...sources, indicators: sources.indicators.filter((r) => !r.indicator.startsWith('catalogue_')), config: {} });
    const table = gradeTableFromRows(noSupply.analysis, 'districts');
    expect(gradeChanges(table, 'ua_tp_permits_2022', '2022-03-31', '2022-10-07')).toEqual([{ code: cellCode(0, 0), from: 'watch', to: 'high' }]);
    expect(gradeChanges(table, 'foreigners', '2019-12-31', '2019-12-31')).toEqual([]);
  });
  it('indices over time per group, null where absent', () => {
    const indices = indicesOverTime(tables.segregation, 'districts');
    expect(indices.filter((i) => i.group === 'ua_tp_permits_2022').map((i) => i.date)).toEqual(['2022-03-31', '2022-10-07']);
    const foreigners = indices.find((i) => i.group === 'foreigners')!;
    expect(foreigners.values.dissimilarity).toBe(tables.segregation.find((s) => s.group === 'foreigners' && s.index === 'dissimilarity')!.value);
  });
});

describe('threshold scenario in the URL', () => {
  it('defaults encode to an empty string and decode back to the defaults ("reset")', () => {
    expect(encodeThresholdScenario(defaultFlagsConfig, defaultFlagsConfig)).toBe('');
    expect(decodeThresholdScenario('', defaultFlagsConfig)).toEqual(defaultFlagsConfig);
  });
  it('round-trips changed thresholds only, booleans as 0/1', () => {
    const config = parseFlagsConfig({ concentration: { min_count: 800 }, spatial_autocorrelation: { false_discovery_rate: false }, supply: { per_capita: defaultFlagsConfig.supply.per_capita.map((s, i) => (i === 1 ? { ...s, below_median_fraction: 0.75 } : s)) } });
    const text = encodeThresholdScenario(config, defaultFlagsConfig);
    expect(text).toBe('concentration.min_count:800~spatial_autocorrelation.false_discovery_rate:0~supply.per_capita.1.below_median_fraction:0.75');
    expect(decodeThresholdScenario(text, defaultFlagsConfig)).toEqual(config);
  });
  it('drops unknown paths, non-numbers and invalid values without throwing', () => {
    const decoded = decodeThresholdScenario('nope.x:1~concentration.min_count:abc~concentration.near_miss_fraction:2~reliability.min_population:500', defaultFlagsConfig);
    expect(decoded).toEqual(parseFlagsConfig({ reliability: { min_population: 500 } }));
  });
});
