import type { AnalysisClasses } from './analysis-classes.ts';
import type { AnalysisViewState } from './analysis-view.ts';
import type { LegendSpec } from './compose-map-png.ts';
import { NO_DATA_COLOUR } from './palette.ts';
import { formatDate, formatNumber } from './format.ts';

type Translate = (key: string, values?: Record<string, string | number>) => string;

/** Date the nearest-facility distances describe (the OSM extract), as AnalysisLegend.svelte shows it. */
const FACILITIES_DATE = '2026-02-26';

/**
 * The legend of an analysis view (flag levels, LISA clusters, accessibility classes) for the PNG and the
 * printed map, worded like AnalysisLegend.svelte so the picture says what the screen says.
 */
export function analysisLegendSpec(state: AnalysisViewState, classes: AnalysisClasses, date: string, t: Translate, locale: string): LegendSpec {
  const group = t(`analysis.group.${state.group}`);
  const title =
    state.view === 'risk'
      ? t('risk.legend_title', { group })
      : state.view === 'lisa'
        ? t('lisa.legend_title', { group })
        : `${t(`accessibility.category.${state.accessCategory}`)}: ${t(`analysis.access_measure.${state.accessMeasure}`)}`;
  const range = (r: [number, number]) => `${formatNumber(r[0], locale, state.accessMeasure === 'nearest_km' ? 1 : 2)} – ${formatNumber(r[1], locale, state.accessMeasure === 'nearest_km' ? 1 : 2)}`;
  const shownDate = state.view === 'access' && state.accessMeasure === 'nearest_km' ? FACILITIES_DATE : date;
  return {
    title,
    meta: [t('legend.date', { date: formatDate(shownDate, locale) })],
    classes: classes.classes.map((c) => ({
      colour: c.colour,
      label: `${c.key ? t(c.key) : c.range ? range(c.range) : c.id} (${formatNumber(c.count, locale)})`,
    })),
    noData: { colour: NO_DATA_COLOUR, label: t('legend.no_data') },
    source: state.view === 'risk' ? t('risk.neutral_note') : state.view === 'access' ? t('access.note') : '',
  };
}
