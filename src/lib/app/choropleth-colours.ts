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
 * `scaleValues`: the values the classes are cut from when they are not the shown ones — the
 * indicator's values at all its dates pooled (pooled-breaks.ts), so two dates share one scale.
 */
export function choroplethColours(
  values: ReadonlyMap<string, { value: number }>,
  indicatorId: string,
  classification: Classification,
  scaleValues?: readonly number[],
): ChoroplethColours {
  const diverging = isDiverging(indicatorId);
  const raw = classBreaks(scaleValues ? [...scaleValues] : [...values.values()].map((r) => r.value), classification);
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
