import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { InputError } from './input-error.ts';
import { detectCrs, type Bbox } from './detect-crs.ts';
import { reprojectSjtsk } from './reproject-sjtsk.ts';

export interface ParsedGeoJson {
  collection: FeatureCollection<Geometry | null, Record<string, unknown>>;
  /** CRS of the file as read; the returned collection is always WGS 84. */
  sourceCrs: 'EPSG:4326' | 'EPSG:5514';
}

/**
 * Parses a GeoJSON FeatureCollection: refuses empty/truncated JSON and non-collections, detects
 * S-JTSK (declared or by coordinate range) and reprojects it, then checks every coordinate is a
 * finite lon/lat pair inside `bbox` (the city's bounds, from city.json). Row = feature index + 1.
 */
export function parseGeoJson(text: string, file: string, bbox: Readonly<Bbox>): ParsedGeoJson {
  if (text.trim() === '') throw new InputError(file, null, null, 'file is empty');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new InputError(file, null, null, `is not valid JSON (${(e as Error).message}; truncated file?)`);
  }
  const fc = json as { type?: unknown; features?: unknown; crs?: { properties?: { name?: string } } };
  if (fc?.type !== 'FeatureCollection' || !Array.isArray(fc.features)) {
    throw new InputError(file, null, 'type', 'is not a GeoJSON FeatureCollection');
  }
  if (fc.features.length === 0) throw new InputError(file, null, 'features', 'has no features');
  fc.features.forEach((f: unknown, i: number) => {
    const feature = f as Feature;
    if (feature?.type !== 'Feature') throw new InputError(file, i + 1, 'type', 'is not a Feature');
    if (feature.properties !== null && typeof feature.properties !== 'object') throw new InputError(file, i + 1, 'properties', 'is not an object');
    if (feature.geometry !== null) checkGeometryShape(feature.geometry, file, i + 1);
  });
  const features = fc.features as Feature<Geometry | null, Record<string, unknown>>[];
  const first = features.find((f) => f.geometry)?.geometry;
  if (!first) throw new InputError(file, 1, 'geometry', 'no feature has a geometry');
  const sourceCrs = detectCrs(fc.crs?.properties?.name, firstPosition(first) as [number, number], file, bbox);
  let collection: FeatureCollection<Geometry | null, Record<string, unknown>> = { type: 'FeatureCollection', features };
  if (sourceCrs === 'EPSG:5514') collection = reprojectSjtsk(collection as FeatureCollection<Geometry, Record<string, unknown>>);
  collection.features.forEach((f, i) => {
    if (!f.geometry) return;
    for (const [x, y] of positions(f.geometry)) {
      if (!(x >= bbox.minX && x <= bbox.maxX && y >= bbox.minY && y <= bbox.maxY)) {
        throw new InputError(file, i + 1, 'geometry', `coordinate [${x}, ${y}] is outside the city (${bbox.minX}–${bbox.maxX} E, ${bbox.minY}–${bbox.maxY} N)`);
      }
    }
  });
  return { collection, sourceCrs };
}

const DEPTH: Record<string, number> = { Point: 0, MultiPoint: 1, LineString: 1, MultiLineString: 2, Polygon: 2, MultiPolygon: 3 };

function checkGeometryShape(g: Geometry, file: string, row: number): void {
  if (!(g.type in DEPTH) || !('coordinates' in g)) throw new InputError(file, row, 'geometry', `unsupported geometry type "${g.type}"`);
  const walk = (c: unknown, depth: number): void => {
    if (depth === 0) {
      if (!Array.isArray(c) || c.length < 2 || !c.every((n) => typeof n === 'number' && Number.isFinite(n))) {
        throw new InputError(file, row, 'geometry', `invalid position ${JSON.stringify(c)}`);
      }
      return;
    }
    if (!Array.isArray(c)) throw new InputError(file, row, 'geometry', 'malformed coordinates');
    for (const x of c) walk(x, depth - 1);
  };
  walk(g.coordinates, DEPTH[g.type]);
}

function firstPosition(g: Geometry): Position {
  return positions(g).next().value as Position;
}

export function* positions(g: Geometry): Generator<Position> {
  switch (g.type) {
    case 'Point':
      yield g.coordinates;
      break;
    case 'MultiPoint':
    case 'LineString':
      yield* g.coordinates;
      break;
    case 'MultiLineString':
    case 'Polygon':
      for (const r of g.coordinates) yield* r;
      break;
    case 'MultiPolygon':
      for (const p of g.coordinates) for (const r of p) yield* r;
      break;
    case 'GeometryCollection':
      for (const x of g.geometries) yield* positions(x);
  }
}
