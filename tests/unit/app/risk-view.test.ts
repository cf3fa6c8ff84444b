import type { FeatureCollection, Point } from 'geojson';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import type { FacilityProperties, IndicatorRow } from '../../../src/lib/contract.ts';
import { buildAnalysisTables } from '../../../src/lib/analysis/build-analysis-tables.ts';
import { FLAG_GRADE_CODES, LISA_CLUSTER_CODES, defaultFlagsConfig, parseFlagsConfig } from '../../../src/lib/analysis/index.ts';
import { analysisContext } from '../../../src/lib/app/analysis-context.ts';
import { analyseGroupAt } from '../../../src/lib/app/risk-view.ts';
import { segregationSummary } from '../../../src/lib/app/segregation-summary.ts';
import { cellCode, gridTopology } from '../analysis/grid-topology.fixture.ts';

/** as-of date the fixture's facilities are given (the pipeline takes it from the source's as_of) */
const FACILITIES_AS_OF = '2026-02-26';

// A 5 × 5 grid of 0.01° cells as 'districts' with uneven foreigner counts (a cluster in one corner,
// a small cell), a two-date permit series and facilities in a few cells.
function fixture() {
  const grid = gridTopology(5, 5);
  const topology = { ...grid, objects: { districts: grid.objects.units } } as Topology;
  const indicators: IndicatorRow[] = [];
  const add = (code: string, indicator: string, ref_date: string, value: number) => indicators.push({ level: 'districts', code, indicator, ref_date, value, unit: 'persons', source_id: 'test' });
  const facilities: FeatureCollection<Point, FacilityProperties> = { type: 'FeatureCollection', features: [] };
  for (let r = 0; r < 5; r++) {
    for (let c = 0; c < 5; c++) {
      const code = cellCode(r, c);
      const population = r === 4 && c === 4 ? 600 : 8000 + 500 * ((r * 7 + c * 3) % 5);
      add(code, 'population_total', '2019-12-31', population);
      add(code, 'foreigners_total', '2019-12-31', Math.round(population * (r + c < 3 ? 0.3 : 0.08 + 0.02 * ((r + 2 * c) % 4))));
      add(code, 'population_total', '2021-03-27', population);
      add(code, 'ua_tp_permits_2022', '2022-03-31', 100 + 10 * r);
      add(code, 'ua_tp_permits_2022', '2022-10-07', 300 + 150 * r + 40 * c);
      if ((r + c) % 3 === 0) {
        const fclass = (r + c) % 2 === 0 ? 'library' : 'community_centre';
        facilities.features.push({ type: 'Feature', geometry: { type: 'Point', coordinates: [14.005 + 0.01 * c, 50.005 + 0.01 * r] }, properties: { id: `osm:${code}`, fclass, group: 'public_service', name: null, district_code: code } });
      }
    }
  }
  return { indicators, topology, facilities, facilitiesAsOf: FACILITIES_AS_OF };
}

const round = (v: number) => Number(v.toPrecision(10));

describe('analyseGroupAt (live recomputation in the app)', () => {
  const sources = fixture();
  for (const [label, overrides] of [
    ['the committed defaults', {}],
    ['a raised share threshold and a 1 km catchment', { concentration: { share_pct: { ...defaultFlagsConfig.concentration.share_pct, foreigners: 25 } }, accessibility: { catchment_km: 1 } }],
  ] as const) {
    it(`gives the grades, LISA clusters and 2SFCA scores of buildAnalysisTables for ${label}`, () => {
      const config = parseFlagsConfig(overrides);
      const tables = buildAnalysisTables({ ...sources, config: overrides });
      const context = analysisContext(sources, 'districts', config);
      for (const [group, date] of [
        ['foreigners', '2019-12-31'],
        ['ua_tp_permits_2022', '2022-03-31'],
        ['ua_tp_permits_2022', '2022-10-07'],
      ] as const) {
        const live = analyseGroupAt(context, group, date, config);
        const rows = tables.analysis.filter((r) => r.group === group && r.ref_date === date);
        const expected = (code: string, measure: string) => rows.find((r) => r.code === code && r.measure === measure)?.value;
        expect(live.units.size).toBe(25);
        for (const [code, unit] of live.units) {
          expect(FLAG_GRADE_CODES[unit.flag.grade], `${group} ${date} ${code}`).toBe(expected(code, 'flag_grade'));
          expect(LISA_CLUSTER_CODES[unit.lisa!.cluster]).toBe(expected(code, 'lisa_cluster'));
          expect(round(unit.lisa!.pseudoP)).toBe(expected(code, 'lisa_pseudo_p'));
          expect(round(unit.access2sfca.library)).toBe(expected(code, 'access_2sfca_per_10000.library'));
          if (unit.locationQuotientChange !== null) expect(round(unit.locationQuotientChange)).toBe(expected(code, 'change_location_quotient'));
        }
      }
    });
  }

  it('counts the units per grade and per cluster', () => {
    const context = analysisContext(sources, 'districts', defaultFlagsConfig);
    const live = analyseGroupAt(context, 'foreigners', null, defaultFlagsConfig);
    expect(live.date).toBe('2019-12-31');
    expect(Object.values(live.gradeCounts).reduce((a, b) => a + b, 0)).toBe(25);
    expect(Object.values(live.clusterCounts).reduce((a, b) => a + b, 0)).toBe(25);
    expect(live.units.get(cellCode(4, 4))!.flag.grade).toBe('unreliable');
    // the fixture exercises several grades, not only 'none'
    expect(Object.values(live.gradeCounts).filter((n) => n > 0).length).toBeGreaterThanOrEqual(3);
  });

  it('an unknown date falls back to the latest date of the group', () => {
    const context = analysisContext(sources, 'districts', defaultFlagsConfig);
    expect(analyseGroupAt(context, 'ua_tp_permits_2022', '1999-01-01', defaultFlagsConfig).date).toBe('2022-10-07');
  });

  it('does not change the config it is given', () => {
    const config = parseFlagsConfig({});
    const copy = structuredClone(config);
    analyseGroupAt(analysisContext(sources, 'districts', config), 'foreigners', null, config);
    expect(config).toEqual(copy);
  });

  it('segregationSummary gives the indices of segregation.csv for every group and date', () => {
    const tables = buildAnalysisTables({ ...sources, config: {} });
    const rows = segregationSummary(analysisContext(sources, 'districts', defaultFlagsConfig), defaultFlagsConfig);
    expect(rows.map((r) => `${r.group} ${r.date}`)).toEqual(['foreigners 2019-12-31', 'ua_tp_permits_2022 2022-03-31', 'ua_tp_permits_2022 2022-10-07']);
    for (const row of rows) {
      const index = (name: string) => tables.segregation.find((s) => s.group === row.group && s.ref_date === row.date && s.index === name)?.value;
      expect(round(row.dissimilarity)).toBe(index('dissimilarity'));
      expect(round(row.isolation)).toBe(index('isolation'));
      expect(round(row.theilH)).toBe(index('theil_h'));
      expect(round(row.moransI)).toBe(index('morans_i'));
      expect(round(row.moransPseudoP)).toBe(index('morans_i_pseudo_p'));
    }
  });
});
