import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultFlagsConfig, flagsConfigSchema, parseFlagsConfig } from '../../../src/lib/analysis/flags-config.ts';

describe('flags config', () => {
  it('the committed geodata/flags.config.json is valid, comment-free JSON', () => {
    const text = readFileSync(resolve(process.cwd(), 'geodata/flags.config.json'), 'utf8');
    expect(flagsConfigSchema.parse(JSON.parse(text))).toEqual(defaultFlagsConfig);
  });
  it('merges overrides section by section over the defaults', () => {
    const config = parseFlagsConfig({ accessibility: { catchment_km: 1.5 } });
    expect(config.accessibility.catchment_km).toBe(1.5);
    expect(config.accessibility.categories).toEqual(defaultFlagsConfig.accessibility.categories);
    expect(parseFlagsConfig()).toEqual(defaultFlagsConfig);
  });
  it('rejects invalid thresholds with a message naming the field', () => {
    expect(() => parseFlagsConfig({ concentration: { near_miss_fraction: 1.2 } })).toThrow(/near_miss_fraction/);
    expect(() => parseFlagsConfig({ supply: { per_capita: [{ indicator: 'Bad id', below_median_fraction: 0.5 }] } })).toThrow(/indicator/);
    expect(() => parseFlagsConfig({ spatial_autocorrelation: { false_discovery_rate: 'yes' } })).toThrow(/false_discovery_rate/);
  });
  it('does not mutate the defaults or the overrides', () => {
    const overrides = { reliability: { min_group_count: 5 } };
    const before = structuredClone(defaultFlagsConfig);
    parseFlagsConfig(overrides);
    expect(defaultFlagsConfig).toEqual(before);
    expect(overrides).toEqual({ reliability: { min_group_count: 5 } });
  });
});
