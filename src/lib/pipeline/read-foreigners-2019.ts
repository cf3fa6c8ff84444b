import { InputError } from './input-error.ts';
import { parseCsv } from './parse-csv.ts';
import { readCount, readDate, readText, requireColumns } from './csv-fields.ts';
import { knownDistrictCode, type DistrictRegistry } from './read-district-codes.ts';
import type { Measurement } from './measurement.ts';
import type { DateRange } from './read-population.ts';

/** Internal count: the file's own population column, the denominator of foreigners_share. */
export const FOREIGNERS_2019_DENOMINATOR = '_population_ipr_katalog_2019';

/**
 * Reads the IPR catalogue table (end of 2019): foreigners_total plus the same file's population,
 * dated by `population_ref_date` (the foreigners column itself is undated, see SOURCES.md).
 */
export function readForeigners2019(text: string, file: string, sourceId: string, registry: DistrictRegistry, dates: DateRange): Measurement[] {
  const table = parseCsv(text, file);
  requireColumns(table, ['kod_mc', 'population_total', 'foreigners_total', 'population_ref_date']);
  const seen = new Set<string>();
  const out: Measurement[] = [];
  for (const row of table.rows) {
    const code = knownDistrictCode(registry, readText(table, row, 'kod_mc'), file, row.line, 'kod_mc');
    if (seen.has(code)) throw new InputError(file, row.line, 'kod_mc', `duplicate district code ${code}`);
    seen.add(code);
    const ref_date = readDate(table, row, 'population_ref_date', dates);
    const population = readCount(table, row, 'population_total');
    const foreigners = readCount(table, row, 'foreigners_total');
    if (population !== null && foreigners !== null && foreigners > population) {
      throw new InputError(file, row.line, 'foreigners_total', `${foreigners} foreigners exceed the population ${population} (share over 100 %)`);
    }
    if (foreigners !== null) out.push({ indicator: 'foreigners_total', code, ref_date, value: foreigners, source_id: sourceId });
    if (population !== null) out.push({ indicator: FOREIGNERS_2019_DENOMINATOR, code, ref_date, value: population, source_id: sourceId });
  }
  return out;
}
