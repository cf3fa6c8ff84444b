import type { IndicatorRow, RowLevel, Unit } from '../contract.ts';

/**
 * indicators.json: the rows of indicators.csv, columnar for the app. Every value array is in the
 * order of `codes[level]`, so a unit code is written once per level instead of once per row; a
 * source id shared by all units of a date is written once. About a tenth of the CSV's bytes
 * (a third gzipped) and parsed by JSON.parse. indicators.csv stays the public long format.
 */
export interface CompactIndicators {
  format: 'indicators-columnar/1';
  codes: Partial<Record<RowLevel, string[]>>;
  series: Partial<Record<RowLevel, Record<string, CompactSeries>>>;
}

export interface CompactSeries {
  unit: Unit;
  /** ref_date → values in code order (null = no row) and the source id (one for all, or per unit) */
  dates: Record<string, { values: (number | null)[]; source: string | (string | null)[] }>;
}

/** Rows → columnar form. Never mutates its input. */
export function compactIndicators(rows: readonly IndicatorRow[]): CompactIndicators {
  const codeSets = new Map<RowLevel, Set<string>>();
  for (const r of rows) {
    let s = codeSets.get(r.level);
    if (!s) codeSets.set(r.level, (s = new Set()));
    s.add(r.code);
  }
  const codes: CompactIndicators['codes'] = {};
  const position = new Map<RowLevel, Map<string, number>>();
  for (const [level, set] of codeSets) {
    const list = [...set].sort();
    codes[level] = list;
    position.set(level, new Map(list.map((c, i) => [c, i])));
  }
  const series: CompactIndicators['series'] = {};
  const sources = new Map<string, (string | null)[]>();
  for (const r of rows) {
    const byIndicator = (series[r.level] ??= {});
    const s = (byIndicator[r.indicator] ??= { unit: r.unit, dates: {} });
    const n = codes[r.level]!.length;
    const d = (s.dates[r.ref_date] ??= { values: new Array<number | null>(n).fill(null), source: '' });
    const i = position.get(r.level)!.get(r.code)!;
    d.values[i] = r.value;
    const key = `${r.level}|${r.indicator}|${r.ref_date}`;
    let src = sources.get(key);
    if (!src) sources.set(key, (src = new Array<string | null>(n).fill(null)));
    src[i] = r.source_id;
  }
  for (const [key, src] of sources) {
    const [level, indicator, date] = key.split('|') as [RowLevel, string, string];
    const present = new Set(src.filter((x, i) => x !== null || series[level]![indicator].dates[date].values[i] !== null));
    series[level]![indicator].dates[date].source = present.size === 1 ? [...present][0]! : src;
  }
  return { format: 'indicators-columnar/1', codes, series };
}

/** Columnar form → rows (the same rows as parsing indicators.csv, grouped by level, indicator and date). */
export function expandIndicators(compact: CompactIndicators): IndicatorRow[] {
  const rows: IndicatorRow[] = [];
  for (const [level, byIndicator] of Object.entries(compact.series) as [RowLevel, Record<string, CompactSeries>][]) {
    const codes = compact.codes[level] ?? [];
    for (const [indicator, s] of Object.entries(byIndicator)) {
      for (const [ref_date, d] of Object.entries(s.dates)) {
        d.values.forEach((value, i) => {
          if (value === null) return;
          const source_id = typeof d.source === 'string' ? d.source : (d.source[i] ?? '');
          rows.push({ level, code: codes[i], indicator, ref_date, value, unit: s.unit, source_id });
        });
      }
    }
  }
  return rows;
}
