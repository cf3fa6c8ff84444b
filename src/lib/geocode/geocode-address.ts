import type { GeocodedLocation, LocationReason } from '../contract.ts';
import type { AddressIndex } from './address-index.ts';
import { printAddress, type AddressPoint } from './address-point.ts';
import { normaliseStreet, parseHouseNumber, type HouseNumber } from './normalise-address.ts';

export interface AddressQuery {
  street: string | null;
  /** as written: "1574/51", "50", "38a" */
  number: string | null;
  /** the record's městská část when the source states it (services): the search stays inside it */
  district: string | null;
  /** weaker hints (postal district or cadastral area read as a district): preferred when a street
   * and number exist in several districts, never a constraint */
  hints?: readonly string[];
}

export interface GeocodeResult {
  location: GeocodedLocation;
  /** the district of the record: the one given, or the one of the matched point(s) */
  district: string | null;
}

/**
 * Places one address on an address point, never more precisely than the source allows:
 * street + number found → `address`; the street known in that district but not the number →
 * `street` (centre of its known points there); only the district known → `district` (no position);
 * otherwise `none`. With a known district outside the file's coverage the answer is `district`
 * with reason `outside_coverage`, never a same-named street elsewhere.
 */
export function geocodeAddress(index: AddressIndex, query: AddressQuery): GeocodeResult {
  const covered = new Set(index.coverage);
  const number = query.number ? parseHouseNumber(query.number) : null;
  const key = query.street ? normaliseStreet(query.street) : '';
  if (key === '' || number === null) return unplaced(query.district, 'no_address');
  if (query.district !== null && !covered.has(query.district)) return unplaced(query.district, 'outside_coverage');
  const onStreet = (index.streets.get(key) ?? []).filter((p) => p.district !== null && (query.district === null ? covered.has(p.district) : p.district === query.district));
  if (onStreet.length === 0) {
    const anyHintCovered = (query.hints ?? []).some((d) => covered.has(d));
    return unplaced(query.district, query.district !== null || anyHintCovered ? 'street_not_found' : 'outside_coverage');
  }
  const matches = preferHinted(matchNumber(onStreet, number), query.hints ?? []);
  if (matches.length === 1) {
    const p = matches[0];
    return { location: { precision: 'address', reason: null, lat: p.lat, lon: p.lon, matched: printAddress(p) }, district: p.district };
  }
  // No number match, or one that is ambiguous between districts: the street is all we know,
  // and only when it lies in a single district (otherwise the centre would sit between them).
  const streetDistricts = new Set(preferHinted(onStreet, query.hints ?? []).map((p) => p.district));
  if (streetDistricts.size !== 1) return unplaced(query.district, 'number_not_found');
  const district = [...streetDistricts][0];
  const there = onStreet.filter((p) => p.district === district);
  const lon = there.reduce((s, p) => s + p.lon, 0) / there.length;
  const lat = there.reduce((s, p) => s + p.lat, 0) / there.length;
  return { location: { precision: 'street', reason: 'number_not_found', lat: round6(lat), lon: round6(lon), matched: null }, district };
}

/**
 * The points a house number designates: č.p. and č.o. both given → that pair, or the č.p. alone
 * (the building's own number; the č.o. may be a typo); one number → the č.o., else the č.p.
 * Several points at one position count as one.
 */
function matchNumber(points: readonly AddressPoint[], n: HouseNumber): AddressPoint[] {
  const tries: ((p: AddressPoint) => boolean)[] = n.single
    ? [(p) => p.co === n.co, (p) => n.cp !== null && p.cp === n.cp]
    : [(p) => p.cp === n.cp && p.co === n.co, (p) => p.cp === n.cp];
  for (const test of tries) {
    const hits = points.filter(test);
    if (hits.length > 0) return distinctPositions(hits);
  }
  return [];
}

function distinctPositions(points: AddressPoint[]): AddressPoint[] {
  const seen = new Map<string, AddressPoint>();
  for (const p of points) if (!seen.has(`${p.lon},${p.lat}`)) seen.set(`${p.lon},${p.lat}`, p);
  return [...seen.values()];
}

/** Keeps the points in hinted districts when there are any. */
function preferHinted(points: AddressPoint[], hints: readonly string[]): AddressPoint[] {
  if (points.length <= 1 || hints.length === 0) return points;
  const hinted = points.filter((p) => p.district !== null && hints.includes(p.district));
  return hinted.length > 0 ? hinted : points;
}

function unplaced(district: string | null, reason: LocationReason): GeocodeResult {
  return { location: { precision: district !== null ? 'district' : 'none', reason, lat: null, lon: null, matched: null }, district };
}

function round6(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
