import type { ServiceCategory, ServiceRecord } from '../contract.ts';
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
  if (tag.startsWith('authority_') || tag === 'district_office' || tag === 'integration_coordinator') return 'authority';
  if (tag === 'community_centre') return 'community';
  return null;
}

const CATEGORY_ORDER: ServiceCategory[] = ['integration_centre', 'counselling', 'czech_course', 'authority', 'community'];

/**
 * Reads the curated service directory. District names map to codes through mc_codes.csv; an
 * unknown name is an error. No service has coordinates, so lat/lon stay null (never invented).
 */
export function readServices(text: string, file: string, registry: DistrictRegistry): ServiceRecord[] {
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
    const optional = (f: string) => (v[f].trim() === '' ? null : v[f].trim());
    return {
      id,
      name: assertPlainText(readText(table, row, 'name'), file, row.line, 'name'),
      organisation: assertPlainText(v.organisation.trim(), file, row.line, 'organisation'),
      categories,
      types,
      services: v.services.trim(),
      address: optional('address'),
      district_code,
      languages: v.languages.split(';').map((l) => l.trim()).filter(Boolean),
      contact: optional('contact'),
      opening_hours: optional('opening_hours'),
      status: v.status.trim(),
      historical: /historical|verify/i.test(v.status),
      as_of: asOf,
      source_url: readText(table, row, 'source_url'),
      source_url_2: v.source_url_2?.trim() || null,
      lat: null,
      lon: null,
      // until geocoded (src/lib/geocode/), a service is placed no more precisely than its district
      location: { precision: district_code ? 'district' : 'none', reason: v.address.trim() ? 'outside_coverage' : 'no_address', lat: null, lon: null, matched: null },
    };
  });
}
