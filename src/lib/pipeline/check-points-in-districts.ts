import type { FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { InputError } from './input-error.ts';

/**
 * Verifies that each point lies in the district its source claims (`district_code`), using the
 * unsimplified district polygons. Row = 1-based position of the point in the source order.
 */
export function checkPointsInDistricts(
  points: FeatureCollection<Point, { district_code: string; id: string }>,
  districts: FeatureCollection<Polygon | MultiPolygon, { code: string }>,
  file: string,
  rowOf: (id: string) => number,
): void {
  const polygons = new Map(districts.features.map((f) => [f.properties.code, f]));
  for (const p of points.features) {
    const district = polygons.get(p.properties.district_code);
    if (district && !booleanPointInPolygon(p.geometry.coordinates, district)) {
      throw new InputError(file, rowOf(p.properties.id), 'kod_mc', `point ${p.properties.id} lies outside district ${p.properties.district_code}`);
    }
  }
}
