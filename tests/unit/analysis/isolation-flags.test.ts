import { describe, expect, it } from 'vitest';
import { defaultFlagsConfig, parseFlagsConfig } from '../../../src/lib/analysis/flags-config.ts';
import { FLAG_MESSAGE_KEYS, flagReasons, gradeUnit, isolationFlags, type FlagInput } from '../../../src/lib/analysis/isolation-flags.ts';

// Default thresholds (geodata/flags.config.json): reliable from 100 persons and 1000 residents;
// concentration = count ≥ 1000, share ≥ 20 % (foreigners), LQ ≥ 1.25; near miss = 90 % of each;
// dynamics: share +1 point or LQ +0.1 since the previous date, population −1 % over 5 years;
// supply: per-capita value below 0.5 × the level's median, or no located integration service within 3 km.
const base: FlagInput = {
  code: '500089',
  group: 'foreigners',
  ref_date: '2019-12-31',
  groupCount: 5000,
  population: 20_000,
  sharePct: 25,
  locationQuotient: 1.4,
  previous: null,
  populationChange: null,
  majorityLeaving: { status: 'not_available', reason: 'no_group_series' },
  supply: [],
  integrationServiceKm: null,
};
const schools = (value: number | null, median = 4) => ({ indicator: 'catalogue_primary_schools_per_1000_children', ref_date: '2019-12-31', value, median });
const flagOf = (changes: Partial<FlagInput>) => gradeUnit({ ...base, ...changes }, defaultFlagsConfig);
const grade = (changes: Partial<FlagInput>) => flagOf(changes).grade;

describe('gradeUnit: dimensions', () => {
  it('golden: concentration with no data on dynamics or supply → watch, both "not available"', () => {
    const flag = flagOf({});
    expect(flag.grade).toBe('watch');
    expect(flag.dimensions).toEqual({ concentration: 'met', dynamics: 'not_available', supply: 'not_available' });
  });
  it('golden: a very strong location quotient (2.04) alone stays at watch: it is concentration, not a second dimension', () => {
    expect(grade({ locationQuotient: 2.04, sharePct: 40 })).toBe('watch');
  });
  it('golden: share up 1.5 points since the previous date → high (dynamics met)', () => {
    const flag = flagOf({ previous: { ref_date: '2022-09-30', sharePct: 23.5, locationQuotient: 1.38 } });
    expect(flag.grade).toBe('high');
    expect(flag.dimensions.dynamics).toBe('met');
    expect(flag.criteria.find((c) => c.criterion === 'dynamics_share_increase')).toMatchObject({ value: 1.5, threshold: 1, fired: true, from: '2022-09-30', unit: 'points' });
  });
  it('golden: share up 0.5 points and LQ up 0.02 → dynamics not met, grade watch', () => {
    const flag = flagOf({ previous: { ref_date: '2022-09-30', sharePct: 24.5, locationQuotient: 1.38 } });
    expect(flag.dimensions.dynamics).toBe('not_met');
    expect(flag.grade).toBe('watch');
  });
  it('golden: LQ up 0.12 since the previous date → high', () => expect(grade({ previous: { ref_date: '2022-09-30', sharePct: 25, locationQuotient: 1.28 } })).toBe('high'));
  it('golden: population down 2.4 % over five years → high; down 0.5 % → watch; the value is the signed change', () => {
    const flag = flagOf({ populationChange: { from: '2014-12-31', to: '2019-12-31', changePct: -2.4 } });
    expect(flag.grade).toBe('high');
    expect(flag.criteria.find((c) => c.criterion === 'dynamics_population_decline')).toMatchObject({ value: -2.4, threshold: -1, comparison: '<=', fired: true, from: '2014-12-31' });
    expect(grade({ populationChange: { from: '2014-12-31', to: '2019-12-31', changePct: -0.5 } })).toBe('watch');
    expect(grade({ populationChange: { from: '2014-12-31', to: '2019-12-31', changePct: 2.8 } })).toBe('watch');
  });
  it('golden: majority leaving (group up, Czech citizens down) → high', () => {
    expect(grade({ majorityLeaving: { status: 'signal', reference: 'czech_citizens_total', from: '2015-12-31', to: '2019-12-31', groupChange: 400, referenceChange: -900 } })).toBe('high');
  });
  it('golden: primary schools per 1000 children 1.5 where the median district has 4 (below 2) → high (supply met)', () => {
    const flag = flagOf({ supply: [schools(1.5)] });
    expect(flag.grade).toBe('high');
    expect(flag.dimensions.supply).toBe('met');
    expect(flag.criteria.find((c) => c.criterion === 'supply_per_capita' && c.indicator === schools(0).indicator)).toMatchObject({ value: 1.5, threshold: 2, comparison: '<', fired: true, valueDate: '2019-12-31' });
  });
  it('golden: supply 2.5 (above half the median) → supply not met, watch', () => {
    const flag = flagOf({ supply: [schools(2.5)] });
    expect(flag.dimensions.supply).toBe('not_met');
    expect(flag.grade).toBe('watch');
  });
  it('a unit without a value of a supply indicator has it "not available", never 0', () => {
    const flag = flagOf({ supply: [schools(null)] });
    expect(flag.dimensions.supply).toBe('not_available');
    expect(flag.criteria.find((c) => c.criterion === 'supply_per_capita' && c.indicator === schools(0).indicator)).toMatchObject({ value: null, fired: false, unavailableKey: 'flags.unavailable.no_supply_data' });
  });
  it('golden: nearest located integration service 4.2 km (> 3) → high; 1 km → watch', () => {
    expect(grade({ integrationServiceKm: 4.2 })).toBe('high');
    expect(grade({ integrationServiceKm: 1 })).toBe('watch');
  });
  it('dynamics or supply alone never flag a unit without concentration', () => {
    expect(grade({ sharePct: 5, locationQuotient: 0.3, integrationServiceKm: 9, supply: [schools(0)], previous: { ref_date: '2018-12-31', sharePct: 1, locationQuotient: 0.1 } })).toBe('none');
  });
  it('golden: near miss and none and unreliable as before', () => {
    expect(grade({ sharePct: 19 })).toBe('near_miss');
    expect(grade({ sharePct: 15 })).toBe('none');
    expect(grade({ groupCount: 80, population: 300, sharePct: 26.7, locationQuotient: 1.7, integrationServiceKm: 9 })).toBe('unreliable');
  });
});

