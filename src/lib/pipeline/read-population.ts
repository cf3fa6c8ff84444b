import { InputError } from './input-error.ts';
import { parseCsv } from './parse-csv.ts';
import { readCount, readDate, readText, requireColumns } from './csv-fields.ts';
import { knownDistrictCode, type DistrictRegistry } from './read-district-codes.ts';
import { keyOf, type Measurement } from './measurement.ts';

export interface DateRange {
  min: string;
  max: string;
}

/**
 * Reads a population table (`ref_date`, `kod_mc`, `population_total`): ČSÚ 2011–2019 or the IPR
 * 2023 transcription. Each district and date once; an empty cell is simply absent.
 */
export function readPopulation(text: string, file: string, sourceId: string, registry: DistrictRegistry, dates: DateRange): Measurement[] {
  const table = parseCsv(text, file);
  requireColumns(table, ['ref_date', 'kod_mc', 'population_total']);
  const seen = new Set<string>();
  const out: Measurement[] = [];
  for (const row of table.rows) {
    const ref_date = readDate(table, row, 'ref_date', dates);
    const code = knownDistrictCode(registry, readText(table, row, 'kod_mc'), file, row.line, 'kod_mc');
    const value = readCount(table, row, 'population_total');
    const m = { indicator: 'population_total', code, ref_date, value: value ?? 0, source_id: sourceId };
    if (seen.has(keyOf(m))) throw new InputError(file, row.line, 'kod_mc', `duplicate row for district ${code} at ${ref_date}`);
    seen.add(keyOf(m));
    if (value !== null) out.push(m);
  }
  return out;
}
