import type { GeometryCollection, MultiPolygon, Polygon, Topology } from 'topojson-specification';
import { mergeArcs } from 'topojson-client';
import type { UnitProperties } from '../contract.ts';
import { InputError } from './input-error.ts';

type DistrictGeometry = (Polygon<Required<UnitProperties>> | MultiPolygon<Required<UnitProperties>>) & { properties: Required<UnitProperties> };

/**
 * Adds `spravni_obvody` (by `so`) and `obvody` (by `mo`) to a topology holding `districts`, by
 * merging the member districts' arcs: the coarser units reuse the district arcs, so their borders
 * coincide exactly (no slivers, no gaps). Each unit is named after its member "Praha N" whose
 * KOD_SO equals the unit's code (SO 116 → Praha 11, obvod 43 → Praha 4), because the SO and obvod
 * codes are the KOD_SO of their seat district. The input topology is not modified.
 */
export function deriveLevels(topo: Topology<Record<string, GeometryCollection>>, file: string): Topology<Record<string, GeometryCollection>> {
  const districts = topo.objects.districts.geometries as DistrictGeometry[];
  return {
    ...topo,
    objects: {
      districts: topo.objects.districts,
      spravni_obvody: mergeBy(topo, districts, 'so', file),
      obvody: mergeBy(topo, districts, 'mo', file),
    },
  };
}

function mergeBy(topo: Topology, districts: DistrictGeometry[], key: 'so' | 'mo', file: string): GeometryCollection<UnitProperties> {
  const groups = new Map<string, DistrictGeometry[]>();
  for (const d of districts) {
    const code = d.properties[key];
    const members = groups.get(code);
    if (members) members.push(d);
    else groups.set(code, [d]);
  }
  const codes = [...groups.keys()].sort((a, b) => Number(a) - Number(b) || a.localeCompare(b));
  return {
    type: 'GeometryCollection',
    geometries: codes.map((code) => {
      const members = groups.get(code)!;
      const namer = members.find((d) => /^Praha \d+$/.test(d.properties.name) && d.properties.so === code);
      if (!namer) {
        throw new InputError(file, null, key === 'so' ? 'KOD_SO' : 'KOD_MO', `unit ${code} has no member district named "Praha N" with KOD_SO ${code}, so it cannot be named`);
      }
      const merged = mergeArcs(topo, members as never);
      return { ...merged, properties: { code, name: namer.properties.name } } as MultiPolygon<UnitProperties>;
    }),
  };
}
