import { describe, expect, it } from 'vitest';
import { defaultFlagsConfig } from '../../../src/lib/analysis/flags-config.ts';
import { FLAG_MESSAGE_KEYS, gradeUnit, isolationFlags, type FlagInput } from '../../../src/lib/analysis/isolation-flags.ts';

// Default thresholds (geodata/flags.config.json): reliable from 100 persons and 1000 residents;
// concentration = count ≥ 1000, share ≥ 20 % (foreigners), LQ ≥ 1.25; strong LQ ≥ 1.5;
// near miss = every value ≥ 90 % of its threshold; catchment 3 km.
const base: FlagInput = {
  code: '500089',
  group: 'foreigners',
  ref_date: '2019-12-31',
  groupCount: 5000,
  population: 20_000,
  sharePct: 25,
  locationQuotient: 1.4,
  locationQuotientChange: null,
  majorityLeaving: { status: 'not_available', reason: 'no_group_series' },
  nearestKm: { district_office: 0.5, community_centre: 1, library: 2, education: 0.3 },
};
const grade = (changes: Partial<FlagInput>) => gradeUnit({ ...base, ...changes }, defaultFlagsConfig).grade;

describe('gradeUnit', () => {
  it('golden: 5000 persons, 25 %, LQ 1.4, services near → watch', () => expect(grade({})).toBe('watch'));
  it('golden: the same with LQ 1.6 (strong over-representation) → high', () => expect(grade({ locationQuotient: 1.6 })).toBe('high'));
  it('golden: the same with no library within 3 km (3.5 km) → high', () => expect(grade({ nearestKm: { ...base.nearestKm, library: 3.5 } })).toBe('high'));
  it('golden: LQ rising by 0.15 over the series → high', () => expect(grade({ locationQuotientChange: 0.15 })).toBe('high'));
  it('golden: share 19 % (≥ 18 = 90 % of 20) with the rest met → near miss', () => expect(grade({ sharePct: 19 })).toBe('near_miss'));
  it('golden: share 15 % → none', () => expect(grade({ sharePct: 15 })).toBe('none'));
  it('golden: 80 persons (< 100) → unreliable, even with a high share', () => expect(grade({ groupCount: 80, population: 300, sharePct: 26.7, locationQuotient: 1.7 })).toBe('unreliable'));
  it('a service gap alone does not flag a unit without concentration', () => expect(grade({ sharePct: 5, locationQuotient: 0.3, nearestKm: {} })).toBe('none'));

  it('lists every criterion as data with value, threshold and whether it fired', () => {
    const flag = gradeUnit({ ...base, nearestKm: { ...base.nearestKm, library: 3.5 } }, defaultFlagsConfig);
    expect(flag.gradeKey).toBe('flags.grade.high');
    const share = flag.criteria.find((c) => c.criterion === 'concentration_share')!;
    expect(share).toEqual({ criterion: 'concentration_share', messageKey: 'flags.criterion.concentration_share', value: 25, threshold: 20, comparison: '>=', unit: 'percent', fired: true });
    const library = flag.criteria.find((c) => c.criterion === 'service_gap' && c.category === 'library')!;
    expect(library).toMatchObject({ value: 3.5, threshold: 3, comparison: '>', unit: 'km', fired: true });
    const leaving = flag.criteria.find((c) => c.criterion === 'majority_leaving')!;
    expect(leaving).toMatchObject({ value: null, fired: false, unavailableKey: 'flags.unavailable.no_group_series' });
  });
  it('stores message keys, never sentences', () => {
    const flag = gradeUnit(base, defaultFlagsConfig);
    for (const c of flag.criteria) expect(c.messageKey).toMatch(/^flags\.criterion\.[a-z_]+$/);
  });
  it('uses only keys listed in FLAG_MESSAGE_KEYS', () => {
    const keys = new Set<string>(FLAG_MESSAGE_KEYS);
    const flags = [
      gradeUnit(base, defaultFlagsConfig),
      gradeUnit({ ...base, groupCount: 1 }, defaultFlagsConfig),
      gradeUnit({ ...base, majorityLeaving: { status: 'not_available', reason: 'no_common_dates' } }, defaultFlagsConfig),
    ];
    for (const flag of flags) {
      expect(keys.has(flag.gradeKey)).toBe(true);
      for (const c of flag.criteria) {
        expect(keys.has(c.messageKey)).toBe(true);
        if (c.unavailableKey) expect(keys.has(c.unavailableKey)).toBe(true);
      }
    }
  });
  it('treats a missing facility category as a gap', () => {
    const flag = gradeUnit({ ...base, nearestKm: {} }, defaultFlagsConfig);
    expect(flag.criteria.filter((c) => c.criterion === 'service_gap').every((c) => c.fired && c.value === null)).toBe(true);
  });
  it('throws for a group without a share threshold', () => {
    expect(() => gradeUnit({ ...base, group: 'unknown' }, defaultFlagsConfig)).toThrow(/unknown/);
  });
  it('isolationFlags grades many units without mutating them', () => {
    const inputs = [base, { ...base, code: 'x', sharePct: 1 }];
    const copy = structuredClone(inputs);
    expect(isolationFlags(inputs, defaultFlagsConfig).map((f) => f.grade)).toEqual(['watch', 'none']);
    expect(inputs).toEqual(copy);
  });
});
