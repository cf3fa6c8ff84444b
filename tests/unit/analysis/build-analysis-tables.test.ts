import type { FeatureCollection, Point } from 'geojson';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import type { FacilityProperties, IndicatorRow } from '../../../src/lib/contract.ts';
import { buildAnalysisTables } from '../../../src/lib/analysis/build-analysis-tables.ts';
import { defaultFlagsConfig } from '../../../src/lib/analysis/flags-config.ts';
import { cellCode, gridTopology } from './grid-topology.fixture.ts';

/** as-of date the fixture's facilities are given (the pipeline takes it from the source's as_of) */
const FACILITIES_AS_OF = '2026-02-26';

// A 3 × 3 grid of 0.01° cells renamed to the 'districts' object; foreigners 2019 with a high
// block in the top-left cell, and a two-date temporary-protection series.
function fixture() {
  const grid = gridTopology(3, 3);
  const topology = { ...grid, objects: { districts: grid.objects.units } } as Topology;
  const indicators: IndicatorRow[] = [];
  const add = (code: string, indicator: string, ref_date: string, value: number) => indicators.push({ level: 'districts', code, indicator, ref_date, value, unit: 'persons', source_id: 'test' });
  for (let r = 0; r < 3; r++) {
    for (let c = 0; c < 3; c++) {
      const code = cellCode(r, c);
      add(code, 'population_total', '2019-12-31', 10_000);
      add(code, 'foreigners_total', '2019-12-31', r === 0 && c === 0 ? 4000 : 1000);
      add(code, 'population_total', '2021-03-27', 10_000);
      add(code, 'ua_tp_permits_2022', '2022-03-31', 100 + 10 * r);
      add(code, 'ua_tp_permits_2022', '2022-10-07', 300 + 100 * r);
    }
  }
  const facilities: FeatureCollection<Point, FacilityProperties> = {
    type: 'FeatureCollection',
    features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: [14.005, 50.005] }, properties: { id: 'osm:1', fclass: 'town_hall', group: 'public_service', name: 'Úřad', district_code: cellCode(0, 0) } }],
  };
  return { indicators, topology, facilities, facilitiesAsOf: FACILITIES_AS_OF, config: defaultFlagsConfig };
}

describe('buildAnalysisTables', () => {
  const input = fixture();
  const tables = buildAnalysisTables(input);
  const value = (code: string, group: string, measure: string, ref_date?: string) =>
    tables.analysis.find((r) => r.code === code && r.group === group && r.measure === measure && (ref_date === undefined || r.ref_date === ref_date))?.value;

  it('golden: LQ of the top-left cell is 0.4 / (12 000 / 90 000) = 3 and D = ½(|4/12 − 6/78| + 8·|1/12 − 9/78|) = 0.2564', () => {
    expect(value(cellCode(0, 0), 'foreigners', 'location_quotient')).toBe(3);
    expect(value(cellCode(0, 0), 'foreigners', 'share_pct')).toBe(40);
    const d = tables.segregation.find((r) => r.group === 'foreigners' && r.index === 'dissimilarity')!.value;
    expect(d).toBeCloseTo(0.5 * (Math.abs(4 / 12 - 6 / 78) + 8 * Math.abs(1 / 12 - 9 / 78)), 9);
  });
  it('grades the concentrated cell watch (LQ 3, but no data on dynamics or supply) and the others none', () => {
    expect(value(cellCode(0, 0), 'foreigners', 'flag_grade')).toBe(2);
    expect(value(cellCode(0, 0), 'foreigners', 'flag_dimension.concentration')).toBe(1);
    expect(value(cellCode(0, 0), 'foreigners', 'flag_dimension.dynamics')).toBe(-1);
    expect(value(cellCode(0, 0), 'foreigners', 'flag_dimension.supply')).toBe(-1);
    expect(value(cellCode(1, 1), 'foreigners', 'flag_grade')).toBe(0);
  });
  it('with catalogue supply (primary schools per 1000 children 1 where the median cell has 4) the concentrated cell is high', () => {
    const withSupply = fixture();
    for (let r = 0; r < 3; r++) {
      for (let c = 0; c < 3; c++) {
        withSupply.indicators.push({ level: 'districts', code: cellCode(r, c), indicator: 'catalogue_primary_schools_per_1000_children', ref_date: '2019-12-31', value: r === 0 && c === 0 ? 1 : 4, unit: 'per_1000', source_id: 'catalogue' });
      }
    }
    const rows = buildAnalysisTables(withSupply).analysis;
    const at = (measure: string) => rows.find((r) => r.code === cellCode(0, 0) && r.group === 'foreigners' && r.measure === measure)?.value;
    expect(at('flag_grade')).toBe(3);
    expect(at('flag_dimension.supply')).toBe(1);
    expect(at('flag_fired.supply_per_capita.catalogue_primary_schools_per_1000_children')).toBe(1);
  });
  it('a located integration service 5 km away lifts the concentrated cell to high; a historical one is ignored', () => {
    const service = (historical: boolean) => ({
      id: historical ? 'old' : 'svc', name: 'S', organisation: 'O', categories: [], types: [], services: '', address: null, district_code: null, languages: [], contact: null, opening_hours: null,
      status: '', historical, as_of: '2026-01-01', source_url: '', source_url_2: null, lat: 50.05, lon: 14.07,
      location: { precision: 'address' as const, reason: null, lat: 50.05, lon: 14.07, matched: null },
    });
    const at = (services: ReturnType<typeof service>[]) =>
      buildAnalysisTables({ ...fixture(), services }).analysis.find((r) => r.code === cellCode(0, 0) && r.group === 'foreigners' && r.measure === 'flag_grade')?.value;
    expect(at([service(false)])).toBe(3);
    expect(at([service(true)])).toBe(2);
  });
  it('writes change measures only for groups with a series', () => {
    expect(value(cellCode(2, 0), 'ua_tp_permits_2022', 'change_count', '2022-10-07')).toBe(380);
    expect(value(cellCode(2, 0), 'foreigners', 'change_count')).toBeUndefined();
    expect(value(cellCode(0, 0), 'foreigners', 'majority_leaving_status')).toBe(-1);
    expect(value(cellCode(0, 0), 'ua_tp_permits_2022', 'majority_leaving_status', '2022-10-07')).toBe(-3);
  });
  it('writes accessibility once per unit under group "all", with service gaps beyond the catchment', () => {
    expect(value(cellCode(0, 0), 'all', 'nearest_km.district_office')).toBeCloseTo(0, 6);
    expect(value(cellCode(0, 0), 'all', 'service_gap.district_office')).toBe(0);
    expect(value(cellCode(0, 0), 'all', 'service_gap.library')).toBe(1);
    expect(value(cellCode(0, 0), 'all', 'nearest_km.library')).toBeUndefined();
  });
  it('documents every measure it writes', () => {
    const documented = new Set(tables.measures.map((m) => m.id.replace(/\.<[a-z]+>$/, '')));
    for (const r of [...tables.analysis.map((a) => a.measure), ...tables.segregation.map((s) => s.index)]) {
      expect(documented.has(r.replace(/\..*$/, ''))).toBe(true);
    }
  });
  it('writes a segregation time series for each month of the permit series', () => {
    expect(new Set(tables.segregation.filter((r) => r.group === 'ua_tp_permits_2022').map((r) => r.ref_date))).toEqual(new Set(['2022-03-31', '2022-10-07']));
  });
  it('is deterministic and does not mutate its input', () => {
    const copy = structuredClone(input);
    expect(buildAnalysisTables(input)).toEqual(tables);
    expect(input).toEqual(copy);
  });
});
