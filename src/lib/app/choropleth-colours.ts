import { classBreaks, classOf, withZeroBreak, type Classification } from './classify.ts';
import { divergingColours, paletteColours } from './palette.ts';
import { isDiverging } from './indicator-catalogue.ts';

export interface ChoroplethColours {
  /** ascending class breaks [min, …, max] */
  breaks: number[];
  /** one colour per class */
  colours: string[];
  /** fill colour per unit code; units without a value are absent */
  colourByCode: Map<string, string>;
}

/**
 * The colours of a choropleth: classes of the values, viridis (or PuOr centred on zero for change
 * indicators) per class. Shared by the live map and the SVG prerendered at build time, so both agree.
 */
export function choroplethColours(values: ReadonlyMap<string, { value: number }>, indicatorId: string, classification: Classification): ChoroplethColours {
  const diverging = isDiverging(indicatorId);
  const raw = classBreaks([...values.values()].map((r) => r.value), classification);
  const breaks = diverging ? withZeroBreak(raw) : raw;
  const colours =
    diverging && breaks[0] < 0 && breaks[breaks.length - 1] > 0 ? divergingColours(breaks) : paletteColours('viridis', breaks.length - 1);
  const colourByCode = new Map<string, string>();
  for (const [code, row] of values) {
    const colour = colours[classOf(row.value, breaks)];
    if (colour) colourByCode.set(code, colour);
  }
  return { breaks, colours, colourByCode };
}
