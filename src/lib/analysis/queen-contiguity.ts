import type { GeoJsonProperties } from 'geojson';
import type { Arc, GeometryObject, MultiPolygon, Polygon, Topology } from 'topojson-specification';

/**
 * Neighbour lists of areal units: `neighbours[i]` holds the indices (into `codes`) of the units
 * adjacent to `codes[i]`, ascending. Codes are sorted so that results never depend on file order.
 */
export interface SpatialWeights {
  codes: string[];
  neighbours: number[][];
}

/**
 * Queen contiguity read from a TopoJSON topology, without any geometric tolerance:
 * - rook neighbours are units whose rings use the same arc (a shared border line);
 * - queen adds units whose rings meet only in a point. TopoJSON cuts every ring at each junction
 *   (a point where the rings around it change), so a point where two units touch is always the
 *   end of an arc; units whose arcs share an end coordinate therefore touch.
 * Works on quantized (delta-encoded) and unquantized topologies. Geometries without a code are skipped.
 *
 * @param topology  e.g. districts.topo.json
 * @param objectName  'districts' | 'spravni_obvody' | 'obvody'
 * @param contiguity  'queen' (default) or 'rook' (shared arcs only)
 */
export function queenContiguity(
  topology: Topology,
  objectName: string,
  contiguity: 'queen' | 'rook' = 'queen',
): SpatialWeights {
  const object = topology.objects[objectName];
  if (object === undefined) throw new Error(`topology has no object "${objectName}"`);
  const geometries: GeometryObject<GeoJsonProperties>[] = object.type === 'GeometryCollection' ? object.geometries : [object];
  const units = geometries
    .map((geometry) => ({ code: codeOf(geometry), arcs: arcIndicesOf(geometry) }))
    .filter((unit): unit is { code: string; arcs: number[] } => unit.code !== undefined)
    .sort((a, b) => a.code.localeCompare(b.code));

  const unitsByKey = new Map<string, Set<number>>();
  const register = (key: string, unitIndex: number) => {
    const set = unitsByKey.get(key) ?? new Set<number>();
    set.add(unitIndex);
    unitsByKey.set(key, set);
  };
  units.forEach((unit, unitIndex) => {
    for (const arcIndex of unit.arcs) {
      register(`arc:${arcIndex}`, unitIndex);
      if (contiguity === 'queen') {
        for (const point of arcEnds(topology, arcIndex)) register(`pt:${point[0]},${point[1]}`, unitIndex);
      }
    }
  });

  const neighbourSets = units.map(() => new Set<number>());
  for (const members of unitsByKey.values()) {
    if (members.size < 2) continue;
    for (const a of members) for (const b of members) if (a !== b) neighbourSets[a].add(b);
  }
  return {
    codes: units.map((unit) => unit.code),
    neighbours: neighbourSets.map((set) => [...set].sort((a, b) => a - b)),
  };
}

function codeOf(geometry: GeometryObject<GeoJsonProperties>): string | undefined {
  const code = (geometry.properties as { code?: unknown } | undefined)?.code;
  return code === undefined || code === null ? undefined : String(code);
}

/** Absolute arc indices (~i → i) used by a polygon or multipolygon. */
function arcIndicesOf(geometry: GeometryObject<GeoJsonProperties>): number[] {
  const rings: number[][] =
    geometry.type === 'Polygon'
      ? (geometry as Polygon).arcs
      : geometry.type === 'MultiPolygon'
        ? (geometry as MultiPolygon).arcs.flat()
        : [];
  return [...new Set(rings.flat().map((i) => (i < 0 ? ~i : i)))];
}

/** First and last position of an arc in the topology's own (possibly quantized) coordinates. */
function arcEnds(topology: Topology, arcIndex: number): [number, number][] {
  const arc: Arc = topology.arcs[arcIndex];
  const first = arc[0];
  if (topology.transform === undefined) {
    const last = arc[arc.length - 1];
    return [
      [first[0], first[1]],
      [last[0], last[1]],
    ];
  }
  // Quantized arcs store the first position absolutely and the rest as deltas.
  let x = 0;
  let y = 0;
  for (const position of arc) {
    x += position[0];
    y += position[1];
  }
  return [
    [first[0], first[1]],
    [x, y],
  ];
}

/**
 * The weights restricted to the given codes (units without data are dropped, and so are links to
 * them). Codes not in the weights are ignored. The input is not changed; when nothing is dropped it is returned as it is.
 */
export function restrictWeights(weights: SpatialWeights, keep: Iterable<string>): SpatialWeights {
  const wanted = new Set(keep);
  const kept = weights.codes.map((code, i) => ({ code, i })).filter(({ code }) => wanted.has(code));
  // Nothing dropped: the same weights, so tests of several groups and dates share one object.
  if (kept.length === weights.codes.length) return weights;
  const newIndex = new Map(kept.map(({ i }, k) => [i, k]));
  return {
    codes: kept.map(({ code }) => code),
    neighbours: kept.map(({ i }) => weights.neighbours[i].filter((j) => newIndex.has(j)).map((j) => newIndex.get(j)!)),
  };
}
