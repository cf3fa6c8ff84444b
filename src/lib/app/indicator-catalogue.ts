import type { Level, Manifest, ManifestIndicator } from '../contract.ts';
import { indicatorDisplay, meetsCoverage, type IndicatorDisplay } from './coverage-rule.ts';
import type { IndicatorIndex } from './indicator-index.ts';

/** Indicators the picker offers first, in this order (the headline share first); the rest follow in manifest order. */
export const PREFERRED_ORDER = [
  'foreigners_share',
  'ua_temporary_protection_per_1000',
  'population_change_pct',
  'population_age_0_14_share',
  'population_age_65_plus_share',
  'population_total',
  'ua_temporary_protection',
  'foreigners_total',
];

/** Flags are not mapped as a colour ramp; they appear in the profile only. */
export function isMappable(ind: ManifestIndicator): boolean {
  return ind.unit !== 'flag';
}

export interface CatalogueEntry extends ManifestIndicator {
  /** dates that may be mapped on the current level: at least half of its units have a value */
  levelDates: string[];
  /** every date with any value on the level (for the profile and the table) */
  allLevelDates: string[];
  display: IndicatorDisplay;
  /** units with a value at the best-covered date, of all units of the level */
  coverage: { units: number; total: number };
}

/** Number of units of a level: the most units any indicator has a value for at one date. */
export function levelUnitCount(manifest: Manifest, index: IndicatorIndex, level: Level): number {
  let most = 0;
  for (const ind of manifest.indicators) for (const date of index.dates(level, ind.id)) most = Math.max(most, index.values(level, ind.id, date).size);
  return most;
}

/**
 * Every indicator with data on a level, preferred ones first, with how it may be shown
 * (coverage rule: src/lib/app/coverage-rule.ts). `table_only` entries are in the list for the
 * profile and the table; the map's picker offers `mapCatalogue(...)`.
 */
export function indicatorEntries(manifest: Manifest, index: IndicatorIndex, level: Level, totalUnits = levelUnitCount(manifest, index, level)): CatalogueEntry[] {
  const entries = manifest.indicators
    .filter(isMappable)
    .map((ind) => {
      const allLevelDates = index.dates(level, ind.id);
      const counts = allLevelDates.map((d) => index.values(level, ind.id, d).size);
      const levelDates = allLevelDates.filter((_, i) => meetsCoverage(counts[i], totalUnits));
      return { ...ind, levelDates, allLevelDates, display: indicatorDisplay(ind, levelDates.length), coverage: { units: Math.max(0, ...counts), total: totalUnits } };
    })
    .filter((e) => e.allLevelDates.length > 0);
  const rank = (id: string) => {
    const i = PREFERRED_ORDER.indexOf(id);
    return i === -1 ? PREFERRED_ORDER.length : i;
  };
  return entries
    .map((e, i) => ({ e, i }))
    .sort((a, b) => rank(a.e.id) - rank(b.e.id) || a.i - b.i)
    .map(({ e }) => e);
}

/** The indicators the map may draw on a level (choropleth or symbols), headline first. */
export function catalogueFor(manifest: Manifest, index: IndicatorIndex, level: Level): CatalogueEntry[] {
  return indicatorEntries(manifest, index, level).filter((e) => e.display !== 'table_only');
}

/** A default date must cover most units: population 2023 exists for 6 of 57 districts only. */
export const DEFAULT_DATE_MIN_COVERAGE = 0.9;

/**
 * Keeps the requested date if it exists for the indicator; otherwise the latest date whose number of
 * units with a value reaches DEFAULT_DATE_MIN_COVERAGE of the best-covered date.
 */
export function resolveDate(dates: readonly string[], wanted: string | null | undefined, coverage: (date: string) => number = () => 1): string | null {
  if (dates.length === 0) return null;
  if (wanted && dates.includes(wanted)) return wanted;
  const counts = dates.map(coverage);
  const best = Math.max(...counts);
  for (let i = dates.length - 1; i >= 0; i--) if (counts[i] >= DEFAULT_DATE_MIN_COVERAGE * best) return dates[i];
  return dates[dates.length - 1];
}

/** Change indicators get a diverging palette centred on zero. */
export function isDiverging(indicatorId: string): boolean {
  return /change/.test(indicatorId);
}
