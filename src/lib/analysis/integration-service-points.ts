import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { Topology } from 'topojson-specification';
import { feature } from 'topojson-client';
import { distance } from 'geokdbush';
import type { Level, ServiceRecord } from '../contract.ts';
import { nearestFacilityDistance, type FacilityPoint } from './nearest-facility-distance.ts';
import type { UnitCentroid } from './unit-centroids.ts';

/**
 * The integration services a distance may be measured to: current (not historical) and placed at
 * an address or on a street. Services known only by district carry no point and are left out, so
 * a distance never rests on a guessed location.
 */
export function integrationServicePoints(services: readonly ServiceRecord[]): FacilityPoint[] {
  return services
    .filter((s) => !s.historical && (s.location.precision === 'address' || s.location.precision === 'street'))
    .filter((s) => Number.isFinite(s.location.lat) && Number.isFinite(s.location.lon))
    .map((s) => ({ id: s.id, lon: s.location.lon!, lat: s.location.lat! }))
    .sort((a, b) => a.id.localeCompare(b.id));
}

/**
 * Straight-line km from each unit's centroid to the nearest located current service; null when no
 * service is located at all. A service gap must not come from the geocoder's incomplete coverage, so
 * current services known only by their district (address outside the address points, e.g. SAPA in
 * Libuš, ICP in Praha 13) count too: the unit holding one gets 0, and a unit whose nearest located
 * service may be farther than such a district (its bounding box is nearer) gets NaN, "not measurable".
 */
export function integrationServiceDistances(
  topology: Topology,
  level: Level,
  centroids: readonly UnitCentroid[],
  services: readonly ServiceRecord[],
): Map<string, number> | null {
  const points = integrationServicePoints(services);
  if (points.length === 0) return null;
  const km = new Map(nearestFacilityDistance(centroids, points).map((n) => [n.code, n.distanceKm]));
  const unitOf = districtToUnit(topology, level);
  const unplaced = services.filter((s) => !s.historical && s.location.precision === 'district' && s.district_code !== null);
  const boxes = districtBoxes(topology);
  for (const c of centroids) {
    for (const s of unplaced) {
      const box = boxes.get(s.district_code!);
      if (!box) continue;
      const here = unitOf.get(s.district_code!) === c.code;
      const nearest = km.get(c.code)!;
      if (here) km.set(c.code, 0);
      else if (nearest > 0 && boxDistanceKm(c.lon, c.lat, box) < nearest) km.set(c.code, Number.NaN);
    }
  }
  return km;
}

type Box = [number, number, number, number];

/** District code → [west, south, east, north] of its polygon. */
function districtBoxes(topology: Topology): Map<string, Box> {
  const out = new Map<string, Box>();
  if (!topology.objects.districts) return out;
  const fc = feature(topology, topology.objects.districts) as unknown as FeatureCollection<Polygon | MultiPolygon, { code: string }>;
  for (const f of fc.features) {
    const box: Box = [Infinity, Infinity, -Infinity, -Infinity];
    const rings = f.geometry.type === 'Polygon' ? f.geometry.coordinates : f.geometry.coordinates.flat();
    for (const ring of rings) for (const [x, y] of ring) box.splice(0, 4, Math.min(box[0], x), Math.min(box[1], y), Math.max(box[2], x), Math.max(box[3], y));
    out.set(f.properties.code, box);
  }
  return out;
}

/** Great-circle km from a point to the nearest point of a box (0 inside): a lower bound for anything in it. */
function boxDistanceKm(lon: number, lat: number, [w, s, e, n]: Box): number {
  return distance(lon, lat, Math.min(Math.max(lon, w), e), Math.min(Math.max(lat, s), n));
}

/** District (MČ) code → the code of the unit containing it at `level`. */
function districtToUnit(topology: Topology, level: Level): Map<string, string> {
  const districts = topology.objects.districts as unknown as { geometries: { properties: { code: string; so?: string; mo?: string } }[] } | undefined;
  const out = new Map<string, string>();
  for (const g of districts?.geometries ?? []) {
    const p = g.properties;
    const unit = level === 'districts' ? p.code : level === 'spravni_obvody' ? p.so : p.mo;
    if (unit !== undefined) out.set(p.code, unit);
  }
  return out;
}
