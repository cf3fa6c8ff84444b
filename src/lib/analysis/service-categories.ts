import type { FeatureCollection, Point } from 'geojson';
import type { FacilityProperties } from '../contract.ts';
import type { FacilityPoint } from './nearest-facility-distance.ts';

/**
 * Groups located facilities (OSM points) into the service categories of the config, e.g.
 * { district_office: ['town_hall'], education: ['school', 'kindergarten'] }. A facility may fall in
 * several categories if the config lists its class twice. Categories are returned in config order.
 * The 30 integration services (services.json) have no coordinates and can never appear here.
 */
export function facilitiesByCategory(
  facilities: FeatureCollection<Point, FacilityProperties>,
  categories: Record<string, readonly string[]>,
): Map<string, FacilityPoint[]> {
  const result = new Map<string, FacilityPoint[]>();
  for (const [category, classes] of Object.entries(categories)) {
    const wanted = new Set(classes);
    result.set(
      category,
      facilities.features
        .filter((f) => f.geometry !== null && wanted.has(f.properties.fclass))
        .map((f) => ({ id: f.properties.id, lon: f.geometry.coordinates[0], lat: f.geometry.coordinates[1] }))
        .sort((a, b) => a.id.localeCompare(b.id)),
    );
  }
  return result;
}
