// Map colours and legend classes of the analysis views, from one recomputed GroupAnalysis.
import type { GroupAnalysis } from './risk-view.ts';
import { classBreaks, classOf } from './classify.ts';
import { paletteColours } from './palette.ts';
import { CLUSTER_COLOURS, CLUSTER_LEGEND_ORDER, GRADE_COLOURS, GRADE_LEGEND_ORDER, type AccessMeasure } from './analysis-view.ts';

export interface AnalysisClass {
  id: string;
  colour: string;
  count: number;
  /** i18n key of the class name (grades, clusters) */
  key?: string;
  /** value range of the class (accessibility) */
  range?: [number, number];
}

export interface AnalysisClasses {
  colourByCode: Map<string, string>;
  classes: AnalysisClass[];
}

/** Flag levels: one colour per grade; units without group data stay "no data". */
export function riskClasses(analysis: GroupAnalysis): AnalysisClasses {
  const colourByCode = new Map<string, string>();
  for (const [code, unit] of analysis.units) colourByCode.set(code, GRADE_COLOURS[unit.flag.grade]);
  return {
    colourByCode,
    classes: GRADE_LEGEND_ORDER.map((grade) => ({ id: grade, colour: GRADE_COLOURS[grade], count: analysis.gradeCounts[grade], key: `flags.grade.${grade}` })),
  };
}

/** LISA clusters; 'no neighbours' only listed when a unit has none. */
export function lisaClasses(analysis: GroupAnalysis): AnalysisClasses {
  const colourByCode = new Map<string, string>();
  for (const [code, unit] of analysis.units) if (unit.lisa) colourByCode.set(code, CLUSTER_COLOURS[unit.lisa.cluster]);
  return {
    colourByCode,
    classes: CLUSTER_LEGEND_ORDER.filter((c) => c !== 'no_neighbours' || analysis.clusterCounts[c] > 0).map((cluster) => ({
      id: cluster,
      colour: CLUSTER_COLOURS[cluster],
      count: analysis.clusterCounts[cluster],
      key: `lisa.cluster.${cluster}`,
    })),
  };
}

/** The accessibility value of every unit: km to the nearest facility, or the 2SFCA score (group units only). */
export function accessValues(analysis: GroupAnalysis, measure: AccessMeasure, category: string): Map<string, number> {
  const values = new Map<string, number>();
  if (measure === 'nearest_km') {
    for (const [code, distances] of analysis.nearestKm) if (Number.isFinite(distances[category])) values.set(code, distances[category]);
  } else {
    for (const [code, unit] of analysis.units) if (Number.isFinite(unit.access2sfca[category])) values.set(code, unit.access2sfca[category]);
  }
  return values;
}

/**
 * Quantile classes of the accessibility value, cividis (colour-blind safe, light = low), so the
 * darkest units are the farthest from a facility (distance) or the best served (2SFCA).
 */
export function accessClasses(analysis: GroupAnalysis, measure: AccessMeasure, category: string): AnalysisClasses {
  const values = accessValues(analysis, measure, category);
  const breaks = classBreaks([...values.values()], 'quantile');
  const colours = paletteColours('cividis', Math.max(0, breaks.length - 1));
  const colourByCode = new Map<string, string>();
  const counts = colours.map(() => 0);
  for (const [code, value] of values) {
    const i = classOf(value, breaks);
    if (i < 0) continue;
    colourByCode.set(code, colours[i]);
    counts[i]++;
  }
  return {
    colourByCode,
    classes: colours.map((colour, i) => ({ id: `class-${i}`, colour, count: counts[i], range: [breaks[i], breaks[i + 1]] as [number, number] })),
  };
}
