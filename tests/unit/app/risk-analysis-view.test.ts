import { describe, expect, it } from 'vitest';
import { DEFAULT_ANALYSIS_STATE, decodeAnalysisState, encodeAnalysisState, GRADE_COLOURS, CLUSTER_COLOURS, type AnalysisViewState } from '../../../src/lib/app/analysis-view.ts';
import { decodeUrlState, encodeUrlState, DEFAULT_STATE } from '../../../src/lib/app/url-state.ts';
import { NO_DATA_COLOUR } from '../../../src/lib/app/palette.ts';

describe('analysis view state in the URL', () => {
  it('round-trips a full state', () => {
    const state: AnalysisViewState = { view: 'access', group: 'ua_tp_permits_2022', date: '2022-06-30', accessMeasure: 'access_2sfca', accessCategory: 'community_centre' };
    expect(decodeAnalysisState(encodeAnalysisState(state))).toEqual(state);
  });

  it('round-trips every view', () => {
    for (const view of ['values', 'risk', 'lisa', 'access'] as const) {
      expect(decodeAnalysisState(`?${encodeAnalysisState({ ...DEFAULT_ANALYSIS_STATE, view })}`).view).toBe(view);
    }
  });

  it('encodes the default state as an empty string and decodes it back', () => {
    expect(encodeAnalysisState(DEFAULT_ANALYSIS_STATE)).toBe('');
    expect(decodeAnalysisState('')).toEqual(DEFAULT_ANALYSIS_STATE);
  });

  it('falls back to defaults for unknown or malformed values', () => {
    // a well-formed group id is kept (groups come from the data, issue 11; AppState falls back when the data lacks it)
    expect(decodeAnalysisState('?view=heatmap&g=Martians!&gd=soon&am=x&ac=bakery')).toEqual(DEFAULT_ANALYSIS_STATE);
  });

  it('shares one query string with the map state without clashing', () => {
    const query = [encodeUrlState({ ...DEFAULT_STATE, selected: '547158', tab: 'analysis' }), encodeAnalysisState({ ...DEFAULT_ANALYSIS_STATE, view: 'risk' })].join('&');
    expect(decodeUrlState(query).selected).toBe('547158');
    expect(decodeUrlState(query).tab).toBe('analysis');
    expect(decodeAnalysisState(query).view).toBe('risk');
  });
});

describe('analysis colours', () => {
  it('every grade and cluster has its own colour, none equal to "no data"', () => {
    const grades = Object.values(GRADE_COLOURS);
    const clusters = Object.values(CLUSTER_COLOURS);
    expect(new Set(grades).size).toBe(grades.length);
    expect(new Set(clusters).size).toBe(clusters.length);
    expect(grades).not.toContain(NO_DATA_COLOUR);
    expect(clusters).not.toContain(NO_DATA_COLOUR);
  });
});
