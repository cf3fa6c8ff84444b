import { describe, expect, it } from 'vitest';
import { analysisLegendWording } from '../../../src/lib/app/analysis-legend-spec.ts';
import { DEFAULT_ANALYSIS_STATE } from '../../../src/lib/app/analysis-view.ts';

const t = (key: string, values?: Record<string, string | number>) => (values ? `${key} ${JSON.stringify(values)}` : key);
const classes = { colourByCode: new Map(), classes: [{ id: 'high', colour: '#000', count: 2, key: 'flags.grade.high' }] };

describe('analysisLegendWording', () => {
  it('names the group as given (a citizenship group has no analysis.group.* key)', () => {
    const w = analysisLegendWording({ ...DEFAULT_ANALYSIS_STATE, view: 'risk', group: 'foreigners_citizenship_vn' }, classes, '2026-01-01', t, 'en', { group: 'Vietnamese citizens', facilitiesDate: null });
    expect(w.title).toBe('risk.legend_title {"group":"Vietnamese citizens"}');
    expect(w.title).not.toContain('analysis.group');
  });

  it("dates the distances by the facilities' as-of date from the manifest, and says nothing when it is unknown", () => {
    const state = { ...DEFAULT_ANALYSIS_STATE, view: 'access' as const, accessMeasure: 'nearest_km' as const };
    expect(analysisLegendWording(state, classes, '2019-12-31', t, 'en', { group: 'x', facilitiesDate: '2026-02-26' }).meta).toContain('26, 2026');
    expect(analysisLegendWording(state, classes, '2019-12-31', t, 'en', { group: 'x', facilitiesDate: null }).meta).toBe('');
  });
});
