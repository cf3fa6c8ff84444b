import { describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import type { ServiceRecord } from '../../../src/lib/contract.ts';
import { integrationServiceDistances, integrationServicePoints } from '../../../src/lib/analysis/integration-service-points.ts';
import type { UnitCentroid } from '../../../src/lib/analysis/unit-centroids.ts';
import { gridTopology } from './grid-topology.fixture.ts';

/** A 1 × 3 grid whose cells play three districts: r0c0 and r0c1 in SO "A", r0c2 in SO "B". */
function toyTopology(): Topology {
  const t = gridTopology(1, 3);
  const units = t.objects.units as unknown as { geometries: { properties: Record<string, string> }[] };
  for (const g of units.geometries) Object.assign(g.properties, { so: g.properties.code === 'r0c2' ? 'B' : 'A', mo: 'M' });
  t.objects = { districts: t.objects.units };
  return t;
}

const centre = (code: string, lon: number): UnitCentroid => ({ code, lon, lat: 50.005, method: 'center_of_mass' });
const centroids = [centre('r0c0', 14.005), centre('r0c1', 14.015), centre('r0c2', 14.025)];

function service(id: string, precision: ServiceRecord['location']['precision'], at: [number, number] | null, district: string | null, historical = false): ServiceRecord {
  return {
    id, name: id, organisation: '', categories: ['counselling'], types: [], services: '', address: null, district_code: district, languages: [], contact: null,
    opening_hours: null, status: historical ? 'historical' : 'current', historical, as_of: '2024', source_url: 'https://example.org', source_url_2: null,
    lat: at?.[1] ?? null, lon: at?.[0] ?? null,
    location: { precision, reason: precision === 'address' ? null : 'outside_coverage', lat: at?.[1] ?? null, lon: at?.[0] ?? null, matched: null },
  };
}

describe('integrationServicePoints', () => {
  it('keeps current services placed at an address or on a street, never district-only or historical ones', () => {
    const points = integrationServicePoints([
      service('a', 'address', [14.005, 50.005], 'r0c0'),
      service('b', 'street', [14.015, 50.005], 'r0c1'),
      service('c', 'district', null, 'r0c2'),
      service('d', 'address', [14.025, 50.005], 'r0c2', true),
    ]);
    expect(points.map((p) => p.id)).toEqual(['a', 'b']);
  });
});

describe('integrationServiceDistances', () => {
  it('is null when no service is located', () => {
    expect(integrationServiceDistances(toyTopology(), 'districts', centroids, [service('c', 'district', null, 'r0c2')])).toBeNull();
  });

  it('measures to the nearest located service, and gives 0 to a unit holding a district-only current service', () => {
    const services = [service('a', 'address', [14.005, 50.005], 'r0c0'), service('c', 'district', null, 'r0c2')];
    const km = integrationServiceDistances(toyTopology(), 'districts', centroids, services)!;
    expect(km.get('r0c0')).toBeCloseTo(0, 6);
    expect(km.get('r0c2')).toBe(0);
  });

  it('keeps a measured distance where every district-only service lies farther than the nearest located one', () => {
    const services = [service('b', 'address', [14.015, 50.005], 'r0c1'), service('c', 'district', null, 'r0c2')];
    const km = integrationServiceDistances(toyTopology(), 'districts', centroids, services)!;
    expect(km.get('r0c0')).toBeGreaterThan(0.6);
    expect(km.get('r0c0')).toBeLessThan(0.8);
  });

  it('a historical district-only service does not count, and the unit is found at a coarser level', () => {
    const services = [service('a', 'address', [14.005, 50.005], 'r0c0'), service('c', 'district', null, 'r0c2', true)];
    expect(integrationServiceDistances(toyTopology(), 'districts', centroids, services)!.get('r0c2')).toBeGreaterThan(1.4);
    const so = integrationServiceDistances(toyTopology(), 'spravni_obvody', [centre('A', 14.01), centre('B', 14.025)], [
      service('a', 'address', [14.005, 50.005], 'r0c0'),
      service('c', 'district', null, 'r0c2'),
    ])!;
    expect(so.get('B')).toBe(0);
    expect(so.get('A')).toBeGreaterThan(0);
  });
});

describe('integrationServiceDistances with services known only by district', () => {
  it('makes the distance unmeasurable (NaN) where such a district may be nearer than the nearest located service', () => {
    // located service in r0c0; district-only service in r0c2: for r0c1 the r0c2 box (0.005° away) is nearer than r0c0's point
    const services = [service('a', 'address', [14.005, 50.005], 'r0c0'), service('c', 'district', null, 'r0c2')];
    const km = integrationServiceDistances(toyTopology(), 'districts', centroids, services)!;
    expect(Number.isNaN(km.get('r0c1'))).toBe(true);
    expect(km.get('r0c0')).toBeCloseTo(0, 6);
  });
});
