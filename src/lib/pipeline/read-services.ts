import type { ServiceCategory, ServiceRecord } from '../contract.ts';
import type { AddressQuery, GeocodeResult } from '../geocode/geocode-address.ts';
import { InputError } from './input-error.ts';
import { parseCsv } from './parse-csv.ts';
import { readText, requireColumns } from './csv-fields.ts';
import { assertPlainText } from './plain-text.ts';
import type { DistrictRegistry } from './read-district-codes.ts';

/** UI category of a source type tag; tags without a category (ngo, hotline…) stay in `types`. */
export function categoryOf(tag: string): ServiceCategory | null {
  if (tag.startsWith('integration_centre')) return 'integration_centre';
  if (tag.startsWith('counselling_')) return 'counselling';
  if (tag === 'czech_course') return 'czech_course';
  if (tag.startsWith('interpreting')) return 'interpreting';
  if (tag.startsWith('authority_') || tag === 'district_office' || tag === 'integration_coordinator') return 'authority';
  if (tag === 'community_centre' || tag.startsWith('community_hub')) return 'community';
  return null;
}

const CATEGORY_ORDER: ServiceCategory[] = ['integration_centre', 'counselling', 'czech_course', 'interpreting', 'authority', 'community'];

/**
 * Languages as ISO 639-1/2 codes: a remark after the codes ("bg (by weekday)") is dropped, anything
 * else that is not a code is an error rather than a language the app could not name.
 */
function readLanguages(raw: string, file: string, line: number): string[] {
  return raw
    .split(';')
    .map((l) => l.replace(/\(.*\)/, '').trim().toLowerCase())
    .filter(Boolean)
    .map((code) => {
      if (!/^[a-z]{2,3}$/.test(code)) throw new InputError(file, line, 'languages', `"${code}" is not an ISO 639 language code`);
      return code;
    });
}

/**
 * Not to be shown as current (SOURCES.md lists six such rows): the status says historical, closed
 * or (un)verified, or only dates the entry ("as of 2014") without confirming it is current.
 */
export function isHistorical(status: string): boolean {
  return /historical|closed|verif/i.test(status) || (/^as of \d{4}/i.test(status.trim()) && !/current/i.test(status));
}

/** Until an address-point file is present, a service is placed no more precisely than its district. */
const unlocated = (q: AddressQuery): GeocodeResult => ({
  location: { precision: q.district ? 'district' : 'none', reason: q.street && q.number ? 'outside_coverage' : 'no_address', lat: null, lon: null, matched: null },
  district: q.district,
});

/**
 * Reads the curated service directory. District names map to codes through mc_codes.csv; an
 * unknown name is an error. No service has coordinates in the source: `locate` (the offline
 * geocoder) places it from its street, house number and městská část (`city_district_mc`, not the
 * postal district, which differs at Cigánkova and Bratří Venclíků); lat/lon are set only for
 * `address` and `street` precision.
 */
export function readServices(text: string, file: string, registry: DistrictRegistry, locate: (q: AddressQuery) => GeocodeResult = unlocated): ServiceRecord[] {
  const table = parseCsv(text, file);
  const required = ['id', 'name', 'organisation', 'type', 'services', 'address', 'city_district_mc', 'lat', 'lon', 'languages', 'contact', 'opening_hours', 'status', 'as_of', 'source_url'];
  requireColumns(table, required);
  const ids = new Set<string>();
  return table.rows.map((row): ServiceRecord => {
    const v = row.values;
    const id = readText(table, row, 'id');
    if (ids.has(id)) throw new InputError(file, row.line, 'id', `duplicate id ${id}`);
    ids.add(id);
    const districtName = v.city_district_mc.trim();
    let district_code: string | null = null;
    if (districtName !== '') {
      const d = registry.byName.get(districtName);
      if (!d) throw new InputError(file, row.line, 'city_district_mc', `unknown district name "${districtName}" (not in ${registry.file})`);
      district_code = d.code;
    }
    if (v.lat.trim() !== '' || v.lon.trim() !== '') throw new InputError(file, row.line, 'lat', 'services are expected without coordinates until geocoding exists; remove or document the source');
    const types = v.type.split(';').map((t) => t.trim()).filter(Boolean);
    const categories = CATEGORY_ORDER.filter((c) => types.some((t) => categoryOf(t) === c));
    // as_of is free text in the source ("2024-02", "undated (page seen 2024–2025)"): kept as written.
    const asOf = assertPlainText(readText(table, row, 'as_of'), file, row.line, 'as_of');
    const optional = (f: string) => (v[f] === undefined || v[f].trim() === '' ? null : v[f].trim());
    const { location } = locate({ street: optional('street'), number: optional('house_number'), district: district_code });
    return {
      id,
      name: assertPlainText(readText(table, row, 'name'), file, row.line, 'name'),
      organisation: assertPlainText(v.organisation.trim(), file, row.line, 'organisation'),
      categories,
      types,
      services: v.services.trim(),
      address: optional('address'),
      district_code,
      languages: readLanguages(v.languages, file, row.line),
      contact: optional('contact'),
      opening_hours: optional('opening_hours'),
      status: v.status.trim(),
      historical: isHistorical(v.status),
      as_of: asOf,
      source_url: readText(table, row, 'source_url'),
      source_url_2: v.source_url_2?.trim() || null,
      lat: location.lat,
      lon: location.lon,
      location,
    };
  });
}
