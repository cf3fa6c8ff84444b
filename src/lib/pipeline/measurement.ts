/** One count for one unit at one date, before formatting; the currency between pipeline steps. */
export interface Measurement {
  indicator: string;
  code: string;
  ref_date: string;
  value: number;
  source_id: string;
}

/** Rejects a second value for the same district, indicator and date (duplicate rows in a source). */
export function keyOf(m: Pick<Measurement, 'indicator' | 'code' | 'ref_date'>): string {
  return `${m.indicator}|${m.code}|${m.ref_date}`;
}
