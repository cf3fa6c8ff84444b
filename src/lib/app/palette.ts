import { interpolateCividis, interpolateViridis, schemePuOr } from 'd3-scale-chromatic';

/** Grey for "no data": distinct from every ramp colour, with a hatch in the legend. */
export const NO_DATA_COLOUR = '#d9d9d9';

export type PaletteName = 'viridis' | 'cividis' | 'puor';

function sample(interpolate: (t: number) => string, n: number): string[] {
  // start at 0.15 / stop at 0.95: the darkest viridis purple hides district outlines
  if (n === 1) return [interpolate(0.55)];
  return Array.from({ length: n }, (_, i) => interpolate(0.95 - (0.8 * i) / (n - 1)));
}

/**
 * Colours for n classes, light (low) to dark (high) for sequential palettes.
 * Diverging: PuOr (ColorBrewer, colour-blind safe); d3 orders it purple → white → orange.
 */
export function paletteColours(name: PaletteName, n: number): string[] {
  if (n <= 0) return [];
  if (name === 'puor') {
    const k = Math.max(3, Math.min(11, n));
    const scheme = schemePuOr[k] as readonly string[];
    // d3's PuOr runs purple (low) → orange (high)
    return n < 3 ? [scheme[0], scheme[2]].slice(0, n) : [...scheme];
  }
  return sample(name === 'cividis' ? interpolateCividis : interpolateViridis, n);
}

/**
 * Diverging colours for breaks spanning zero: classes below zero get the purple half (decline), above
 * zero the orange half (growth), so the hue tells the sign whatever the classification; a class that
 * straddles zero is the neutral middle.
 */
export function divergingColours(breaks: readonly number[]): string[] {
  const n = breaks.length - 1;
  if (n <= 0) return [];
  const scheme = schemePuOr[11] as readonly string[]; // 0..4 purple, 5 neutral, 6..10 orange
  const below = Array.from({ length: n }, (_, i) => breaks[i + 1] <= 0).filter(Boolean).length;
  const above = Array.from({ length: n }, (_, i) => breaks[i] >= 0).filter(Boolean).length;
  return Array.from({ length: n }, (_, i) => {
    if (breaks[i + 1] <= 0) return scheme[Math.max(0, 4 - (below - 1 - i))];
    if (breaks[i] >= 0) return scheme[Math.min(10, 6 + (i - (n - above)))];
    return scheme[5];
  });
}
