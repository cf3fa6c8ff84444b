import { InputError } from './input-error.ts';
import { parseCsv } from './parse-csv.ts';
import { readCount, readDate, readText, requireColumns } from './csv-fields.ts';
import { knownDistrictCode, type DistrictRegistry } from './read-district-codes.ts';
import type { Measurement } from './measurement.ts';
import type { DateRange } from './read-population.ts';

/** Census 2021 reference day: `ruian_poc_ob` sums to the Census 2021 population of Prague. */
export const CENSUS_2021_DATE = '2021-03-27';

/**
 * Reads the HUMPO snapshot: ua_temporary_protection at `ref_date` and the delivered
 * `ruian_poc_ob` as population_total at the Census 2021 date (the only population for all 57
 * districts after 2019, hence the denominator of the per-1000 rates).
 */
export function readUaHumpo(text: string, file: string, sourceId: string, registry: DistrictRegistry, dates: DateRange): Measurement[] {
  const table = parseCsv(text, file);
  requireColumns(table, ['ref_date', 'kod_mc', 'ua_temporary_protection', 'ruian_poc_ob']);
  const seen = new Set<string>();
  const out: Measurement[] = [];
  for (const row of table.rows) {
    const ref_date = readDate(table, row, 'ref_date', dates);
    const code = knownDistrictCode(registry, readText(table, row, 'kod_mc'), file, row.line, 'kod_mc');
    if (seen.has(code)) throw new InputError(file, row.line, 'kod_mc', `duplicate district code ${code}`);
    seen.add(code);
    const ua = readCount(table, row, 'ua_temporary_protection');
    const population = readCount(table, row, 'ruian_poc_ob');
    if (ua !== null) out.push({ indicator: 'ua_temporary_protection', code, ref_date, value: ua, source_id: sourceId });
    if (population !== null) out.push({ indicator: 'population_total', code, ref_date: CENSUS_2021_DATE, value: population, source_id: sourceId });
  }
  return out;
}
