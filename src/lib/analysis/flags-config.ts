import { z } from 'zod';
import committedDefaults from '../../../geodata/flags.config.json' with { type: 'json' };

// Before any schema is built: zod's compiled fast path probes `new Function`, which the app's
// Content-Security-Policy (no 'unsafe-eval') blocks and reports as a violation even though zod
// catches it. This schema is parsed a few times per session, so the interpreter costs nothing.
z.config({ jitless: true });

/**
 * Schema of geodata/flags.config.json: every threshold of the flags, the catchment distance and
 * the permutation settings. Documented value by value in docs/METHOD.md ("Thresholds").
 */
export const flagsConfigSchema = z
  .object({
    schema_version: z.literal(2),
    reliability: z.object({
      /** Fewer group members than this: the unit is marked unreliable and not graded. */
      min_group_count: z.number().int().nonnegative(),
      /** Fewer residents than this: shares are too volatile to grade. */
      min_population: z.number().int().nonnegative(),
    }),
    concentration: z.object({
      min_count: z.number().nonnegative(),
      /** Share threshold in percent, per analysis group id. */
      share_pct: z.record(z.string(), z.number().nonnegative().max(100)),
      /** Share threshold of a group not listed in share_pct (a series added later). */
      default_share_pct: z.number().nonnegative().max(100),
      location_quotient_watch: z.number().positive(),
      /** A unit whose every concentration value reaches this fraction of its threshold is a near miss. */
      near_miss_fraction: z.number().gt(0).lt(1),
    }),
    dynamics: z.object({
      /** Rise of the share, in percentage points, since the previous date of the group's series. */
      share_points_increase: z.number().positive(),
      /** Rise of the location quotient since the previous date of the group's series. */
      location_quotient_increase: z.number().positive(),
      /** Fall of the reference population, in percent, over population_decline_years. */
      population_decline_pct: z.number().positive(),
      population_decline_years: z.number().int().positive(),
      /** Majority-leaving reference series, first one with two dates at the level wins. */
      majority_reference_indicators: z.array(z.string().regex(/^[a-z0-9_]+$/)).min(1),
    }),
    supply: z.object({
      /** Per-capita supply from complete sources; a unit lags when below fraction × the level's median. */
      per_capita: z.array(z.object({ indicator: z.string().regex(/^[a-z0-9_]+$/), below_median_fraction: z.number().gt(0).lte(1) })),
      /** Straight-line km from the unit centroid to the nearest located integration service. */
      integration_service_km: z.number().positive(),
    }),
    accessibility: z.object({
      /** Catchment of the accessibility view (OSM points; never used by the flags). */
      catchment_km: z.number().positive(),
      /** Service category → OSM facility classes (FacilityProperties.fclass). */
      categories: z.record(z.string(), z.array(z.string()).min(1)),
    }),
    spatial_autocorrelation: z.object({
      contiguity: z.enum(['queen', 'rook']),
      permutations: z.number().int().min(99),
      significance: z.number().gt(0).lt(1),
      /** Benjamini–Hochberg correction of the LISA pseudo p-values across the units. */
      false_discovery_rate: z.boolean(),
      seed: z.number().int(),
      /**
       * Cap on permutations × Σ|N(i)| of one test (level, group, date): large cities run fewer
       * permutations (never below 999) so the build stays fast; see permutationsWithinBudget.
       */
      max_draws_per_test: z.number().int().positive(),
    }),
  });

export type FlagsConfig = z.infer<typeof flagsConfigSchema>;

/** The committed defaults, validated once at import. */
export const defaultFlagsConfig: FlagsConfig = flagsConfigSchema.parse(committedDefaults);

/** Partial overrides, one level deep per section, as the app produces when a user moves a threshold. */
export type FlagsConfigOverrides = { [Section in keyof FlagsConfig]?: FlagsConfig[Section] extends object ? Partial<FlagsConfig[Section]> : FlagsConfig[Section] };

/**
 * Parses a config (the committed JSON or user overrides) over the defaults and validates it.
 * Throws a ZodError listing every invalid field. Returns a new object; inputs are not changed.
 */
export function parseFlagsConfig(input: unknown = {}): FlagsConfig {
  const overrides = (input ?? {}) as Record<string, unknown>;
  if (typeof overrides !== 'object' || Array.isArray(overrides)) throw new TypeError('flags config must be an object');
  const merged: Record<string, unknown> = structuredClone(defaultFlagsConfig);
  for (const [section, value] of Object.entries(overrides)) {
    const base = merged[section];
    merged[section] =
      value !== null && typeof value === 'object' && !Array.isArray(value) && base !== null && typeof base === 'object'
        ? { ...(base as object), ...(value as object) }
        : value;
  }
  return flagsConfigSchema.parse(merged);
}

/** The share threshold of a group: its own, or the default for a group added later. */
export function shareThresholdOf(config: FlagsConfig, group: string): number {
  return config.concentration.share_pct[group] ?? config.concentration.default_share_pct;
}
