/** A rectangle in map-container pixels. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/**
 * Padding for fitBounds so that units are framed where the legend does not cover them (issue 9:
 * "a legend that never covers units"). The legend floats in a corner; reserving the strip beside it
 * (left or right) or the band above or below it, whichever takes less of the map, keeps every unit
 * in the framed part clear of it.
 *
 * @example paddingBeside({ width: 1000, height: 600 }, { left: 10, top: 480, right: 400, bottom: 590 }, 16)
 *   → the band below (120 px × 1000) beats the strip beside (400 px × 600): { top: 16, right: 16, bottom: 136, left: 16 }
 */
export function paddingBeside(map: { width: number; height: number }, legend: Box | null, base = 16): Padding {
  const pad: Padding = { top: base, right: base, bottom: base, left: base };
  if (!legend || legend.right <= legend.left || legend.bottom <= legend.top) return pad;
  const options: [keyof Padding, number, number][] = [
    ['left', legend.right + base, legend.right * map.height],
    ['right', map.width - legend.left + base, (map.width - legend.left) * map.height],
    ['top', legend.bottom + base, legend.bottom * map.width],
    ['bottom', map.height - legend.top + base, (map.height - legend.top) * map.width],
  ];
  const [side, value] = options.sort((a, b) => a[2] - b[2])[0];
  // never pad away more than half the map: a legend that large is folded, not framed around
  pad[side] = Math.min(value, (side === 'left' || side === 'right' ? map.width : map.height) / 2);
  return pad;
}

/** Label boxes placed greedily in order; a box that overlaps a placed one or an obstacle is dropped. */
export function placeLabels<T extends { x: number; y: number; width: number; height: number }>(labels: readonly T[], obstacles: readonly Box[], view: { width: number; height: number }): T[] {
  const placed: Box[] = [];
  const out: T[] = [];
  const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
  for (const l of labels) {
    const box = { left: l.x - l.width / 2, right: l.x + l.width / 2, top: l.y - l.height / 2, bottom: l.y + l.height / 2 };
    if (box.left < 0 || box.top < 0 || box.right > view.width || box.bottom > view.height) continue;
    if (obstacles.some((o) => overlaps(box, o)) || placed.some((p) => overlaps(box, p))) continue;
    placed.push(box);
    out.push(l);
  }
  return out;
}
