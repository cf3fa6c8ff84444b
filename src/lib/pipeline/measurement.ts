/** One count for one unit at one date, before formatting; the currency between pipeline steps. */
export interface Measurement {
  indicator: string;
  code: string;
  ref_date: string;
  value: number;
  source_id: string;
}

/**
 * Measurements by indicator, unit and date, in nested maps: a joined key string per measurement
 * (a million at 10,000 units) cost more than the look-ups themselves.
 */
export class MeasurementIndex {
  private readonly byIndicator = new Map<string, Map<string, Map<string, Measurement>>>();

  /** Adds `m` unless a measurement with its key is there; returns that one, else undefined. */
  addNew(m: Measurement): Measurement | undefined {
    const byDate = this.datesOf(m.indicator, m.code);
    const prior = byDate.get(m.ref_date);
    if (prior === undefined) byDate.set(m.ref_date, m);
    return prior;
  }

  /** Adds `m`, replacing a measurement with its key. */
  set(m: Measurement): void {
    this.datesOf(m.indicator, m.code).set(m.ref_date, m);
  }

  get(indicator: string, code: string, refDate: string): Measurement | undefined {
    return this.byIndicator.get(indicator)?.get(code)?.get(refDate);
  }

  private datesOf(indicator: string, code: string): Map<string, Measurement> {
    let byCode = this.byIndicator.get(indicator);
    if (byCode === undefined) this.byIndicator.set(indicator, (byCode = new Map()));
    let byDate = byCode.get(code);
    if (byDate === undefined) byCode.set(code, (byDate = new Map()));
    return byDate;
  }
}
