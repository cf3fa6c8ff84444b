import type { Level, Manifest } from '../contract.ts';
import { indicatorEntries, levelUnitCount } from './indicator-catalogue.ts';
import type { IndicatorIndex } from './indicator-index.ts';

/** The headline measure of the map: the share of foreign residents. */
export const HEADLINE_INDICATOR = 'foreigners_share';

export interface DefaultView {
  indicator: string;
  date: string;
}

/**
 * The view a first visit opens: the headline share at the latest date with a value for every unit
 * of the level. Without it, the first rate or share (never a count) that covers every unit at some
 * date, at its latest such date; null when no indicator does.
 */
export function defaultView(manifest: Manifest, index: IndicatorIndex, level: Level): DefaultView | null {
  const total = levelUnitCount(manifest, index, level);
  const entries = indicatorEntries(manifest, index, level, total).filter((e) => e.display === 'choropleth');
  const ordered = [...entries.filter((e) => e.id === HEADLINE_INDICATOR), ...entries.filter((e) => e.id !== HEADLINE_INDICATOR)];
  for (const entry of ordered) {
    const complete = entry.levelDates.filter((date) => index.values(level, entry.id, date).size >= total);
    if (complete.length > 0) return { indicator: entry.id, date: complete[complete.length - 1] };
  }
  return null;
}
