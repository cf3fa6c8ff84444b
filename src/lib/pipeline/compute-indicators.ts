import type { IndicatorRow, RowLevel } from '../contract.ts';
import type { IndicatorDefinition } from './indicator-definitions.ts';
import { MeasurementIndex, type Measurement } from './measurement.ts';

/** Rates are rounded to this many decimals in indicators.csv (counts are integers). */
export const RATE_DECIMALS = 4;

export function roundRate(value: number): number {
  const f = 10 ** RATE_DECIMALS;
  return Math.round(value * f) / f;
}

/**
 * Turns the counts of one level into indicator rows: counts as they are (internal counts, whose
 * id starts with "_", are dropped) and every rate recomputed from the counts of the same unit.
 * A rate whose numerator or denominator is missing, or whose denominator is 0, has no row.
 */
export function computeIndicators(
  level: RowLevel,
  counts: readonly Measurement[],
  definitions: readonly IndicatorDefinition[],
  /** told which denominator date a 'same_or_earlier' rate used */
  recordDenominator?: (indicator: string, refDate: string, denominatorDate: string) => void,
): IndicatorRow[] {
  const byId = new Map(definitions.map((d) => [d.id, d]));
  const lookup = new MeasurementIndex();
  for (const m of counts) lookup.set(m);
  const rows: IndicatorRow[] = [];
  for (const m of counts) {
    const def = byId.get(m.indicator);
    if (!def) continue;
    const given = def.kind === 'rate' && !def.formula && def.districtsOnly === true && level === 'districts';
    if (def.kind !== 'count' && !given) continue;
    // Sums of decimal counts (hectares) are rounded like rates; whole counts are unchanged.
    rows.push({ level, code: m.code, indicator: m.indicator, ref_date: m.ref_date, value: Number.isInteger(m.value) ? m.value : roundRate(m.value), unit: def.unit, source_id: m.source_id });
  }
  const earlierDate = earlierDateLookup(counts);
  // Counts by indicator, in their order: each formula visits its own, not every count.
  const countsOf = new Map<string, Measurement[]>();
  for (const m of counts) {
    const list = countsOf.get(m.indicator);
    if (list === undefined) countsOf.set(m.indicator, [m]);
    else list.push(m);
  }
  for (const def of definitions) {
    const f = def.formula;
    if (!f) continue;
    if (f.type === 'ratio') {
      for (const num of countsOf.get(f.numerator) ?? []) {
        const denDate =
          f.denominatorDate === 'same' ? num.ref_date : f.denominatorDate === 'same_or_earlier' ? earlierDate(f.denominator, num.code, num.ref_date) : f.denominatorDate;
        let den = denDate === undefined ? undefined : lookup.get(f.denominator, num.code, denDate);
        let recorded = f.denominatorDate === 'same_or_earlier';
        if (!den && f.fallbackDenominator) {
          const fallbackDate = earlierDate(f.fallbackDenominator, num.code, num.ref_date);
          den = fallbackDate === undefined ? undefined : lookup.get(f.fallbackDenominator, num.code, fallbackDate);
          recorded = true;
        }
        if (!den || den.value === 0) continue;
        if (recorded) recordDenominator?.(def.id, num.ref_date, den.ref_date);
        rows.push({ level, code: num.code, indicator: def.id, ref_date: num.ref_date, value: roundRate((num.value / den.value) * f.factor), unit: def.unit, source_id: num.source_id });
      }
    } else {
      for (const end of countsOf.get(f.of) ?? []) {
        if (end.ref_date !== f.to) continue;
        const start = lookup.get(f.of, end.code, f.from);
        if (!start || start.value === 0) continue;
        rows.push({ level, code: end.code, indicator: def.id, ref_date: f.to, value: roundRate(((end.value - start.value) / start.value) * 100), unit: def.unit, source_id: end.source_id });
      }
    }
  }
  return rows;
}

/**
 * The nearest date on or before `date` at which `indicator` has a count for `code` ('same_or_earlier'
 * denominators). The dates are indexed on the first call.
 */
export function earlierDateLookup(counts: readonly Measurement[]): (indicator: string, code: string, date: string) => string | undefined {
  // Dates of each (indicator, unit), ascending.
  let datesOf: Map<string, string[]> | undefined;
  return (indicator, code, date) => {
    if (!datesOf) {
      datesOf = new Map();
      for (const m of counts) {
        const k = `${m.indicator}|${m.code}`;
        const list = datesOf.get(k) ?? [];
        list.push(m.ref_date);
        datesOf.set(k, list);
      }
      for (const list of datesOf.values()) list.sort();
    }
    let best: string | undefined;
    for (const d of datesOf.get(`${indicator}|${code}`) ?? []) if (d <= date) best = d;
    return best;
  };
}
