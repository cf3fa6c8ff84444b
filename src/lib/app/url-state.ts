import { LEVELS, type Level } from '../contract.ts';
import { CLASSIFICATIONS, type Classification } from './classify.ts';
import { decodeTimeView, encodeTimeView, type TimeViewState } from './time-view.ts';
import { DEFAULT_ANALYSIS_STATE, decodeAnalysisState, encodeAnalysisState, type AnalysisViewState } from './analysis-view.ts';

export const POINT_LAYERS = ['services', 'facilities', 'schools', 'metro', 'stops'] as const;
export type PointLayerId = (typeof POINT_LAYERS)[number];

// 'help' (find help, issue 9) comes first: the public's entry, and the default panel on phones
export const PANEL_TABS = ['help', 'profile', 'table', 'layers', 'sources', 'analysis'] as const;
export type PanelTab = (typeof PANEL_TABS)[number];

export interface MapView {
  lon: number;
  lat: number;
  zoom: number;
}

/** Everything a shared link restores. null = "use the default". */
export interface UrlState {
  indicator: string | null;
  date: string | null;
  level: Level;
  classification: Classification;
  selected: string | null;
  layers: PointLayerId[];
  view: MapView | null;
  tab: PanelTab;
  /** Interface language (`lang=uk`); optional so callers that don't care about it can omit it. */
  lang?: string | null;
  /** `embed=1`: chrome-less map for an iframe (see embed-mode.ts); absent when off */
  embed?: true;
  /** scale across dates, change map, comparison (time-view.ts: sc, chg, from, cmp); absent = defaults */
  time?: TimeViewState;
}

export const DEFAULT_STATE: UrlState = {
  indicator: null,
  date: null,
  level: 'districts',
  classification: 'quantile',
  selected: null,
  layers: [],
  view: null,
  tab: 'profile',
  lang: null,
};

const round = (x: number, digits: number) => Number(x.toFixed(digits));

/** State → query string (without '?'); defaults are left out to keep links short. */
export function encodeUrlState(state: UrlState): string {
  const p = new URLSearchParams();
  if (state.indicator) p.set('i', state.indicator);
  if (state.date) p.set('d', state.date);
  if (state.level !== DEFAULT_STATE.level) p.set('l', state.level);
  if (state.classification !== DEFAULT_STATE.classification) p.set('c', state.classification);
  if (state.selected) p.set('s', state.selected);
  if (state.layers.length) p.set('p', state.layers.join(','));
  if (state.tab !== DEFAULT_STATE.tab) p.set('t', state.tab);
  if (state.lang) p.set('lang', state.lang);
  if (state.embed) p.set('embed', '1');
  if (state.time) encodeTimeView(state.time, p);
  if (state.view) p.set('v', `${round(state.view.zoom, 2)}/${round(state.view.lat, 5)}/${round(state.view.lon, 5)}`);
  return p.toString();
}

/** Query string → state; unknown or malformed values fall back to defaults, never throw. */
export function decodeUrlState(query: string): UrlState {
  const p = new URLSearchParams(query.replace(/^[?#]/, ''));
  const level = p.get('l');
  const cls = p.get('c');
  const tab = p.get('t');
  const date = p.get('d');
  const view = (p.get('v') ?? '').split('/').map(Number);
  const code = p.get('s');
  const lang = p.get('lang')?.toLowerCase();
  return {
    indicator: p.get('i') && /^[a-z0-9_]+$/.test(p.get('i')!) ? p.get('i') : null,
    date: date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null,
    level: (LEVELS as readonly string[]).includes(level ?? '') ? (level as Level) : DEFAULT_STATE.level,
    classification: (CLASSIFICATIONS as readonly string[]).includes(cls ?? '') ? (cls as Classification) : DEFAULT_STATE.classification,
    selected: code && /^[0-9A-Za-z]+$/.test(code) ? code : null,
    layers: (p.get('p') ?? '')
      .split(',')
      .filter((x): x is PointLayerId => (POINT_LAYERS as readonly string[]).includes(x)),
    view:
      view.length === 3 && view.every(Number.isFinite) && Math.abs(view[1]) <= 90 && Math.abs(view[2]) <= 180
        ? { zoom: view[0], lat: view[1], lon: view[2] }
        : null,
    tab: (PANEL_TABS as readonly string[]).includes(tab ?? '') ? (tab as PanelTab) : DEFAULT_STATE.tab,
    // any two-letter code passes here; the i18n setup falls back when there is no message file for it
    lang: lang && /^[a-z]{2}$/.test(lang) ? lang : null,
    ...(p.get('embed') === '1' ? { embed: true as const } : {}),
    ...timeOf(query),
  };
}

/** The time view only when the link sets one, so links without it decode as before. */
function timeOf(query: string): { time?: TimeViewState } {
  const time = decodeTimeView(query);
  return time.scale === 'pooled' && !time.change && !time.compare ? {} : { time };
}

/** The defaults that depend on the data (the first indicator of the level, its latest date): never written. */
export interface DataDefaults {
  indicator: string | null;
  date: string | null;
}

/**
 * Only what the current view needs: the analysis views colour the map by their own classes, so the
 * indicator, its date and classes are left out there; group and date only matter in the analysis
 * views, the service measure and category only in the access view; values equal to a default are
 * left out everywhere. Decoding stays unchanged, so older (fuller) links still open.
 */
export function viewUrlState(state: UrlState, analysis: AnalysisViewState, defaults: DataDefaults): { url: UrlState; analysis: AnalysisViewState } {
  const values = analysis.view === 'values';
  const da = DEFAULT_ANALYSIS_STATE;
  return {
    url: {
      ...state,
      indicator: values && state.indicator !== defaults.indicator ? state.indicator : null,
      date: values && state.date !== defaults.date ? state.date : null,
      classification: values ? state.classification : DEFAULT_STATE.classification,
      time: values ? state.time : undefined,
    },
    analysis: {
      view: analysis.view,
      group: values ? da.group : analysis.group,
      date: values ? null : analysis.date,
      accessMeasure: analysis.view === 'access' ? analysis.accessMeasure : da.accessMeasure,
      accessCategory: analysis.view === 'access' ? analysis.accessCategory : da.accessCategory,
    },
  };
}

/** The whole shared link (without '?'): map state and analysis view, pruned to the current view. */
export function encodeAppUrl(state: UrlState, analysis: AnalysisViewState, defaults: DataDefaults): string {
  const pruned = viewUrlState(state, analysis, defaults);
  return [encodeUrlState(pruned.url), encodeAnalysisState(pruned.analysis)].filter(Boolean).join('&');
}

/** Query string → map state and analysis view; accepts every link the app ever wrote. */
export function decodeAppUrl(query: string): { url: UrlState; analysis: AnalysisViewState } {
  return { url: decodeUrlState(query), analysis: decodeAnalysisState(query) };
}
