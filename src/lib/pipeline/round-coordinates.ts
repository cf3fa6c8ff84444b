import type { Geometry, Position } from 'geojson';

/** Rounds every coordinate: 6 decimals (~0.1 m) for points, 5 (~1 m) for lines and polygons. */
export function roundGeometry<G extends Geometry>(g: G, decimals: number): G {
  const f = 10 ** decimals;
  const r = (p: Position): Position => [Math.round(p[0] * f) / f, Math.round(p[1] * f) / f];
  switch (g.type) {
    case 'Point':
      return { type: 'Point', coordinates: r(g.coordinates) } as G;
    case 'LineString':
    case 'MultiPoint':
      return { type: g.type, coordinates: g.coordinates.map(r) } as G;
    case 'Polygon':
    case 'MultiLineString':
      return { type: g.type, coordinates: g.coordinates.map((x) => x.map(r)) } as G;
    case 'MultiPolygon':
      return { type: 'MultiPolygon', coordinates: g.coordinates.map((p) => p.map((x) => x.map(r))) } as G;
    default:
      return g;
  }
}