describe('gradeUnit: data', () => {
  it('lists every criterion with its dimension, value, threshold and whether it fired', () => {
    const flag = flagOf({});
    expect(flag.criteria.find((c) => c.criterion === 'concentration_share')).toEqual({ criterion: 'concentration_share', messageKey: 'flags.criterion.concentration_share', dimension: 'concentration', value: 25, threshold: 20, comparison: '>=', unit: 'percent', fired: true });
    expect(flag.criteria.find((c) => c.criterion === 'majority_leaving')).toMatchObject({ dimension: 'dynamics', value: null, fired: false, unavailableKey: 'flags.unavailable.no_group_series' });
    expect(flag.criteria.find((c) => c.criterion === 'supply_integration_service_distance')).toMatchObject({ value: null, unavailableKey: 'flags.unavailable.no_located_services' });
    // one per-capita criterion per configured supply indicator, each "not available" here
    expect(flag.criteria.filter((c) => c.criterion === 'supply_per_capita').map((c) => c.indicator)).toEqual(defaultFlagsConfig.supply.per_capita.map((s) => s.indicator));
  });
  it('uses only keys listed in FLAG_MESSAGE_KEYS', () => {
    const keys = new Set<string>(FLAG_MESSAGE_KEYS);
    const flags = [flagOf({}), flagOf({ groupCount: 1 }), flagOf({ majorityLeaving: { status: 'not_available', reason: 'no_common_dates' } }), flagOf({ supply: [schools(null)] })];
    for (const flag of flags) {
      expect(keys.has(flag.gradeKey)).toBe(true);
      for (const c of flag.criteria) {
        expect(keys.has(c.messageKey)).toBe(true);
        if (c.unavailableKey) expect(keys.has(c.unavailableKey)).toBe(true);
      }
    }
  });
  it('a group without its own share threshold uses default_share_pct', () => {
    const flag = gradeUnit({ ...base, group: 'foreigners_citizenship_vn' }, parseFlagsConfig({ concentration: { default_share_pct: 30 } }));
    expect(flag.criteria.find((c) => c.criterion === 'concentration_share')!.threshold).toBe(30);
    expect(flag.grade).toBe('none');
  });
  it('flagReasons: for high the fired concentration and other-dimension criteria; none for no flag', () => {
    const reasons = flagReasons(flagOf({ integrationServiceKm: 4.2 })).map((c) => c.criterion);
    expect(reasons).toEqual(['concentration_count', 'concentration_share', 'concentration_location_quotient', 'supply_integration_service_distance']);
    expect(flagReasons(flagOf({ sharePct: 5 }))).toEqual([]);
    expect(flagReasons(flagOf({ groupCount: 50 })).map((c) => c.criterion)).toEqual(['reliability_group_count']);
  });
  it('isolationFlags grades many units without mutating them', () => {
    const inputs = [base, { ...base, code: 'x', sharePct: 1 }];
    const copy = structuredClone(inputs);
    expect(isolationFlags(inputs, defaultFlagsConfig).map((f) => f.grade)).toEqual(['watch', 'none']);
    expect(inputs).toEqual(copy);
  });
});
