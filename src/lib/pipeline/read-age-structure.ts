import { InputError } from './input-error.ts';
import { streamCsv } from './parse-csv.ts';
import { readCount, readDate, readText, requireColumns } from './csv-fields.ts';
import { knownDistrictCode, type DistrictRegistry } from './read-district-codes.ts';
import type { Measurement } from './measurement.ts';
import type { DateRange } from './read-population.ts';

/** ČSÚ five-year groups folded into the three broad groups used for shares. */
const BROAD_GROUP: Record<string, string> = {
  '0-4': 'population_age_0_14', '5-9': 'population_age_0_14', '10-14': 'population_age_0_14',
  '15-19': 'population_age_15_64', '20-24': 'population_age_15_64', '25-29': 'population_age_15_64',
  '30-34': 'population_age_15_64', '35-39': 'population_age_15_64', '40-44': 'population_age_15_64',
  '45-49': 'population_age_15_64', '50-54': 'population_age_15_64', '55-59': 'population_age_15_64',
  '60-64': 'population_age_15_64',
  '65-69': 'population_age_65_plus', '70-74': 'population_age_65_plus', '75-79': 'population_age_65_plus',
  '80-84': 'population_age_65_plus', '85+': 'population_age_65_plus',
};
const GROUP_COUNT: Record<string, number> = { population_age_0_14: 3, population_age_15_64: 10, population_age_65_plus: 5 };

/**
 * Reads the ČSÚ age × sex table (sex = total rows only) and sums five-year groups into
 * 0–14, 15–64 and 65+. A broad group is emitted only when all its five-year groups are present.
 */
export function readAgeStructure(text: string, file: string, sourceId: string, registry: DistrictRegistry, dates: DateRange): Measurement[] {
  const columns = ['ref_date', 'kod_mc', 'sex', 'age_group', 'count'];
  const table = streamCsv(text, file, columns);
  requireColumns(table, columns);
  const sums = new Map<string, { m: Measurement; parts: Set<string> }>();
  for (const row of table.rows) {
    const sex = readText(table, row, 'sex');
    if (!['total', 'male', 'female'].includes(sex)) throw new InputError(file, row.line, 'sex', `unknown sex "${sex}"`);
    const ageGroup = readText(table, row, 'age_group');
    const ref_date = readDate(table, row, 'ref_date', dates);
    const code = knownDistrictCode(registry, readText(table, row, 'kod_mc'), file, row.line, 'kod_mc');
    const count = readCount(table, row, 'count');
    if (sex !== 'total' || ageGroup === 'total') continue;
    const indicator = BROAD_GROUP[ageGroup];
    if (!indicator) throw new InputError(file, row.line, 'age_group', `unknown age group "${ageGroup}"`);
    if (count === null) continue;
    const key = `${indicator}|${code}|${ref_date}`;
    const entry = sums.get(key) ?? { m: { indicator, code, ref_date, value: 0, source_id: sourceId }, parts: new Set<string>() };
    if (entry.parts.has(ageGroup)) throw new InputError(file, row.line, 'age_group', `duplicate row for ${code} ${ref_date} ${ageGroup}`);
    entry.parts.add(ageGroup);
    entry.m.value += count;
    sums.set(key, entry);
  }
  return [...sums.values()].filter((e) => e.parts.size === GROUP_COUNT[e.m.indicator]).map((e) => e.m);
}
