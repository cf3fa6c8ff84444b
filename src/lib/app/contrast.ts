// WCAG 2.x relative luminance and contrast ratio of sRGB colours, to check map palettes against the
// basemap (WCAG 1.4.11 asks 3:1 for the parts of a graphic needed to understand it).

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** Relative luminance of "#rrggbb" or "#rgb" (0 black … 1 white). */
export function relativeLuminance(hex: string): number {
  const m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) throw new Error(`not a hex colour: "${hex}"`);
  const h = m[1].length === 3 ? [...m[1]].map((c) => c + c).join('') : m[1];
  const [r, g, b] = [0, 2, 4].map((i) => channel(parseInt(h.slice(i, i + 2), 16)));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * Contrast ratio (L1 + 0.05) / (L2 + 0.05) with L1 the lighter colour: 1 for equal colours, 21 for
 * black on white. Example: contrastRatio('#767676', '#ffffff') ≈ 4.54.
 */
export function contrastRatio(a: string, b: string): number {
  const [dark, light] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => x - y);
  return (light + 0.05) / (dark + 0.05);
}
