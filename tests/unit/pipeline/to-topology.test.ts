import { describe, expect, it } from 'vitest';
import { feature } from 'topojson-client';
import area from '@turf/area';
import { toTopology, triangleAreaAt, DISTRICT_TOPOLOGY_OPTIONS } from '../../../src/lib/pipeline/to-topology.ts';
import { toyDistricts } from './toy-city.ts';

describe('toTopology', () => {
  it('shares the border between neighbours as one arc', () => {
    const topo = toTopology({ districts: toyDistricts() }, DISTRICT_TOPOLOGY_OPTIONS, 50.08);
    // 5 squares in a 3 × 2 grid: far fewer arcs than 5 × 4 edges
    expect(topo.arcs.length).toBeLessThan(20);
    expect(topo.transform).toBeDefined();
  });
  it('keeps properties and areas (within 0.1 %) of simple squares', () => {
    const input = toyDistricts();
    const topo = toTopology({ districts: input }, DISTRICT_TOPOLOGY_OPTIONS, 50.08);
    const out = feature(topo, topo.objects.districts) as any;
    out.features.forEach((f: any, i: number) => {
      expect(f.properties).toEqual(input.features[i].properties);
      expect(Math.abs(area(f) / area(input.features[i]) - 1)).toBeLessThan(0.001);
    });
  });
  it('measures triangle weights in square metres', () => {
    // a right triangle 0.001° lon × 0.001° lat at 50.08° N (Prague) ≈ 71.4 m × 111.25 m / 2; at the equator 111.32 m × 111.25 m / 2
    expect(triangleAreaAt(50.08)([[14, 50], [14.001, 50], [14, 50.001]])).toBeCloseTo((71.4 * 111.25) / 2, -1);
    expect(triangleAreaAt(0)([[14, 0], [14.001, 0], [14, 0.001]])).toBeCloseTo((111.32 * 111.25) / 2, 0);
  });
});
