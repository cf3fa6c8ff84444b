import type { IndicatorRow } from '../contract.ts';
import { InputError } from './input-error.ts';
import { parseCsv } from './parse-csv.ts';
import { readDate, readDecimal, readPercent, readText, requireColumns } from './csv-fields.ts';
import { knownDistrictCode, type DistrictRegistry } from './read-district-codes.ts';
import type { DateRange } from './read-table.ts';

/**
 * Reads the figures quoted for 1 Jan 2020 in a news article as their own indicators: they are
 * never aggregated and never mixed with ČSÚ-based shares (their denominator is Czech citizens).
 */
export function readQuotedForeigners2020(text: string, file: string, sourceId: string, registry: DistrictRegistry, dates: DateRange): IndicatorRow[] {
  const table = parseCsv(text, file);
  requireColumns(table, ['ref_date', 'kod_mc', 'metric', 'value', 'qualifier']);
  const seen = new Set<string>();
  const out: IndicatorRow[] = [];
  for (const row of table.rows) {
    const ref_date = readDate(table, row, 'ref_date', dates);
    const code = knownDistrictCode(registry, readText(table, row, 'kod_mc'), file, row.line, 'kod_mc');
    const metric = readText(table, row, 'metric');
    const qualifier = readText(table, row, 'qualifier');
    let indicator: string;
    let value: number | null;
    let unit: IndicatorRow['unit'];
    if (metric === 'share_foreigners_pct' && qualifier === 'exact') {
      [indicator, value, unit] = ['foreigners_quoted_2020_share_pct', readPercent(table, row, 'value'), 'percent'];
    } else if (metric === 'foreigners_total' && (qualifier === 'exact' || qualifier === 'more_than')) {
      indicator = qualifier === 'exact' ? 'foreigners_quoted_2020_count' : 'foreigners_quoted_2020_count_lower_bound';
      value = readDecimal(table, row, 'value');
      unit = 'persons';
      if (value !== null && (value < 0 || !Number.isInteger(value))) throw new InputError(file, row.line, 'value', `${value} is not a non-negative whole number`);
    } else if (metric === 'share_foreigners_gt_20pct' && qualifier === 'listed') {
      [indicator, value, unit] = ['foreigners_quoted_2020_over_20pct_listed', 1, 'flag'];
    } else {
      throw new InputError(file, row.line, 'metric', `unknown metric/qualifier "${metric}"/"${qualifier}"`);
    }
    const key = `${indicator}|${code}`;
    if (seen.has(key)) throw new InputError(file, row.line, 'kod_mc', `duplicate ${indicator} for district ${code}`);
    seen.add(key);
    if (value !== null) out.push({ level: 'districts', code, indicator, ref_date, value, unit, source_id: sourceId });
  }
  return out;
}
