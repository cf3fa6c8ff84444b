import type { PointLayerId } from './url-state.ts';

/**
 * Okabe & Ito (2008) "Color Universal Design" categorical colours, distinguishable with every common
 * colour-vision deficiency; d3-scale-chromatic has no categorical scheme designed for that.
 */
export const POINT_LAYER_COLOURS: Record<PointLayerId, string> = {
  services: '#D55E00',
  facilities: '#0072B2',
  schools: '#CC79A7',
  metro: '#000000',
  stops: '#7f7f7f',
};

/** Point radius in pixels per layer: context layers (stops) stay small. */
export const POINT_LAYER_RADIUS: Record<PointLayerId, number> = {
  services: 7,
  facilities: 5,
  schools: 4,
  metro: 4,
  stops: 2.5,
};

export function hexToRgb(hex: string): [number, number, number] {
  const n = parseInt(hex.replace('#', ''), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** manifest input behind each point layer (for the popup's source line and the layer list's as-of date) */
export const POINT_LAYER_SOURCE: Record<PointLayerId, string> = {
  services: 'integration_services',
  facilities: 'osm_pois',
  schools: 'primary_schools_named',
  metro: 'ipr_metro_entrances',
  stops: 'pid_stops',
};
