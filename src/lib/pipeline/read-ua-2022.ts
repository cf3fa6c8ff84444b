import { InputError } from './input-error.ts';
import { streamCsv } from './parse-csv.ts';
import { readCount, readDate, readText, requireColumns } from './csv-fields.ts';
import { knownDistrictCode, type DistrictRegistry } from './read-district-codes.ts';
import type { Measurement } from './measurement.ts';
import type { DateRange } from './read-population.ts';

/**
 * Reads the MV ČR 2022 daily series (cumulative permits by registered address) and keeps, per
 * month, the last date with a preferred file (`preferred_for_date = 1`): month-end values.
 * A month's date is used only when every district has a value on it.
 */
export function readUa2022(text: string, file: string, sourceId: string, registry: DistrictRegistry, dates: DateRange): Measurement[] {
  const columns = ['ref_date', 'kod_mc', 'ua_tp_total', 'preferred_for_date'];
  const table = streamCsv(text, file, columns);
  requireColumns(table, columns);
  const byDate = new Map<string, Map<string, number>>();
  for (const row of table.rows) {
    const preferred = readText(table, row, 'preferred_for_date');
    if (preferred !== '0' && preferred !== '1') throw new InputError(file, row.line, 'preferred_for_date', `"${preferred}" is not 0 or 1`);
    const ref_date = readDate(table, row, 'ref_date', dates);
    const code = knownDistrictCode(registry, readText(table, row, 'kod_mc'), file, row.line, 'kod_mc');
    const value = readCount(table, row, 'ua_tp_total');
    if (preferred === '0') continue;
    const day = byDate.get(ref_date) ?? new Map<string, number>();
    if (day.has(code)) throw new InputError(file, row.line, 'kod_mc', `duplicate preferred row for district ${code} at ${ref_date}`);
    if (value !== null) day.set(code, value);
    byDate.set(ref_date, day);
  }
  const lastOfMonth = new Map<string, string>();
  for (const [date, day] of byDate) {
    if (day.size !== registry.byCode.size) continue;
    const month = date.slice(0, 7);
    if (!lastOfMonth.has(month) || lastOfMonth.get(month)! < date) lastOfMonth.set(month, date);
  }
  const out: Measurement[] = [];
  for (const date of [...lastOfMonth.values()].sort()) {
    for (const [code, value] of byDate.get(date)!) out.push({ indicator: 'ua_tp_permits_2022', code, ref_date: date, value, source_id: sourceId });
  }
  return out;
}
