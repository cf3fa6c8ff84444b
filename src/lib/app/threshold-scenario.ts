// A threshold scenario in the URL: only the values that differ from the committed defaults, as
// `path:value` pairs, so a shared link reproduces the flags the sender saw and "reset" is simply
// an empty parameter. Never throws on a malformed link: bad pairs are dropped.
import { parseFlagsConfig, type FlagsConfig } from '../analysis/flags-config.ts';

/** Query parameter of the scenario (e.g. `?th=concentration.min_count:800~spatial_autocorrelation.false_discovery_rate:0`). */
export const THRESHOLD_SCENARIO_PARAM = 'th';
const PAIR_SEPARATOR = '~';

/** Numeric and boolean leaves of a config with their dotted path (array items by index). */
function leaves(value: unknown, path: string[] = []): [string, number | boolean][] {
  if (typeof value === 'number' || typeof value === 'boolean') return [[path.join('.'), value]];
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, v]) => leaves(v, [...path, key]));
}

/** The scenario string: changed leaves only, in path order; '' when the config equals the defaults. */
export function encodeThresholdScenario(config: FlagsConfig, defaults: FlagsConfig): string {
  const base = new Map(leaves(defaults));
  return leaves(config)
    .filter(([path, value]) => base.get(path) !== value)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([path, value]) => `${path}:${typeof value === 'boolean' ? (value ? 1 : 0) : value}`)
    .join(PAIR_SEPARATOR);
}

/**
 * The config a scenario string describes, over the defaults. A pair whose path is unknown, whose
 * value is not a number, or which makes the config invalid (checked pair by pair with the zod
 * schema) is ignored. Returns a new object.
 */
export function decodeThresholdScenario(scenario: string | null | undefined, defaults: FlagsConfig): FlagsConfig {
  let config: FlagsConfig = structuredClone(defaults);
  if (!scenario) return config;
  const kinds = new Map(leaves(defaults).map(([path, value]) => [path, typeof value]));
  for (const pair of scenario.split(PAIR_SEPARATOR)) {
    const [path, text] = pair.split(':');
    const kind = kinds.get(path);
    if (kind === undefined || text === undefined || !/^-?\d+(\.\d+)?$/.test(text)) continue;
    const value = kind === 'boolean' ? (text === '1' ? true : text === '0' ? false : null) : Number(text);
    if (value === null) continue;
    const candidate = structuredClone(config) as unknown as Record<string, unknown>;
    const keys = path.split('.');
    let node = candidate;
    for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
    node[keys[keys.length - 1]] = value;
    try {
      config = parseFlagsConfig(candidate);
    } catch {
      // an invalid value (e.g. near_miss_fraction 2) leaves that threshold at its current value
    }
  }
  return config;
}
