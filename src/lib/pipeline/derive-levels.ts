import type { GeometryCollection, MultiPolygon, Polygon, Topology } from 'topojson-specification';
import { mergeArcs } from 'topojson-client';
import { PARENT_PROPERTY, type UnitProperties } from '../contract.ts';
import type { CityConfig } from './city-config.ts';
import { InputError } from './input-error.ts';

type CityLevel = CityConfig['levels'][number];

type DistrictGeometry = (Polygon<Required<UnitProperties>> | MultiPolygon<Required<UnitProperties>>) & { properties: Required<UnitProperties> };

/**
 * Adds the coarser levels of city.json (Prague: `spravni_obvody` by `so`, `obvody` by `mo`) to a
 * topology holding `districts`, by merging the member districts' arcs: the coarser units reuse the
 * district arcs, so their borders coincide exactly (no slivers, no gaps). Each unit is named after
 * its member whose name matches the level's `named_after.pattern` and whose `seat_field` equals the
 * unit's code: in Prague the member "Praha N" with KOD_SO equal to the code (SO 116 → Praha 11,
 * obvod 43 → Praha 4), because the SO and obvod codes are the KOD_SO of their seat district.
 * The input topology is not modified.
 */
export function deriveLevels(topo: Topology<Record<string, GeometryCollection>>, file: string, city: Pick<CityConfig, 'levels'>): Topology<Record<string, GeometryCollection>> {
  const districts = topo.objects.districts.geometries as DistrictGeometry[];
  const objects: Record<string, GeometryCollection> = { districts: topo.objects.districts };
  for (const id of ['spravni_obvody', 'obvody'] as const) objects[id] = mergeBy(topo, districts, city.levels.find((l) => l.id === id)!, city.levels, file);
  return { ...topo, objects };
}

function mergeBy(topo: Topology, districts: DistrictGeometry[], level: CityLevel, levels: readonly CityLevel[], file: string): GeometryCollection<UnitProperties> {
  const key = PARENT_PROPERTY[level.id];
  // the seat field is one of the levels' parent fields (checked by readCityConfig), i.e. a district property
  const seatKey = PARENT_PROPERTY[levels.find((l) => l.parent_field === level.named_after.seat_field)!.id];
  const pattern = new RegExp(level.named_after.pattern);
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
      const namer = members.find((d) => pattern.test(d.properties.name) && d.properties[seatKey] === code);
      if (!namer) {
        throw new InputError(file, null, level.parent_field, `unit ${code} has no member district named like ${level.named_after.pattern} with ${level.named_after.seat_field} ${code}, so it cannot be named`);
      }
      const merged = mergeArcs(topo, members as never);
      return { ...merged, properties: { code, name: namer.properties.name } } as MultiPolygon<UnitProperties>;
    }),
  };
}
