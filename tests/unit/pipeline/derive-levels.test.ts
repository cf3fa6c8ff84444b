import { describe, expect, it } from 'vitest';
import { feature, mesh } from 'topojson-client';
import area from '@turf/area';
import { toTopology, DISTRICT_TOPOLOGY_OPTIONS } from '../../../src/lib/pipeline/to-topology.ts';
import { deriveLevels } from '../../../src/lib/pipeline/derive-levels.ts';
import { toyDistricts } from './toy-city.ts';
import { PRAGUE, PRAGUE_BOUNDS } from './city.ts';

const base = () => toTopology({ districts: toyDistricts() }, DISTRICT_TOPOLOGY_OPTIONS, 50.08);

describe('deriveLevels', () => {
  it('merges districts into SO (by so) and obvody (by mo), named after the seat "Praha N"', () => {
    const topo = deriveLevels(base(), 'f', PRAGUE);
    expect(topo.objects.spravni_obvody.geometries.map((g: any) => g.properties)).toEqual([
      { code: '19', name: 'Praha 1' }, { code: '27', name: 'Praha 2' }, { code: '43', name: 'Praha 4' }, { code: '116', name: 'Praha 11' },
    ]);
    expect(topo.objects.obvody.geometries.map((g: any) => g.properties)).toEqual([
      { code: '19', name: 'Praha 1' }, { code: '27', name: 'Praha 2' }, { code: '43', name: 'Praha 4' },
    ]);
  });
  it('reuses district arcs: no new arcs, and each unit\'s area is the sum of its members (no slivers)', () => {
    const before = base();
    const topo = deriveLevels(before, 'f', PRAGUE);
    expect(topo.arcs).toBe(before.arcs);
    const districts = (feature(topo, topo.objects.districts) as any).features;
    const obvod43 = (feature(topo, topo.objects.obvody) as any).features.find((f: any) => f.properties.code === '43');
    const members = districts.filter((d: any) => d.properties.mo === '43').reduce((s: number, d: any) => s + area(d), 0);
    expect(area(obvod43)).toBeCloseTo(members, 0);
    // the internal borders vanish: the obvod's outline is the mesh of exterior arcs only
    expect(mesh(topo, topo.objects.obvody as any, (a, b) => a === b).coordinates.length).toBeGreaterThan(0);
  });
  it('does not mutate its input', () => {
    const before = base();
    const copy = structuredClone(before);
    deriveLevels(before, 'f', PRAGUE);
    expect(before).toEqual(copy);
  });
  it('refuses a unit without a "Praha N" member carrying its code', () => {
    const topo = base();
    (topo.objects.districts.geometries as any[]).forEach((g) => g.properties.so === '116' && (g.properties.name = 'Praha-Jih'));
    expect(() => deriveLevels(topo, 'b.geojson', PRAGUE)).toThrow(/b\.geojson: row -, field KOD_SO: unit 116/);
  });
});
