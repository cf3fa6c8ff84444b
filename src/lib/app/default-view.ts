import type { Level, Manifest } from '../contract.ts';
import { indicatorEntries, levelUnitCount } from './indicator-catalogue.ts';
import type { IndicatorIndex } from './indicator-index.ts';

export interface DefaultView {
  indicator: string;
  date: string;
}

/**
 * The view a first visit opens: the city's headline indicator (city.json `default_view`; Prague:
 * the share of foreign residents) at the latest date with a value for every unit of the level. Without it, the first rate or share (never a count) that covers every unit at some
 * date, at its latest such date; null when no indicator does.
 */
export function defaultView(manifest: Manifest, index: IndicatorIndex, level: Level): DefaultView | null {
  const total = levelUnitCount(manifest, index, level);
  const entries = indicatorEntries(manifest, index, level, total).filter((e) => e.display === 'choropleth');
  const headline = manifest.city.default_view.indicator;
  const ordered = [...entries.filter((e) => e.id === headline), ...entries.filter((e) => e.id !== headline)];
  for (const entry of ordered) {
    const complete = entry.levelDates.filter((date) => index.values(level, entry.id, date).size >= total);
    if (complete.length > 0) return { indicator: entry.id, date: complete[complete.length - 1] };
  }
  return null;
}
