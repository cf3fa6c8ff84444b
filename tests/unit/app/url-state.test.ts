import { describe, expect, it } from 'vitest';
import { decodeAppUrl, decodeUrlState, encodeAppUrl, encodeUrlState, viewUrlState, DEFAULT_STATE, type UrlState } from '../../../src/lib/app/url-state.ts';
import { DEFAULT_ANALYSIS_STATE, type AnalysisViewState } from '../../../src/lib/app/analysis-view.ts';

describe('url state', () => {
  it('round-trips a full state', () => {
    const state: UrlState = {
      indicator: 'ua_temporary_protection_per_1000',
      date: '2026-07-21',
      level: 'spravni_obvody',
      classification: 'natural_breaks',
      selected: '116',
      layers: ['facilities', 'metro'],
      view: { lon: 14.42, lat: 50.087, zoom: 12.5 },
      tab: 'table',
      lang: 'uk',
    };
    expect(decodeUrlState(encodeUrlState(state))).toEqual(state);
  });

  it('round-trips the interface language as lang=xx and leaves it out when unset', () => {
    for (const lang of ['cs', 'en', 'uk', 'ru', 'vi']) {
      const qs = encodeUrlState({ ...DEFAULT_STATE, lang });
      expect(qs).toBe(`lang=${lang}`);
      expect(decodeUrlState(`?${qs}`).lang).toBe(lang);
    }
    expect(encodeUrlState({ ...DEFAULT_STATE, lang: null })).toBe('');
    const { lang: _omitted, ...withoutLang } = DEFAULT_STATE;
    expect(encodeUrlState(withoutLang)).toBe('');
  });

  it('accepts only a two-letter language code, case-insensitively', () => {
    expect(decodeUrlState('?lang=VI').lang).toBe('vi');
    expect(decodeUrlState('?lang=<b>').lang).toBeNull();
    expect(decodeUrlState('?lang=ukr').lang).toBeNull();
    expect(decodeUrlState('?lang=').lang).toBeNull();
  });

  it('encodes the default state as an empty string and decodes it back', () => {
    expect(encodeUrlState(DEFAULT_STATE)).toBe('');
    expect(decodeUrlState('')).toEqual(DEFAULT_STATE);
  });

  it('falls back to defaults for unknown or malformed values', () => {
    const s = decodeUrlState('?l=planets&c=magic&p=services,bogus&v=1/2&d=yesterday&i=<script>&t=x');
    expect(s.level).toBe('districts');
    expect(s.classification).toBe('quantile');
    expect(s.layers).toEqual(['services']);
    expect(s.view).toBeNull();
    expect(s.date).toBeNull();
    expect(s.indicator).toBeNull();
    expect(s.tab).toBe('profile');
  });
});

describe('app url: only what the current view needs', () => {
  const defaults = { indicator: 'population_total', date: '2026-01-01' };
  const map: UrlState = { ...DEFAULT_STATE, indicator: 'foreigners_share', date: '2025-01-01', classification: 'equal_interval', selected: '500054', lang: 'cs' };
  const risk: AnalysisViewState = { ...DEFAULT_ANALYSIS_STATE, view: 'risk', group: 'ua_temporary_protection', date: '2025-06-30' };

  it('writes nothing for the default view with the data defaults', () => {
    expect(encodeAppUrl({ ...DEFAULT_STATE, ...defaults }, DEFAULT_ANALYSIS_STATE, defaults)).toBe('');
  });

  it('leaves out the default indicator and date but keeps chosen ones', () => {
    const qs = new URLSearchParams(encodeAppUrl({ ...DEFAULT_STATE, ...defaults, level: 'obvody' }, DEFAULT_ANALYSIS_STATE, defaults));
    expect([...qs.keys()]).toEqual(['l']);
    const chosen = new URLSearchParams(encodeAppUrl(map, DEFAULT_ANALYSIS_STATE, defaults));
    expect(chosen.get('i')).toBe('foreigners_share');
    expect(chosen.get('d')).toBe('2025-01-01');
    expect(chosen.get('c')).toBe('equal_interval');
  });

  it('drops indicator, date and classes in the analysis views', () => {
    for (const view of ['risk', 'lisa', 'access'] as const) {
      const qs = new URLSearchParams(encodeAppUrl(map, { ...risk, view }, defaults));
      expect(qs.get('i')).toBeNull();
      expect(qs.get('d')).toBeNull();
      expect(qs.get('c')).toBeNull();
      expect(qs.get('view')).toBe(view);
      expect(qs.get('s')).toBe('500054');
      expect(qs.get('lang')).toBe('cs');
    }
  });

  it('keeps the service measure and category only in the access view, group and date only in analysis views', () => {
    const access: AnalysisViewState = { ...risk, view: 'access', accessMeasure: 'access_2sfca', accessCategory: 'education' };
    const inAccess = new URLSearchParams(encodeAppUrl(map, access, defaults));
    expect(inAccess.get('am')).toBe('access_2sfca');
    expect(inAccess.get('ac')).toBe('education');
    const inRisk = new URLSearchParams(encodeAppUrl(map, { ...access, view: 'risk' }, defaults));
    expect(inRisk.get('am')).toBeNull();
    expect(inRisk.get('ac')).toBeNull();
    expect(inRisk.get('g')).toBe('ua_temporary_protection');
    expect(inRisk.get('gd')).toBe('2025-06-30');
    const inValues = new URLSearchParams(encodeAppUrl(map, { ...access, view: 'values' }, defaults));
    expect(['view', 'g', 'gd', 'am', 'ac'].filter((k) => inValues.has(k))).toEqual([]);
  });

  it('round-trips the pruned state of every view', () => {
    const views: AnalysisViewState[] = [DEFAULT_ANALYSIS_STATE, risk, { ...risk, view: 'lisa' }, { ...risk, view: 'access', accessMeasure: 'access_2sfca', accessCategory: 'education' }];
    for (const analysis of views) {
      const pruned = viewUrlState(map, analysis, defaults);
      expect(decodeAppUrl(`?${encodeAppUrl(map, analysis, defaults)}`)).toEqual(pruned);
    }
  });

  it('still opens an old link that carried every parameter', () => {
    const old = decodeAppUrl('?i=population_total&d=2026-01-01&c=jenks&view=risk&g=ua_temporary_protection&am=access_2sfca&s=500054');
    expect(old.url.indicator).toBe('population_total');
    expect(old.url.date).toBe('2026-01-01');
    expect(old.url.selected).toBe('500054');
    expect(old.analysis.view).toBe('risk');
    expect(old.analysis.group).toBe('ua_temporary_protection');
    expect(old.analysis.accessMeasure).toBe('access_2sfca');
  });
});
