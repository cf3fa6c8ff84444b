import { describe, expect, it } from 'vitest';
import type { ServiceRecord, UnitProperties } from '../../../src/lib/contract.ts';
import type { UnitFeatures } from '../../../src/lib/app/units-geometry.ts';
import { servicesByUnit } from '../../../src/lib/app/unit-services.ts';

const square = (code: string, x: number, props: Partial<UnitProperties> = {}) => ({
  type: 'Feature' as const,
  properties: { code, name: code, ...props },
  geometry: { type: 'Polygon' as const, coordinates: [[[x, 50], [x + 0.01, 50], [x + 0.01, 50.01], [x, 50.01], [x, 50]]] },
});
const districts: UnitFeatures = { type: 'FeatureCollection', features: [square('d1', 14, { so: 'S' }), square('d2', 14.01, { so: 'S' }), square('d3', 14.02, { so: 'T' })] } as UnitFeatures;

function service(id: string, at: [number, number] | null, district: string | null, historical = false): ServiceRecord {
  return {
    id, name: id, organisation: '', categories: ['counselling'], types: [], services: '', address: null, district_code: district, languages: [], contact: null,
    opening_hours: null, status: '', historical, as_of: '2024', source_url: 'https://example.org', source_url_2: null, lat: at?.[1] ?? null, lon: at?.[0] ?? null,
    location: { precision: at ? 'address' : 'district', reason: at ? null : 'outside_coverage', lat: at?.[1] ?? null, lon: at?.[0] ?? null, matched: null },
  };
}

describe('servicesByUnit', () => {
  const services = [service('a', [14.005, 50.005], 'd1'), service('b', null, 'd3'), service('old', [14.015, 50.005], 'd2', true)];
  const props = districts.features.map((f) => f.properties);

  it('lists the services of each district and the nearest current located ones, nearest first', () => {
    const byUnit = servicesByUnit(districts, 'districts', props, services);
    expect(byUnit.get('d1')!.inUnit.map((s) => s.id)).toEqual(['a']);
    expect(byUnit.get('d3')!.inUnit.map((s) => s.id)).toEqual(['b']);
    // the district-only service has no distance; the historical one is left out of distances
    expect(byUnit.get('d3')!.nearest.map((n) => n.service.id)).toEqual(['a']);
    expect(byUnit.get('d1')!.nearest[0].metres).toBeLessThan(1);
    expect(byUnit.get('d2')!.inUnit.map((s) => s.id)).toEqual(['old']);
  });

  it('collects the member districts of a coarser unit and does not mutate its inputs', () => {
    const before = JSON.stringify(services);
    const so = servicesByUnit({ type: 'FeatureCollection', features: [square('S', 14, {}), square('T', 14.02, {})] } as UnitFeatures, 'spravni_obvody', props, services);
    expect(so.get('S')!.inUnit.map((s) => s.id).sort()).toEqual(['a', 'old']);
    expect(so.get('T')!.inUnit.map((s) => s.id)).toEqual(['b']);
    expect(JSON.stringify(services)).toBe(before);
  });
});
