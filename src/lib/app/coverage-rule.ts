// Which indicators may be drawn as a choropleth on a level. A map of 6 coloured districts among
// 57 grey ones reads as a one-class map and invites comparisons the data cannot support.
import type { ManifestIndicator } from '../contract.ts';

/** An indicator (at one date) is mapped only when at least this share of the level's units has a value. */
export const CHOROPLETH_MIN_COVERAGE = 0.5;

/** True when `unitsWithData` of `totalUnits` is enough for a choropleth (at least half). */
export function meetsCoverage(unitsWithData: number, totalUnits: number): boolean {
  return totalUnits > 0 && unitsWithData >= CHOROPLETH_MIN_COVERAGE * totalUnits;
}

/**
 * How an indicator is shown on a level:
 * - `table_only`: quoted figures (text with their source) or coverage below half at every date;
 * - `symbols`: counts (persons, facilities) — proportional symbols, never a choropleth, because
 *   a raw count colours large districts dark whatever the rate;
 * - `choropleth`: rates and shares with enough coverage.
 */
export type IndicatorDisplay = 'choropleth' | 'symbols' | 'table_only';

export function indicatorDisplay(indicator: Pick<ManifestIndicator, 'kind' | 'unit'>, mappableDates: number): IndicatorDisplay {
  if (indicator.kind === 'quoted' || indicator.unit === 'flag' || mappableDates === 0) return 'table_only';
  return indicator.kind === 'count' ? 'symbols' : 'choropleth';
}
