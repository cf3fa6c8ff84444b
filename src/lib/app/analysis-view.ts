// The analysis views of the map (issue 4) as plain data: which view, group, date and service
// measure is shown, how it is written into the shared link, and the colours of each class.
// Kept free of the analysis library's runtime code so it can sit on the first-map path.
import { schemeOrRd, schemeRdBu } from 'd3-scale-chromatic';
import type { FlagGrade } from '../analysis/isolation-flags.ts';
import type { LisaCluster } from '../analysis/local-morans-lisa.ts';

export const ANALYSIS_VIEWS = ['values', 'risk', 'lisa', 'access'] as const;
export type AnalysisView = (typeof ANALYSIS_VIEWS)[number];

/** Group ids of src/lib/analysis/analysis-groups.ts, repeated here so the header needs no lazy chunk. */
export const ANALYSIS_GROUP_IDS = ['foreigners', 'ua_temporary_protection', 'ua_tp_permits_2022'] as const;
export const ACCESS_MEASURES = ['nearest_km', 'access_2sfca'] as const;
export type AccessMeasure = (typeof ACCESS_MEASURES)[number];
/** Service categories of geodata/flags.config.json (accessibility.categories). */
export const ACCESS_CATEGORIES = ['district_office', 'community_centre', 'library', 'education'] as const;

export interface AnalysisViewState {
  view: AnalysisView;
  group: string;
  /** null = the group's latest date */
  date: string | null;
  accessMeasure: AccessMeasure;
  accessCategory: string;
}

export const DEFAULT_ANALYSIS_STATE: AnalysisViewState = {
  view: 'values',
  group: 'foreigners',
  date: null,
  accessMeasure: 'nearest_km',
  accessCategory: 'library',
};

const oneOf = <T extends string>(list: readonly T[], value: string | null, fallback: T): T =>
  (list as readonly string[]).includes(value ?? '') ? (value as T) : fallback;

/** State → query parameters (without '?'); defaults are left out. `view`, `g`, `gd`, `am`, `ac`. */
export function encodeAnalysisState(state: AnalysisViewState): string {
  const p = new URLSearchParams();
  const d = DEFAULT_ANALYSIS_STATE;
  if (state.view !== d.view) p.set('view', state.view);
  if (state.group !== d.group) p.set('g', state.group);
  if (state.date) p.set('gd', state.date);
  if (state.accessMeasure !== d.accessMeasure) p.set('am', state.accessMeasure);
  if (state.accessCategory !== d.accessCategory) p.set('ac', state.accessCategory);
  return p.toString();
}

/** Query string → state; unknown values fall back to the defaults, never throw. */
export function decodeAnalysisState(query: string): AnalysisViewState {
  const p = new URLSearchParams(query.replace(/^[?#]/, ''));
  const d = DEFAULT_ANALYSIS_STATE;
  const date = p.get('gd');
  return {
    view: oneOf(ANALYSIS_VIEWS, p.get('view'), d.view),
    group: oneOf(ANALYSIS_GROUP_IDS, p.get('g'), d.group as (typeof ANALYSIS_GROUP_IDS)[number]),
    date: date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null,
    accessMeasure: oneOf(ACCESS_MEASURES, p.get('am'), d.accessMeasure),
    accessCategory: oneOf(ACCESS_CATEGORIES, p.get('ac'), d.accessCategory as (typeof ACCESS_CATEGORIES)[number]),
  };
}

/** Grades in legend order, most attention first; 'unreliable' last, apart from the ramp. */
export const GRADE_LEGEND_ORDER: readonly FlagGrade[] = ['high', 'watch', 'near_miss', 'none', 'unreliable'];

/**
 * ColorBrewer OrRd (sequential, colour-blind safe, prints in grey) for near miss → high. "No flag" is
 * a slate blue apart from that ramp and "small numbers" a charcoal: OrRd's lightest step (#fef0d9)
 * vanished on the basemap's #f4f3ef, so both now keep ≥ 3:1 against the background and against each
 * other (WCAG 1.4.11; tests/unit/app/flags-palette-contrast.test.ts), and the city's outline shows.
 */
export const GRADE_COLOURS: Record<FlagGrade, string> = {
  none: '#76889a',
  near_miss: schemeOrRd[4][1],
  watch: schemeOrRd[4][2],
  high: schemeOrRd[4][3],
  unreliable: '#333333',
};

/** LISA clusters in legend order. */
export const CLUSTER_LEGEND_ORDER: readonly LisaCluster[] = ['high_high', 'high_low', 'low_high', 'low_low', 'not_significant', 'no_neighbours'];

/**
 * ColorBrewer RdBu (colour-blind safe): red = high surrounded by high, blue = low surrounded by low,
 * the light tints for outliers; not significant a pale beige (apart from the grey of "no data"). The legend names each class in words.
 */
export const CLUSTER_COLOURS: Record<LisaCluster, string> = {
  high_high: schemeRdBu[4][0],
  high_low: schemeRdBu[4][1],
  low_high: schemeRdBu[4][2],
  low_low: schemeRdBu[4][3],
  not_significant: '#e9e4d8',
  no_neighbours: '#bdbdbd',
};
