import { describe, expect, it } from 'vitest';
import type { IndicatorRow, Manifest } from '../../../src/lib/contract.ts';
import { indexIndicators } from '../../../src/lib/app/indicator-index.ts';
import { selectionFileName, selectionGeoJson } from '../../../src/lib/app/export-geojson.ts';
import type { UnitFeatures } from '../../../src/lib/app/units-geometry.ts';

const manifest = {
  inputs: [
    { id: 'ipr_districts', publisher: 'IPR', title: 'Boundaries', licence: 'CC BY-SA 4.0', attribution: '© IPR Praha, CC BY-SA 4.0' },
    { id: 'czso', publisher: 'ČSÚ', title: 'Population', licence: 'ČSÚ: reuse with citation', attribution: 'Zdroj: ČSÚ' },
  ],
} as unknown as Manifest;
const square = (x: number) => ({ type: 'Polygon' as const, coordinates: [[[x, 0], [x + 1, 0], [x + 1, 1], [x, 1], [x, 0]]] });
const features: UnitFeatures = {
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', geometry: square(0), properties: { code: 'A', name: 'Alpha' } },
    { type: 'Feature', geometry: square(2), properties: { code: 'B', name: 'Beta' } },
  ],
};
const r = (code: string, indicator: string, ref_date: string, value: number): IndicatorRow => ({ level: 'districts', code, indicator, ref_date, value, unit: 'persons', source_id: 'czso' });
const index = indexIndicators([r('A', 'population_total', '2019-12-31', 10), r('A', 'population_total', '2011-12-31', 8), r('B', 'population_total', '2019-12-31', 5)]);

describe('selectionGeoJson', () => {
  it('returns only the selected units, with their geometry', () => {
    const fc = selectionGeoJson(features, 'districts', ['A'], index, manifest);
    expect(fc.features).toHaveLength(1);
    expect(fc.features[0].properties.code).toBe('A');
    expect(fc.features[0].geometry).toEqual(square(0));
  });
  it('lists every indicator value of a unit with date, unit and source, by date', () => {
    const [f] = selectionGeoJson(features, 'districts', ['A'], index, manifest).features;
    expect(f.properties.indicators).toEqual([
      { id: 'population_total', ref_date: '2011-12-31', value: 8, unit: 'persons', source_id: 'czso' },
      { id: 'population_total', ref_date: '2019-12-31', value: 10, unit: 'persons', source_id: 'czso' },
    ]);
  });
  it('credits the boundaries and the statistics sources with their licences', () => {
    const fc = selectionGeoJson(features, 'districts', ['A', 'B'], index, manifest);
    expect(fc.features).toHaveLength(2);
    expect(fc.attribution).toBe('© IPR Praha, CC BY-SA 4.0; Zdroj: ČSÚ');
    expect(fc.licence).toBe('ipr_districts: CC BY-SA 4.0; czso: ČSÚ: reuse with citation');
    expect(fc.features[1].properties.licence).toContain('CC BY-SA 4.0');
  });
  it('does not mutate its input', () => {
    const before = structuredClone(features);
    const fc = selectionGeoJson(features, 'districts', ['A'], index, manifest);
    (fc.features[0].geometry as { coordinates: number[][][] }).coordinates[0][0][0] = 99;
    expect(features).toEqual(before);
  });
  it('names the file after level and codes', () => {
    expect(selectionFileName('prague', 'districts', ['500054'])).toBe('prague-districts-500054.geojson');
  });
});
