import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { FeatureCollection, Geometry } from 'geojson';
import type { Level, UnitProperties } from '../contract.ts';

export type UnitFeatures = FeatureCollection<Geometry, UnitProperties>;

/** One level of districts.topo.json as GeoJSON (feature ids = codes for MapLibre feature-state). */
export function unitFeatures(topology: Topology, level: Level): UnitFeatures {
  const object = topology.objects[level] as GeometryCollection<UnitProperties> | undefined;
  if (!object) return { type: 'FeatureCollection', features: [] };
  return feature(topology, object) as UnitFeatures;
}

/** Bounding box [west, south, east, north] of a feature collection. */
export function bboxOf(fc: FeatureCollection): [number, number, number, number] {
  let w = Infinity, s = Infinity, e = -Infinity, n = -Infinity;
  const visit = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === 'number') {
      const [x, y] = c as number[];
      if (x < w) w = x;
      if (x > e) e = x;
      if (y < s) s = y;
      if (y > n) n = y;
    } else if (Array.isArray(c)) c.forEach(visit);
  };
  for (const f of fc.features) if (f.geometry && 'coordinates' in f.geometry) visit(f.geometry.coordinates);
  return [w, s, e, n];
}

/** Ray-casting point-in-polygon on (Multi)Polygon rings; holes handled by even-odd. */
export function unitAt(fc: UnitFeatures, lon: number, lat: number): UnitProperties | null {
  const inRing = (ring: number[][]) => {
    let inside = false;
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i];
      const [xj, yj] = ring[j];
      if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
    }
    return inside;
  };
  for (const f of fc.features) {
    const g = f.geometry;
    const polys = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
    for (const poly of polys) if (poly.reduce((acc, ring) => acc !== inRing(ring as number[][]), false)) return f.properties;
  }
  return null;
}

/**
 * A representative point of a unit for "nearest from this district": the area-weighted centroid of
 * its largest outer ring (Prague's districts are compact enough for it to fall inside).
 */
export function unitCentre(f: UnitFeatures['features'][number]): [number, number] | null {
  const g = f.geometry;
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
  let best: [number, number] | null = null;
  let bestArea = 0;
  for (const poly of polys) {
    const ring = poly[0];
    let a = 0, cx = 0, cy = 0;
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const cross = ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
      a += cross;
      cx += (ring[j][0] + ring[i][0]) * cross;
      cy += (ring[j][1] + ring[i][1]) * cross;
    }
    if (Math.abs(a) > bestArea) {
      bestArea = Math.abs(a);
      best = [cx / (3 * a), cy / (3 * a)];
    }
  }
  return best;
}
