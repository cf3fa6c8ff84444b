import { InputError } from './input-error.ts';
import { parseCsv } from './parse-csv.ts';
import { readText, requireColumns } from './csv-fields.ts';

export interface SchoolRegisterCount {
  postal_district_raw: string;
  type_code: string;
  category: string;
  is_school: number;
  count: number;
}

/**
 * Counts MŠMT register facilities by postal district (as written in the register: "Praha 1"…
 * "Praha 10" plus a few variants), type code and category. The register has no coordinates and
 * only postal districts, which are not the 57 city districts, so counts stay at that key.
 */
export function countSchoolRegister(text: string, file: string, localName: string): SchoolRegisterCount[] {
  const table = parseCsv(text, file);
  requireColumns(table, ['facility_izo', 'type_code', 'category', 'is_school', 'postal_district_raw']);
  const counts = new Map<string, SchoolRegisterCount>();
  const seen = new Set<string>();
  for (const row of table.rows) {
    const izo = readText(table, row, 'facility_izo');
    if (!/^\d{9}$/.test(izo)) throw new InputError(file, row.line, 'facility_izo', `"${izo}" is not a 9-digit IZO`);
    const postal = readText(table, row, 'postal_district_raw');
    // a postal district begins with the municipality's name as a word ("Praha 4", "Praha"); localName from city.json
    if (!postal.startsWith(localName) || /^\w/.test(postal.slice(localName.length))) throw new InputError(file, row.line, 'postal_district_raw', `"${postal}" is not a postal district of ${localName}`);
    const type_code = readText(table, row, 'type_code');
    if (!/^[A-Z]\d{2}$/.test(type_code)) throw new InputError(file, row.line, 'type_code', `"${type_code}" is not a register type code`);
    const isSchool = readText(table, row, 'is_school');
    if (isSchool !== '0' && isSchool !== '1') throw new InputError(file, row.line, 'is_school', `"${isSchool}" is not 0 or 1`);
    const category = readText(table, row, 'category');
    const rowKey = `${izo}|${row.values.address ?? ''}`;
    if (seen.has(rowKey)) throw new InputError(file, row.line, 'facility_izo', `duplicate facility ${izo}`);
    seen.add(rowKey);
    const key = `${postal}|${type_code}|${category}`;
    const c = counts.get(key) ?? { postal_district_raw: postal, type_code, category, is_school: Number(isSchool), count: 0 };
    c.count++;
    counts.set(key, c);
  }
  return [...counts.values()].sort((a, b) =>
    a.postal_district_raw.localeCompare(b.postal_district_raw, 'en', { numeric: true }) || a.type_code.localeCompare(b.type_code) || a.category.localeCompare(b.category));
}
