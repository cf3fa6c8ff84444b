import type { Level, ServiceRecord, UnitProperties } from '../contract.ts';
import { nearestServices, NO_FILTER, type ServiceDistance } from './service-filter.ts';
import { memberDistricts } from './unit-rows.ts';
import { unitCentre, type UnitFeatures } from './units-geometry.ts';

/** The integration services of one unit: those listed in it, and the nearest located ones regardless of boundaries. */
export interface UnitServices {
  /** every service whose district lies in the unit (historical ones included, marked by `historical`) */
  inUnit: ServiceRecord[];
  /** current services with a position, nearest to the unit's centre first (straight-line metres) */
  nearest: ServiceDistance[];
}

/**
 * Services by unit code for a whole level, for the exports and the briefing. Distances start at the
 * unit's centre (a point inside it), never at a guessed service position: services known only by
 * district are in `inUnit`, not in `nearest`. Never mutates its inputs.
 */
export function servicesByUnit(features: UnitFeatures, level: Level, districts: readonly UnitProperties[], services: readonly ServiceRecord[], limit = 5): Map<string, UnitServices> {
  const out = new Map<string, UnitServices>();
  for (const f of features.features) {
    const members = memberDistricts(districts, level, f.properties.code);
    const centre = unitCentre(f);
    out.set(f.properties.code, {
      inUnit: services.filter((s) => s.district_code !== null && members.has(s.district_code)),
      nearest: centre ? nearestServices(services, { lon: centre[0], lat: centre[1] }, NO_FILTER, limit).nearest : [],
    });
  }
  return out;
}
