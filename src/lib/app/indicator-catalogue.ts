import type { Level, Manifest, ManifestIndicator } from '../contract.ts';
import type { IndicatorIndex } from './indicator-index.ts';

/** Indicators the picker offers by default, in this order; the rest follow in manifest order. */
export const PREFERRED_ORDER = [
  'population_total',
  'population_change_pct',
  'population_age_0_14_share',
  'population_age_65_plus_share',
  'ua_temporary_protection_per_1000',
  'ua_temporary_protection',
  'foreigners_share',
  'foreigners_total',
];

/** Flags are not mapped as a colour ramp; they appear in the profile only. */
export function isMappable(ind: ManifestIndicator): boolean {
  return ind.unit !== 'flag';
}

export interface CatalogueEntry extends ManifestIndicator {
  /** dates that hold data on the current level (may be fewer than manifest.dates) */
  levelDates: string[];
}

/** The indicators that have data on a level, preferred ones first. */
export function catalogueFor(manifest: Manifest, index: IndicatorIndex, level: Level): CatalogueEntry[] {
  const entries = manifest.indicators
    .filter(isMappable)
    .map((ind) => ({ ...ind, levelDates: index.dates(level, ind.id) }))
    .filter((e) => e.levelDates.length > 0);
  const rank = (id: string) => {
    const i = PREFERRED_ORDER.indexOf(id);
    return i === -1 ? PREFERRED_ORDER.length : i;
  };
  return entries
    .map((e, i) => ({ e, i }))
    .sort((a, b) => rank(a.e.id) - rank(b.e.id) || a.i - b.i)
    .map(({ e }) => e);
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
