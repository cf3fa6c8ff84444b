import { CITY_LEVEL, type IndicatorRow, type Level, type Manifest, type ManifestIndicator } from '../contract.ts';
import type { IndicatorIndex } from './indicator-index.ts';
import { compareWithCity, rankAmong, type Rank } from './rank.ts';

export interface ProfileItem {
  indicator: ManifestIndicator;
  /** the latest row for this unit */
  latest: IndicatorRow;
  /** every row for this unit, by date */
  series: IndicatorRow[];
  /**
   * the rows of the best-represented source only: a trend line must not cross a source break
   * (ČSÚ 31 Dec estimates 2011–2019 vs Census 2021 are not comparable)
   */
  trend: IndicatorRow[];
  rank: Rank | null;
  comparison: ReturnType<typeof compareWithCity>;
  cityValue: number | null;
  /** titles of the inputs the latest value comes from */
  sources: { id: string; title: string; publisher: string }[];
}

/** Everything the profile panel shows about one unit, in manifest order; indicators without data are left out. */
export function profileItems(manifest: Manifest, index: IndicatorIndex, level: Level, code: string): ProfileItem[] {
  const rows = index.unitRows(level, code);
  const inputs = new Map(manifest.inputs.map((i) => [i.id, i]));
  const items: ProfileItem[] = [];
  for (const indicator of manifest.indicators) {
    const series = rows.get(indicator.id);
    if (!series || series.length === 0) continue;
    const latest = series[series.length - 1];
    const peers = index.values(level, indicator.id, latest.ref_date);
    const city = index.values(CITY_LEVEL, indicator.id, latest.ref_date).get(manifest.city.code);
    const sourceIds = latest.source_id ? latest.source_id.split(/[;|]/) : indicator.source_ids;
    items.push({
      indicator,
      latest,
      series,
      trend: longestSourceRun(series),
      rank: indicator.unit === 'flag' ? null : rankAmong(peers, code),
      comparison: indicator.unit === 'flag' ? null : compareWithCity(latest.value, city?.value, indicator.kind),
      cityValue: city?.value ?? null,
      sources: sourceIds.map((id) => ({ id, title: inputs.get(id)?.title ?? id, publisher: inputs.get(id)?.publisher ?? '' })),
    });
  }
  return items;
}

export interface AgeStructure {
  date: string;
  /** shares 0..1 of the three groups, in order 0–14, 15–64, 65+ */
  shares: [number, number, number];
  counts: [number, number, number];
}

const AGE_IDS = ['population_age_0_14', 'population_age_15_64', 'population_age_65_plus'] as const;

/** Age structure at the latest date where all three age groups have a value. */
export function ageStructure(index: IndicatorIndex, level: Level, code: string): AgeStructure | null {
  const rows = index.unitRows(level, code);
  const series = AGE_IDS.map((id) => new Map((rows.get(id) ?? []).map((r) => [r.ref_date, r.value])));
  const dates = [...series[0].keys()].filter((d) => series[1].has(d) && series[2].has(d)).sort();
  const date = dates[dates.length - 1];
  if (!date) return null;
  const counts = series.map((s) => s.get(date)!) as [number, number, number];
  const total = counts[0] + counts[1] + counts[2];
  if (total <= 0) return null;
  return { date, counts, shares: counts.map((c) => c / total) as [number, number, number] };
}

/** Rows of the source with the most dates (ties: the later source). */
export function longestSourceRun(series: readonly IndicatorRow[]): IndicatorRow[] {
  const bySource = new Map<string, IndicatorRow[]>();
  for (const r of series) {
    let list = bySource.get(r.source_id);
    if (!list) bySource.set(r.source_id, (list = []));
    list.push(r);
  }
  let best: IndicatorRow[] = [];
  for (const list of bySource.values()) if (list.length >= best.length) best = list;
  return best;
}
