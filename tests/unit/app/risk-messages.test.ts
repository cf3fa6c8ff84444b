import { describe, expect, it } from 'vitest';
import { FLAG_MESSAGE_KEYS, LISA_CLUSTERS, defaultFlagsConfig } from '../../../src/lib/analysis/index.ts';
import { ACCESS_CATEGORIES, ANALYSIS_GROUP_IDS, ANALYSIS_VIEWS } from '../../../src/lib/app/analysis-view.ts';
import { ANALYSIS_GROUPS } from '../../../src/lib/analysis/analysis-groups.ts';
import { THRESHOLD_FIELDS, THRESHOLD_SECTIONS } from '../../../src/lib/app/threshold-fields.ts';
import en from '../../../src/i18n/locales/en.json';
import cs from '../../../src/i18n/locales/cs.json';
import uk from '../../../src/i18n/locales/uk.json';
import ru from '../../../src/i18n/locales/ru.json';
import vi from '../../../src/i18n/locales/vi.json';

const CATALOGUES: Record<string, Record<string, string>> = { en, cs, uk, ru, vi };

const keysTheAnalysisUses = [
  ...FLAG_MESSAGE_KEYS,
  ...LISA_CLUSTERS.map((c) => `lisa.cluster.${c}`),
  ...Object.keys(defaultFlagsConfig.accessibility.categories).map((c) => `accessibility.category.${c}`),
  ...ACCESS_CATEGORIES.map((c) => `accessibility.category.${c}`),
  ...ANALYSIS_GROUP_IDS.map((g) => `analysis.group.${g}`),
  ...ANALYSIS_VIEWS.map((v) => `view.${v}`),
  ...THRESHOLD_FIELDS.map((f) => `thresholds.field.${f.id}`),
  ...THRESHOLD_SECTIONS.map((s) => `thresholds.section.${s}`),
  ...['applies', 'does_not_apply', 'unavailable'].map((s) => `risk.status.${s}`),
  // the method panel words "high" by the three-dimension rule (flags.method.grade_high)
  ...['unreliable', 'none', 'near_miss', 'watch'].map((g) => `method.grade.${g}`),
  'flags.method.grade_high',
  'flags.method.grade_rule',
];

describe('analysis messages', () => {
  for (const [locale, messages] of Object.entries(CATALOGUES)) {
    it(`${locale} has every key the analysis library and views use`, () => {
      for (const key of keysTheAnalysisUses) expect(messages[key], key).toBeTruthy();
    });
  }

  it('the criterion sentences use only the placeholders the app fills in', () => {
    for (const [locale, messages] of Object.entries(CATALOGUES)) {
      for (const key of FLAG_MESSAGE_KEYS.filter((k) => k.startsWith('flags.criterion.'))) {
        for (const [, name] of messages[key].matchAll(/\{(\w+)\}/g)) expect(['value', 'threshold', 'indicator', 'from'], `${locale} ${key}`).toContain(name);
      }
    }
  });

  it('the group ids of the view match the library groups', () => {
    expect([...ANALYSIS_GROUP_IDS]).toEqual(ANALYSIS_GROUPS.map((g) => g.id));
    expect([...ACCESS_CATEGORIES]).toEqual(Object.keys(defaultFlagsConfig.accessibility.categories));
  });
});
