import { describe, expect, it } from 'vitest';
import type { FlagCriterion } from '../../../src/lib/analysis/isolation-flags.ts';
import { criterionText, formatCriterionValue } from '../../../src/lib/app/criterion-text.ts';

const criterion = (c: Partial<FlagCriterion>): FlagCriterion => ({
  criterion: 'concentration_share',
  messageKey: 'flags.criterion.concentration_share',
  dimension: 'concentration',
  value: 32.414,
  threshold: 20,
  comparison: '>=',
  unit: 'percent',
  fired: true,
  ...c,
});
const translate = (key: string) => `«${key}»`;

describe('criterionText', () => {
  it('formats value and threshold with the unit for the locale', () => {
    expect(criterionText(criterion({}), 'en', translate)).toEqual({
      key: 'flags.criterion.concentration_share',
      values: { value: '32.4%', threshold: '20%', indicator: '', from: '' },
      status: 'applies',
      unavailableKey: null,
    });
    expect(criterionText(criterion({}), 'cs', translate).values.value).toBe('32,4\u00a0%');
  });

  it('a criterion that does not fire says so', () => {
    expect(criterionText(criterion({ fired: false, value: 12 }), 'en', translate).status).toBe('does_not_apply');
  });

  it('an unavailable value is replaced by the translated reason', () => {
    const text = criterionText(criterion({ criterion: 'majority_leaving', messageKey: 'flags.criterion.majority_leaving', value: null, threshold: 0, unit: 'persons', fired: false, unavailableKey: 'flags.unavailable.no_group_series' }), 'en', translate);
    expect(text.status).toBe('unavailable');
    expect(text.values.value).toBe('«flags.unavailable.no_group_series»');
  });

  it('a supply criterion names its indicator; a trend names the date it is compared with', () => {
    const supply = criterionText(criterion({ criterion: 'supply_per_capita', messageKey: 'flags.criterion.supply_per_capita', dimension: 'supply', indicator: 'catalogue_kindergartens_per_1000_children', value: 0.5, threshold: 1.25, unit: 'rate', comparison: '<' }), 'en', translate);
    expect(supply.values).toEqual({ value: '0.5', threshold: '1.25', indicator: '«indicator.catalogue_kindergartens_per_1000_children»', from: '' });
    const trend = criterionText(criterion({ criterion: 'dynamics_share_increase', messageKey: 'flags.criterion.dynamics_share_increase', dimension: 'dynamics', from: '2022-03-31', value: 2.345, threshold: 1, unit: 'points' }), 'en', translate);
    expect(trend.values).toEqual({ value: '2.3', threshold: '1', indicator: '', from: 'Mar 31, 2022' });
    const unknown = criterionText(criterion({ criterion: 'dynamics_share_increase', messageKey: 'flags.criterion.dynamics_share_increase', dimension: 'dynamics', value: null, threshold: 1, unit: 'points', fired: false, unavailableKey: 'flags.unavailable.no_previous_date' }), 'en', translate);
    expect(unknown.values.from).toBe('«flags.earlier_date»');
  });
  it('a criterion without a threshold (no supply data) shows "–", not 0', () => {
    const text = criterionText(criterion({ criterion: 'supply_per_capita', messageKey: 'flags.criterion.supply_per_capita', dimension: 'supply', indicator: 'x', value: null, threshold: Number.NaN, unit: 'rate', comparison: '<', fired: false, unavailableKey: 'flags.unavailable.no_supply_data' }), 'en', translate);
    expect(text.values.threshold).toBe('–');
  });
});

describe('formatCriterionValue', () => {
  it('persons whole, ratios with two decimals, km with one', () => {
    expect(formatCriterionValue(1093, 'persons', 'en')).toBe('1,093');
    expect(formatCriterionValue(2.0419, 'ratio', 'cs')).toBe('2,04');
    expect(formatCriterionValue(2.547, 'km', 'en')).toBe('2.5 km');
  });
});
