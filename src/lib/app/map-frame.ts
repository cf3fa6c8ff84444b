import type { Map as MapLibreMap } from 'maplibre-gl';
import { paddingBeside, type Box, type Padding } from './map-padding.ts';
import { transitionDuration } from './motion.ts';

/** The legend's box inside the map area (null when there is none or it is hidden). */
export function legendBox(inside: Element): Box | null {
  const area = inside.closest('.map-area') ?? inside;
  const legend = area.querySelector('.legend-slot');
  if (!legend) return null;
  const c = area.getBoundingClientRect();
  const r = legend.getBoundingClientRect();
  if (r.width === 0 || r.height === 0) return null;
  return { left: r.left - c.left, top: r.top - c.top, right: r.right - c.left, bottom: r.bottom - c.top };
}

/** fitBounds padding that keeps the framed units out from under the legend. */
export function framePadding(container: HTMLElement): Padding {
  const r = container.getBoundingClientRect();
  return paddingBeside({ width: r.width, height: r.height }, legendBox(container));
}

/** Frames [w, s, e, n] beside the legend, never under it. */
export function frameBounds(map: MapLibreMap, bounds: [number, number, number, number], maxZoom?: number) {
  map.fitBounds(bounds, { padding: framePadding(map.getContainer()), maxZoom, duration: transitionDuration(500) });
}
