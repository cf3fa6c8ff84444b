import type { FeatureCollection, Point } from 'geojson';
import type { SchoolProperties, ServiceRecord } from '../contract.ts';
import type { LocatedPoint } from './nearest.ts';

export interface NearestPlace extends LocatedPoint {
  kind: 'service' | 'school' | 'stop';
  label: string | null;
}

/**
 * Services, schools and stops as points for nearestIndex (nearest.ts), one per category:
 * `service:<category>` for each UI category of a service, `school:<category>` (basic_school,
 * kindergarten, …) and `stop`. Only records with a position are taken (precision `address` or
 * `street`); historical services are left out unless asked for, as distance measures leave them out
 * by default.
 *
 * @example nearestIndex(nearestPlaces(services, schools, stops)).perCategory(14.43, 50.08, 3)
 */
export function nearestPlaces(
  services: readonly ServiceRecord[],
  schools: FeatureCollection<Point, SchoolProperties> | null,
  stops: FeatureCollection<Point, { stop_id?: string; stop_name?: string }> | null,
  options: { includeHistorical?: boolean } = {},
): NearestPlace[] {
  const places: NearestPlace[] = [];
  for (const s of services) {
    if (s.lat === null || s.lon === null || (s.historical && !options.includeHistorical)) continue;
    for (const c of s.categories) places.push({ id: s.id, lon: s.lon, lat: s.lat, category: `service:${c}`, kind: 'service', label: s.name });
  }
  for (const f of schools?.features ?? []) {
    const [lon, lat] = f.geometry.coordinates;
    places.push({ id: f.properties.id, lon, lat, category: `school:${f.properties.category}`, kind: 'school', label: f.properties.name });
  }
  for (const f of stops?.features ?? []) {
    const [lon, lat] = f.geometry.coordinates;
    places.push({ id: String(f.properties.stop_id), lon, lat, category: 'stop', kind: 'stop', label: f.properties.stop_name ?? null });
  }
  return places;
}
