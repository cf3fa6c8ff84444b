import type { IndicatorRow } from '../contract.ts';
import { InputError } from './input-error.ts';
import { parseCsv } from './parse-csv.ts';
import { readCount, readDate, readText, requireColumns } from './csv-fields.ts';
import type { DateRange } from './read-table.ts';

/**
 * Cross-checks the city's population_total (the sum of the 57 districts) against the official
 * city totals wherever both exist for the same date (ČSÚ 2017–2019). A mismatch means a district
 * row is wrong or missing, so the build stops, naming the totals row.
 */
export function checkCityTotals(text: string, file: string, rows: readonly IndicatorRow[], dates: DateRange): number {
  const table = parseCsv(text, file);
  requireColumns(table, ['ref_date', 'measure', 'value']);
  let checked = 0;
  for (const row of table.rows) {
    if (readText(table, row, 'measure') !== 'population_total') continue;
    const ref_date = readDate(table, row, 'ref_date', dates);
    const official = readCount(table, row, 'value');
    const summed = rows.find((r) => r.level === 'city' && r.indicator === 'population_total' && r.ref_date === ref_date);
    if (official === null || !summed) continue;
    if (summed.value !== official) {
      throw new InputError(file, row.line, 'value', `city population ${official} at ${ref_date} differs from the sum of the districts (${summed.value})`);
    }
    checked++;
  }
  return checked;
}
