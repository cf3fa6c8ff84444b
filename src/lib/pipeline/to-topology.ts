import type { FeatureCollection, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { topology } from 'topojson-server';
import { presimplify, simplify, planarTriangleArea, type Triangle } from 'topojson-simplify';
import { quantize } from 'topojson-client';

export interface TopologyOptions {
  /** Visvalingam effective area, in m², below which a vertex is removed. */
  minAreaSquareMetres: number;
  /** Grid size of the integer coordinates (per axis over the bbox). */
  quantization: number;
}

/**
 * District defaults. 200 m² removes vertices whose triangle with its neighbours is smaller than
 * about 20 m × 20 m: invisible at city zoom (z10–z13, 15–150 m per pixel) while bends of a
 * street-sized border stay. 1e5 quantization = ~0.3 m grid over a 34 km × 26 km city (Prague).
 */
export const DISTRICT_TOPOLOGY_OPTIONS: TopologyOptions = { minAreaSquareMetres: 200, quantization: 1e5 };

/** Metres per degree of latitude; a degree of longitude is this much times the cosine of the latitude. */
const M_PER_DEG_LAT = 111_250;
const M_PER_DEG_LON_AT_EQUATOR = 111_320;

/**
 * Triangle area in m² for lon/lat triangles around `latitude` (the city's, city.json `latitude`;
 * equirectangular, plenty for weights).
 */
export function triangleAreaAt(latitude: number): (triangle: Triangle) => number {
  const metresPerDegreeLon = M_PER_DEG_LON_AT_EQUATOR * Math.cos((latitude * Math.PI) / 180);
  // multiplied in this order, so the weights (and the outputs) stay bit-identical to earlier builds
  return (triangle) => planarTriangleArea(triangle) * M_PER_DEG_LAT * metresPerDegreeLon;
}

/**
 * Builds one topology from named feature collections (shared borders become shared arcs),
 * simplifies every arc once (so neighbours stay seamless) and quantizes it.
 */
export function toTopology(objects: Record<string, FeatureCollection<Geometry | null>>, options: TopologyOptions, latitude: number): Topology<Record<string, GeometryCollection>> {
  const raw = topology(objects) as unknown as Topology<Record<string, GeometryCollection>>;
  const weighted = presimplify(raw, triangleAreaAt(latitude));
  const simplified = simplify(weighted, options.minAreaSquareMetres);
  return quantize(simplified, options.quantization);
}
