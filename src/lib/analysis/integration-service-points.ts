import type { ServiceRecord } from '../contract.ts';
import type { FacilityPoint } from './nearest-facility-distance.ts';

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
