import type { Topology } from 'topojson-specification';
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
 * service is located at all. A unit that holds a current service known only by its district (its
 * address lies outside the address-point coverage, e.g. SAPA in Libuš) gets 0: the service is there,
 * so a "service gap" must not come from the geocoder's incomplete coverage.
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
  for (const s of services) {
    if (s.historical || s.location.precision !== 'district' || s.district_code === null) continue;
    const unit = unitOf.get(s.district_code);
    if (unit !== undefined && km.has(unit)) km.set(unit, 0);
  }
  return km;
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
