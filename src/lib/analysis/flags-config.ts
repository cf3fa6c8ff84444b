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
    schema_version: z.literal(1),
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
      location_quotient_watch: z.number().positive(),
      location_quotient_high: z.number().positive(),
      /** A unit whose every concentration value reaches this fraction of its threshold is a near miss. */
      near_miss_fraction: z.number().gt(0).lt(1),
    }),
    dynamics: z.object({
      location_quotient_increase: z.number().positive(),
    }),
    accessibility: z.object({
      catchment_km: z.number().positive(),
      /** Service category → OSM facility classes (FacilityProperties.fclass). */
      categories: z.record(z.string(), z.array(z.string()).min(1)),
      /** Categories whose absence within the catchment counts as a service gap in the flags. */
      gap_categories: z.array(z.string()),
    }),
    spatial_autocorrelation: z.object({
      contiguity: z.enum(['queen', 'rook']),
      permutations: z.number().int().min(99),
      significance: z.number().gt(0).lt(1),
      seed: z.number().int(),
    }),
  })
  .superRefine((config, context) => {
    if (config.concentration.location_quotient_high < config.concentration.location_quotient_watch) {
      context.addIssue({ code: 'custom', message: 'location_quotient_high must be ≥ location_quotient_watch' });
    }
    for (const category of config.accessibility.gap_categories) {
      if (!(category in config.accessibility.categories)) {
        context.addIssue({ code: 'custom', message: `gap category "${category}" is not defined in accessibility.categories` });
      }
    }
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
