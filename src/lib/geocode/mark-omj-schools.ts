import { parseCsv } from '../pipeline/parse-csv.ts';
import { readText, requireColumns } from '../pipeline/csv-fields.ts';
import type { DistrictRegistry } from '../pipeline/read-district-codes.ts';
import type { AddressIndex } from './address-index.ts';
import { geocodeAddress } from './geocode-address.ts';
import { emptyCounts, type PrecisionCounts, type SchoolFeature } from './locate-schools.ts';
import { foldText, normaliseStreet } from './normalise-address.ts';
import { buildingKey, splitAddress } from './split-address.ts';

/**
 * Marks the schools of omj_czech_support_schools_prague.csv (Czech for pupils with another mother
 * tongue). A row names a school by address (geocoded, then the school on that point) or by name
 * only: its distinctive words ("ZŠ Marjánka" → "marjanka") found whole in exactly one school's name,
 * or one school's street named in it within its district ("ZŠ Jižní IV, Praha 4"). Programme rows
 * (`city_district` = all) name no school and are skipped. Returns new features and the counts
 * (precision of the school found; `none` when none is found).
 */
export function markOmjSchools(text: string, file: string, schools: readonly SchoolFeature[], index: AddressIndex, registry: DistrictRegistry): { features: SchoolFeature[]; counts: PrecisionCounts } {
  const table = parseCsv(text, file);
  requireColumns(table, ['id', 'school_or_programme', 'city_district', 'address']);
  const features = schools.map((f) => ({ ...f, properties: { ...f.properties } }));
  const counts = emptyCounts();
  for (const row of table.rows) {
    const districtName = row.values.city_district.trim();
    if (districtName.toLowerCase() === 'all') continue;
    const district = registry.byName.get(districtName)?.code ?? null;
    const name = readText(table, row, 'school_or_programme');
    const parts = splitAddress(row.values.address);
    let found: SchoolFeature | undefined;
    if (parts) {
      const { location } = geocodeAddress(index, { ...parts, district });
      const key = buildingKey(location.matched);
      // the basic school in that building (a kindergarten may share it)
      if (key !== null) found = features.find((f) => buildingKey(f.properties.address) === key && (f.properties.origin === 'named_primary' || f.properties.type_code === 'B00'));
    }
    found ??= byName(features, name, district);
    if (found) {
      found.properties.omj_support = true;
      counts[found.properties.precision]++;
    } else counts[district ? 'district' : 'none']++;
  }
  return { features, counts };
}

const GENERIC = /\b(zs|zakladni|skola|praha|praze|v|\d+)\b/g;

function byName(features: SchoolFeature[], name: string, district: string | null): SchoolFeature | undefined {
  const words = foldText(name).replace(/[^a-z0-9 ]/g, ' ').replace(GENERIC, ' ').replace(/\s+/g, ' ').trim();
  const own = (f: SchoolFeature) => f.properties.name !== null && (district === null || f.properties.district_code === district);
  const unique = (hits: SchoolFeature[]) => (hits.length === 1 ? hits[0] : undefined);
  const folded = (f: SchoolFeature) => ` ${foldText(f.properties.name!).replace(/[^a-z0-9 ]/g, ' ').replace(/\s+/g, ' ')} `;
  const first = words.split(' ')[0];
  const byWords = first ? unique(features.filter((f) => own(f) && folded(f).includes(` ${first} `) && words.split(' ').length === 1)) : undefined;
  if (byWords) return byWords;
  const nameKey = ` ${normaliseStreet(name).replace(/[^a-z0-9 ]/g, ' ').replace(/\s+/g, ' ')} `;
  return unique(features.filter((f) => own(f) && f.properties.address !== null && nameKey.includes(` ${normaliseStreet(f.properties.address.split(/\s\d/)[0])} `)));
}
