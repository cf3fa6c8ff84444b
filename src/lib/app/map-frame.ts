import type { Map as MapLibreMap } from 'maplibre-gl';
import { paddingBeside, type Box } from './map-padding.ts';
import { transitionDuration } from './motion.ts';

/** The legend's box inside the map container (null when there is none or it is hidden). */
export function legendBox(map: MapLibreMap): Box | null {
  const container = map.getContainer().closest('.map-area') ?? map.getContainer();
  const legend = container.querySelector('.legend-slot');
  if (!legend) return null;
  const c = container.getBoundingClientRect();
  const r = legend.getBoundingClientRect();
  if (r.width === 0 || r.height === 0) return null;
  return { left: r.left - c.left, top: r.top - c.top, right: r.right - c.left, bottom: r.bottom - c.top };
}

/** Frames [w, s, e, n] beside the legend, never under it. */
export function frameBounds(map: MapLibreMap, bounds: [number, number, number, number], maxZoom?: number) {
  const canvas = map.getContainer().getBoundingClientRect();
  const padding = paddingBeside({ width: canvas.width, height: canvas.height }, legendBox(map));
  map.fitBounds(bounds, { padding, maxZoom, duration: transitionDuration(500) });
}
