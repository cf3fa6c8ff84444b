import { InputError } from './input-error.ts';
import { parseCsv } from './parse-csv.ts';
import { readText, requireColumns } from './csv-fields.ts';
import { assertPlainText } from './plain-text.ts';

export interface DistrictCode {
  code: string;
  name: string;
}

/** The code list every other input is checked against: 6-digit KOD_MC, unique codes and names. */
export interface DistrictRegistry {
  file: string;
  byCode: Map<string, DistrictCode>;
  byName: Map<string, DistrictCode>;
}

export function readDistrictCodes(text: string, file: string): DistrictRegistry {
  const table = parseCsv(text, file);
  requireColumns(table, ['kod_mc', 'district_name']);
  const byCode = new Map<string, DistrictCode>();
  const byName = new Map<string, DistrictCode>();
  for (const row of table.rows) {
    const code = readText(table, row, 'kod_mc');
    if (!/^\d{6}$/.test(code)) throw new InputError(file, row.line, 'kod_mc', `"${code}" is not a 6-digit district code`);
    const name = assertPlainText(readText(table, row, 'district_name'), file, row.line, 'district_name');
    if (byCode.has(code)) throw new InputError(file, row.line, 'kod_mc', `duplicate district code ${code}`);
    if (byName.has(name)) throw new InputError(file, row.line, 'district_name', `duplicate district name "${name}"`);
    const entry = { code, name };
    byCode.set(code, entry);
    byName.set(name, entry);
  }
  if (byCode.size === 0) throw new InputError(file, null, null, 'no districts listed');
  return { file, byCode, byName };
}

/**
 * Checks a code read from another file against the registry. Returns the registry's own string, so
 * the millions of rows of a large city share one string per code instead of holding a copy each.
 */
export function knownDistrictCode(registry: DistrictRegistry, code: string, file: string, row: number, field: string): string {
  const entry = registry.byCode.get(code);
  if (entry === undefined) throw new InputError(file, row, field, `unknown district code "${code}" (not in ${registry.file})`);
  return entry.code;
}
