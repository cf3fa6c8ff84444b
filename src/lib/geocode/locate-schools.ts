import type { Feature, Point } from 'geojson';
import type { LocationPrecision, SchoolProperties } from '../contract.ts';
import { InputError } from '../pipeline/input-error.ts';
import { parseCsv } from '../pipeline/parse-csv.ts';
import { readCount, readDecimal, readText, requireColumns } from '../pipeline/csv-fields.ts';
import { assertPlainText } from '../pipeline/plain-text.ts';
import type { Bbox } from '../pipeline/detect-crs.ts';
import type { DistrictRegistry } from '../pipeline/read-district-codes.ts';
import type { AddressIndex } from './address-index.ts';
import { geocodeAddress } from './geocode-address.ts';
import { buildingKey } from './split-address.ts';

export type SchoolFeature = Feature<Point, SchoolProperties>;
export type PrecisionCounts = Record<LocationPrecision, number>;

export const emptyCounts = (): PrecisionCounts => ({ address: 0, street: 0, district: 0, none: 0 });

/**
 * The named primary schools of the catchment ordinance, on their own RÚIAN address points
 * (precision `address`). District = the district the point lies in.
 */
export function readNamedSchools(text: string, file: string, bounds: Readonly<Bbox>, districtAt: (lon: number, lat: number) => string | null): SchoolFeature[] {
  const table = parseCsv(text, file);
  requireColumns(table, ['name', 'ruian_adm_code', 'address', 'lat', 'lon']);
  const seen = new Set<string>();
  const features: SchoolFeature[] = [];
  for (const row of table.rows) {
    // 3 of 138 rows lack the code: the printed address then identifies the school
    const code = row.values.ruian_adm_code.trim() || readText(table, row, 'address');
    if (!/^\d+$/.test(code) && code !== row.values.address.trim()) throw new InputError(file, row.line, 'ruian_adm_code', `"${code}" is not an address point code`);
    // the ordinance lists a school once per catchment ("!pro 2. stupeň také část …"): one point each
    if (seen.has(code)) continue;
    seen.add(code);
    const lat = readDecimal(table, row, 'lat');
    const lon = readDecimal(table, row, 'lon');
    const b = bounds;
    if (lat === null || lon === null || lon < b.minX || lon > b.maxX || lat < b.minY || lat > b.maxY) {
      throw new InputError(file, row.line, 'lat', `position ${lat}, ${lon} is missing or outside the city (WGS 84 expected)`);
    }
    const position: [number, number] = [round6(lon), round6(lat)];
    features.push(point(position, {
      id: `named:${code}`,
      origin: 'named_primary',
      name: assertPlainText(readText(table, row, 'name'), file, row.line, 'name'),
      type_code: null,
      category: 'school',
      izo: null,
      capacity: null,
      address: readText(table, row, 'address'),
      district_code: districtAt(position[0], position[1]),
      precision: 'address',
      omj_support: false,
      source_id: 'primary_schools_named',
    }));
  }
  return features;
}

/**
 * MŠMT register facilities that are schools (`is_school` = 1), geocoded by street + č.p. (+ č.o.).
 * The postal district ("Praha 4") is not the městská část, so it and the cadastral area are only
 * hints between same-named streets (a cadastral area's district is `<localName>-<area>`, "Praha-Kunratice"). A basic school (B00) on a named school's address point is
 * merged into it (one school, one point: the name from the ordinance, IZO, type and capacity from
 * the register). Returns the located facilities that were not merged and the counts per precision.
 */
export function locateRegisterSchools(
  text: string,
  file: string,
  index: AddressIndex,
  registry: DistrictRegistry,
  named: readonly SchoolFeature[],
  localName: string,
): { features: SchoolFeature[]; merged: SchoolFeature[]; counts: PrecisionCounts; labels: Map<string, string> } {
  const table = parseCsv(text, file);
  requireColumns(table, ['facility_izo', 'type_code', 'type_name_cs', 'display_label', 'category', 'is_school', 'street', 'house_number_cp', 'orientation_number_co', 'address', 'cadastral_area', 'postal_district_raw', 'capacity']);
  const copies = named.map((f) => ({ ...f, properties: { ...f.properties } }));
  const namedAt = new Map(copies.map((f) => [buildingKey(f.properties.address), f]));
  const counts = emptyCounts();
  const features: SchoolFeature[] = [];
  const labels = new Map<string, string>();
  const seen = new Set<string>();
  for (const row of table.rows) {
    const v = row.values;
    if (v.is_school.trim() !== '1') continue;
    const izo = readText(table, row, 'facility_izo');
    if (!/^\d{9}$/.test(izo)) throw new InputError(file, row.line, 'facility_izo', `"${izo}" is not a 9-digit IZO`);
    // one facility can be listed at several addresses: the first located one stands for it
    const cp = v.house_number_cp.trim();
    const co = v.orientation_number_co.trim();
    const hints = [registry.byName.get(v.postal_district_raw.trim()), registry.byName.get(`${localName}-${v.cadastral_area.trim()}`)].filter((d) => d !== undefined).map((d) => d.code);
    const { location, district } = geocodeAddress(index, { street: v.street.trim() || null, number: cp && co ? `${cp}/${co}` : cp || co || null, district: null, hints });
    counts[location.precision]++;
    if (location.lat === null || location.lon === null || seen.has(izo)) continue;
    seen.add(izo);
    const typeCode = readText(table, row, 'type_code');
    // the register writes -1 where no capacity is recorded: missing, not a number
    const capacity = v.capacity.trim() === '-1' ? null : readCount(table, row, 'capacity');
    labels.set(`izo:${izo}`, assertPlainText(v.display_label.trim() || v.type_name_cs.trim(), file, row.line, 'display_label'));
    const target = typeCode === 'B00' && location.precision === 'address' ? namedAt.get(buildingKey(location.matched)) : undefined;
    if (target && target.properties.izo === null) {
      Object.assign(target.properties, { izo, type_code: typeCode, capacity, category: v.category.trim() });
      continue;
    }
    features.push(point([location.lon, location.lat], {
      id: `izo:${izo}`,
      origin: 'register',
      name: null,
      type_code: typeCode,
      category: readText(table, row, 'category'),
      izo,
      capacity,
      address: v.address.trim() || null,
      district_code: district,
      precision: location.precision,
      omj_support: false,
      source_id: 'msmt_register',
    }));
  }
  return { features, merged: copies, counts, labels };
}

/**
 * The unnamed 2019 points, kept only in districts where no named or register school was located
 * (they are low-quality third-party geocodes: `street` precision, never `address`).
 */
export function fallbackSchools2019(
  points: readonly Feature<Point, { id: string }>[],
  located: readonly SchoolFeature[],
  districtAt: (lon: number, lat: number) => string | null,
): SchoolFeature[] {
  const withSchools = new Set(located.map((f) => f.properties.district_code));
  const kept: SchoolFeature[] = [];
  for (const p of points) {
    const [lon, lat] = p.geometry.coordinates;
    const district = districtAt(lon, lat);
    if (district === null || withSchools.has(district)) continue;
    kept.push(point([lon, lat], {
      id: p.properties.id,
      origin: 'unnamed_2019',
      name: null,
      type_code: null,
      category: 'school',
      izo: null,
      capacity: null,
      address: null,
      district_code: district,
      precision: 'street',
      omj_support: false,
      source_id: 'schools_2019',
    }));
  }
  return kept;
}

function point(coordinates: [number, number], properties: SchoolProperties): SchoolFeature {
  return { type: 'Feature', properties, geometry: { type: 'Point', coordinates } };
}

function round6(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
