import type { AnalysisClasses } from './analysis-classes.ts';
import type { AnalysisViewState } from './analysis-view.ts';
import type { LegendSpec } from './compose-map-png.ts';
import { NO_DATA_COLOUR } from './palette.ts';
import { formatDate, formatNumber } from './format.ts';

type Translate = (key: string, values?: Record<string, string | number>) => string;

/** The words of an analysis legend, one source for the screen (AnalysisLegend.svelte) and the PNG/print. */
export interface AnalysisLegendWording {
  title: string;
  meta: string;
  classes: { id: string; colour: string; label: string; count: number }[];
  /** a caveat under the classes (risk, accessibility); none for LISA */
  note?: string;
}

/** Names from outside the analysis: the group's (i18n/labels.ts groupLabel) and the facilities' as-of date. */
export interface AnalysisLegendNames {
  group: string;
  /** as-of date of the facilities (the OSM extract) the distances describe, not the group's census date; null: unknown */
  facilitiesDate: string | null;
}

/** Title, date line, class names and caveat of an analysis view (flag levels, LISA clusters, accessibility classes). */
export function analysisLegendWording(state: AnalysisViewState, classes: AnalysisClasses, date: string, t: Translate, locale: string, names: AnalysisLegendNames): AnalysisLegendWording {
  const group = names.group;
  const title =
    state.view === 'risk'
      ? t('risk.legend_title', { group })
      : state.view === 'lisa'
        ? t('lisa.legend_title', { group })
        : `${t(`accessibility.category.${state.accessCategory}`)}: ${t(`analysis.access_measure.${state.accessMeasure}`)}`;
  const range = (r: [number, number]) =>
    state.accessMeasure === 'nearest_km'
      ? `${formatNumber(r[0], locale, 1)} – ${new Intl.NumberFormat(locale, { style: 'unit', unit: 'kilometer', maximumFractionDigits: 1 }).format(r[1])}`
      : `${formatNumber(r[0], locale, 2)} – ${formatNumber(r[1], locale, 2)}`;
  const shownDate = state.view === 'access' && state.accessMeasure === 'nearest_km' ? names.facilitiesDate : date;
  return {
    title,
    meta: shownDate ? t('legend.date', { date: formatDate(shownDate, locale) }) : '',
    classes: classes.classes.map((c) => ({ id: c.id, colour: c.colour, count: c.count, label: c.key ? t(c.key) : c.range ? range(c.range) : c.id })),
    note: state.view === 'risk' ? t('risk.neutral_note') : state.view === 'access' ? t('access.note') : undefined,
  };
}

/** The same legend for the PNG and the printed map, so the picture says what the screen says. */
export function analysisLegendSpec(state: AnalysisViewState, classes: AnalysisClasses, date: string, t: Translate, locale: string, names: AnalysisLegendNames): LegendSpec {
  const wording = analysisLegendWording(state, classes, date, t, locale, names);
  return {
    title: wording.title,
    meta: [wording.meta],
    classes: wording.classes.map((c) => ({ colour: c.colour, label: `${c.label} (${formatNumber(c.count, locale)})` })),
    noData: { colour: NO_DATA_COLOUR, label: t('legend.no_data') },
    source: wording.note ?? '',
  };
}
