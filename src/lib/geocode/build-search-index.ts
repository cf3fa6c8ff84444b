import type { Level, SearchIndex, ServiceRecord } from '../contract.ts';
import type { AddressIndex } from './address-index.ts';
import { printAddress } from './address-point.ts';
import type { SchoolFeature } from './locate-schools.ts';

/**
 * search-index.json for the offline type-ahead: every address point with a district ("Žitná
 * 1574/51, Praha 1"), every unit name, and the services and schools by name. Coordinates of
 * addresses are rounded to 1e-5° (about 1 m): enough to centre the map, and a fifth smaller
 * gzipped than 1e-6. Addresses keep the order of the address file (by street there), which is
 * deterministic; the search matches on folded text, so it needs no collation order.
 */
export function buildSearchIndex(
  index: AddressIndex,
  districtName: (code: string) => string,
  units: readonly [string, Level, string][],
  services: readonly ServiceRecord[],
  schools: readonly SchoolFeature[],
  schoolLabel: (f: SchoolFeature) => string | null,
): SearchIndex {
  const addresses: SearchIndex['addresses'] = [];
  for (const p of index.points) {
    if (p.district === null) continue;
    addresses.push([`${printAddress(p)}, ${districtName(p.district)}`, round5(p.lon), round5(p.lat), p.district]);
  }
  const places: SearchIndex['places'] = services.map((s) => [s.name, 'service', s.id, s.lon, s.lat]);
  for (const f of schools) {
    const label = schoolLabel(f);
    if (label !== null) places.push([label, 'school', f.properties.id, f.geometry.coordinates[0], f.geometry.coordinates[1]]);
  }
  return { coverage: [...index.coverage], addresses, units: [...units], places };
}

function round5(x: number): number {
  return Math.round(x * 1e5) / 1e5;
}
