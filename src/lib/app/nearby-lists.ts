import type { Feature, FeatureCollection, Point } from 'geojson';
import { distanceMetres } from './nearest.ts';

export interface NearbyFeature<P> {
  feature: Feature<Point, P>;
  metres: number;
}

/**
 * The k point features nearest to a place, nearest first, with straight-line distances; features
 * without a finite position are skipped. Brute force: a few thousand points at most (3,259 stops),
 * computed once per chosen place.
 */
export function nearestFeatures<P>(fc: FeatureCollection<Point, P> | null, from: { lon: number; lat: number }, k: number, keep: (p: P) => boolean = () => true): NearbyFeature<P>[] {
  if (!fc) return [];
  const out: NearbyFeature<P>[] = [];
  for (const f of fc.features) {
    const [lon, lat] = f.geometry?.coordinates ?? [];
    if (!Number.isFinite(lon) || !Number.isFinite(lat) || !keep(f.properties)) continue;
    out.push({ feature: f, metres: distanceMetres(from.lon, from.lat, lon, lat) });
  }
  return out.sort((a, b) => a.metres - b.metres).slice(0, k);
}
