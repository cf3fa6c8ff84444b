import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import bbox from '@turf/bbox';
import type { AddressPoint } from './address-point.ts';

type Districts = FeatureCollection<Polygon | MultiPolygon, { code: string }>;

/** A function giving the KOD_MC of the district a position lies in (null outside all of them). */
export function districtLocator(districts: Districts): (lon: number, lat: number) => string | null {
  const boxes = districts.features.map((f) => ({ f, box: bbox(f) }));
  let last: (typeof boxes)[number] | null = null;
  return (lon, lat) => {
    // neighbouring rows are mostly in the same street, so the last hit is tried first
    if (last && booleanPointInPolygon([lon, lat], last.f)) return last.f.properties.code;
    for (const entry of boxes) {
      const { f, box } = entry;
      if (lon < box[0] || lon > box[2] || lat < box[1] || lat > box[3]) continue;
      if (booleanPointInPolygon([lon, lat], f)) {
        last = entry;
        return f.properties.code;
      }
    }
    return null;
  };
}

/**
 * Returns new points whose `district` is the městská část they lie in (point in polygon against
 * the unsimplified boundaries; the partial file's `catchment_mc` is the district whose schools
 * list the address, not always the one it lies in). Points that already carry a district (RÚIAN's
 * Kód MOMC) keep it. The input is not modified.
 */
export function assignDistricts(points: readonly AddressPoint[], districts: Districts): AddressPoint[] {
  const locate = districtLocator(districts);
  return points.map((p) => ({ ...p, district: p.district ?? locate(p.lon, p.lat) }));
}
