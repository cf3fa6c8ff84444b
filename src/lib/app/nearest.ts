import KDBush from 'kdbush';
import { around, distance } from 'geokdbush';

export interface LocatedPoint {
  id: string;
  lon: number;
  lat: number;
  /** grouping for "nearest per category" (service category or facility class) */
  category: string;
}

export interface NearestHit<P extends LocatedPoint> {
  point: P;
  /** great-circle (straight-line) distance in metres */
  metres: number;
}

export interface NearestIndex<P extends LocatedPoint> {
  /** the k nearest points of each category, categories in order of their nearest point */
  perCategory(lon: number, lat: number, k?: number): Map<string, NearestHit<P>[]>;
}

/** Great-circle distance in metres (haversine on a 6371 km sphere, as geokdbush). */
export function distanceMetres(lon1: number, lat1: number, lon2: number, lat2: number): number {
  return distance(lon1, lat1, lon2, lat2) * 1000;
}

export function nearestIndex<P extends LocatedPoint>(points: readonly P[]): NearestIndex<P> {
  const byCategory = new Map<string, { pts: P[]; index: KDBush }>();
  const groups = new Map<string, P[]>();
  for (const p of points) {
    if (!Number.isFinite(p.lon) || !Number.isFinite(p.lat)) continue;
    let g = groups.get(p.category);
    if (!g) groups.set(p.category, (g = []));
    g.push(p);
  }
  for (const [cat, pts] of groups) {
    const index = new KDBush(pts.length);
    for (const p of pts) index.add(p.lon, p.lat);
    index.finish();
    byCategory.set(cat, { pts, index });
  }
  return {
    perCategory(lon, lat, k = 1) {
      const result: [string, NearestHit<P>[]][] = [];
      for (const [cat, { pts, index }] of byCategory) {
        const ids = around(index, lon, lat, k) as number[];
        result.push([cat, ids.map((id) => ({ point: pts[id], metres: distanceMetres(lon, lat, pts[id].lon, pts[id].lat) }))]);
      }
      result.sort((a, b) => (a[1][0]?.metres ?? Infinity) - (b[1][0]?.metres ?? Infinity));
      return new Map(result);
    },
  };
}
