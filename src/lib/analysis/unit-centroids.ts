import { booleanPointInPolygon, centerOfMass, pointOnFeature } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';

export interface UnitCentroid {
  code: string;
  lon: number;
  lat: number;
  /**
   * 'center_of_mass': area centroid of the polygon (turf centerOfMass);
   * 'point_on_surface': the area centroid fell outside the polygon (a concave or multi-part unit),
   * so turf pointOnFeature's guaranteed interior point is used instead.
   */
  method: 'center_of_mass' | 'point_on_surface';
}

/**
 * One representative point per unit, from which distances to facilities are measured.
 *
 * Why the area centroid: a population-weighted centroid would be better (people do not live in
 * forests or fields), but no population below the district level exists in the data (no ZSJ counts,
 * no address points with residents), so the geometric centre of the area is used and moved inside
 * the unit when it falls outside. The centroid is computed on lon/lat; over Prague's extent the
 * lon/lat → metres scaling is close to affine, and centroids commute with affine maps, so the
 * difference from a projected centroid is negligible at district scale.
 */
export function unitCentroids(units: FeatureCollection<Polygon | MultiPolygon, { code: string }>): UnitCentroid[] {
  return units.features
    .filter((feature) => feature.properties?.code !== undefined && feature.geometry !== null)
    .map((feature) => centroidOf(feature))
    .sort((a, b) => a.code.localeCompare(b.code));
}

function centroidOf(feature: Feature<Polygon | MultiPolygon, { code: string }>): UnitCentroid {
  const code = String(feature.properties.code);
  const center = centerOfMass(feature);
  if (booleanPointInPolygon(center, feature)) {
    const [lon, lat] = center.geometry.coordinates;
    return { code, lon, lat, method: 'center_of_mass' };
  }
  const [lon, lat] = pointOnFeature(feature).geometry.coordinates;
  return { code, lon, lat, method: 'point_on_surface' };
}
