// The thresholds a user may change in the UI, as data: where each lives in the flags config, its
// step, and how one edit becomes overrides for parseFlagsConfig (validated there by zod).
import type { FlagsConfig, FlagsConfigOverrides } from '../analysis/flags-config.ts';

export type ThresholdSection = 'reliability' | 'concentration' | 'amplifiers' | 'clusters';

export interface ThresholdField {
  id: string;
  section: ThresholdSection;
  /** step of the number input */
  step: number;
  read(config: FlagsConfig, group: string): number;
  /** The overrides that set this field to value, every other threshold kept as in config. */
  write(config: FlagsConfig, group: string, value: number): FlagsConfigOverrides;
}

export const THRESHOLD_FIELDS: readonly ThresholdField[] = [
  { id: 'min_group_count', section: 'reliability', step: 10, read: (c) => c.reliability.min_group_count, write: (c, _g, v) => ({ reliability: { ...c.reliability, min_group_count: v } }) },
  { id: 'min_population', section: 'reliability', step: 100, read: (c) => c.reliability.min_population, write: (c, _g, v) => ({ reliability: { ...c.reliability, min_population: v } }) },
  { id: 'min_count', section: 'concentration', step: 100, read: (c) => c.concentration.min_count, write: (c, _g, v) => ({ concentration: { ...c.concentration, min_count: v } }) },
  {
    id: 'share_pct',
    section: 'concentration',
    step: 0.5,
    read: (c, g) => c.concentration.share_pct[g],
    write: (c, g, v) => ({ concentration: { ...c.concentration, share_pct: { ...c.concentration.share_pct, [g]: v } } }),
  },
  { id: 'location_quotient_watch', section: 'concentration', step: 0.05, read: (c) => c.concentration.location_quotient_watch, write: (c, _g, v) => ({ concentration: { ...c.concentration, location_quotient_watch: v } }) },
  { id: 'near_miss_fraction', section: 'concentration', step: 0.05, read: (c) => c.concentration.near_miss_fraction, write: (c, _g, v) => ({ concentration: { ...c.concentration, near_miss_fraction: v } }) },
  { id: 'location_quotient_increase', section: 'amplifiers', step: 0.05, read: (c) => c.dynamics.location_quotient_increase, write: (c, _g, v) => ({ dynamics: { ...c.dynamics, location_quotient_increase: v } }) },
  { id: 'catchment_km', section: 'amplifiers', step: 0.5, read: (c) => c.accessibility.catchment_km, write: (c, _g, v) => ({ accessibility: { ...c.accessibility, catchment_km: v } }) },
  { id: 'significance', section: 'clusters', step: 0.01, read: (c) => c.spatial_autocorrelation.significance, write: (c, _g, v) => ({ spatial_autocorrelation: { ...c.spatial_autocorrelation, significance: v } }) },
  { id: 'permutations', section: 'clusters', step: 100, read: (c) => c.spatial_autocorrelation.permutations, write: (c, _g, v) => ({ spatial_autocorrelation: { ...c.spatial_autocorrelation, permutations: v } }) },
];

export const THRESHOLD_SECTIONS: readonly ThresholdSection[] = ['reliability', 'concentration', 'amplifiers', 'clusters'];

/**
 * The full config as overrides (every section), so that validating an edit keeps all earlier edits.
 * Returns new objects.
 */
export function overridesOf(config: FlagsConfig): FlagsConfigOverrides {
  return structuredClone(config) as FlagsConfigOverrides;
}

/** True when any editable threshold differs from the defaults (for any group). */
export function differsFromDefaults(config: FlagsConfig, defaults: FlagsConfig): boolean {
  return JSON.stringify(config) !== JSON.stringify(defaults);
}
