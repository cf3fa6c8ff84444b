import { describe, expect, it } from 'vitest';
import { defaultFlagsConfig, parseFlagsConfig } from '../../../src/lib/analysis/flags-config.ts';
import { THRESHOLD_FIELDS, differsFromDefaults, overridesOf } from '../../../src/lib/app/threshold-fields.ts';

describe('threshold fields', () => {
  it('every field reads the committed default', () => {
    for (const field of THRESHOLD_FIELDS) expect(Number.isFinite(field.read(defaultFlagsConfig, 'foreigners')), field.id).toBe(true);
  });

  it('writing a field changes that threshold only, and the result passes the schema', () => {
    for (const field of THRESHOLD_FIELDS) {
      const value = field.read(defaultFlagsConfig, 'foreigners') + field.step;
      const next = parseFlagsConfig({ ...overridesOf(defaultFlagsConfig), ...field.write(defaultFlagsConfig, 'foreigners', value) });
      expect(field.read(next, 'foreigners'), field.id).toBeCloseTo(value);
      const others = THRESHOLD_FIELDS.filter((f) => f !== field);
      for (const other of others) expect(other.read(next, 'foreigners'), `${field.id} → ${other.id}`).toBe(other.read(defaultFlagsConfig, 'foreigners'));
    }
  });

  it('the share threshold is per group', () => {
    const share = THRESHOLD_FIELDS.find((f) => f.id === 'share_pct')!;
    const next = parseFlagsConfig(share.write(defaultFlagsConfig, 'ua_temporary_protection', 15));
    expect(next.concentration.share_pct.ua_temporary_protection).toBe(15);
    expect(next.concentration.share_pct.foreigners).toBe(defaultFlagsConfig.concentration.share_pct.foreigners);
  });

  it('an invalid value is rejected by the schema (near-miss fraction must be below 1)', () => {
    const field = THRESHOLD_FIELDS.find((f) => f.id === 'near_miss_fraction')!;
    expect(() => parseFlagsConfig(field.write(defaultFlagsConfig, 'foreigners', 1.5))).toThrow();
  });

  it('does not mutate the config and tells when it differs from the defaults', () => {
    const copy = structuredClone(defaultFlagsConfig);
    const field = THRESHOLD_FIELDS[0];
    const next = parseFlagsConfig(field.write(defaultFlagsConfig, 'foreigners', 5));
    expect(defaultFlagsConfig).toEqual(copy);
    expect(differsFromDefaults(next, defaultFlagsConfig)).toBe(true);
    expect(differsFromDefaults(parseFlagsConfig({}), defaultFlagsConfig)).toBe(false);
  });
});
