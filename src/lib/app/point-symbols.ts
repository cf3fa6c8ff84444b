import type { ServiceCategory } from '../contract.ts';

/**
 * One colour-blind-safe set for every point category (issue 13 §3): Okabe & Ito (2008), whose eight
 * colours stay apart under every common colour-vision deficiency. Services take six of them, one per
 * type; schools and facilities reuse the set but are told apart from services by their shape
 * (services: large filled discs with a white ring; schools: small discs with a dark ring).
 */
export const OKABE_ITO = ['#E69F00', '#56B4E9', '#009E73', '#F0E442', '#0072B2', '#D55E00', '#CC79A7', '#000000'] as const;

export const SERVICE_COLOURS: Record<ServiceCategory, string> = {
  integration_centre: '#D55E00',
  counselling: '#0072B2',
  czech_course: '#009E73',
  interpreting: '#CC79A7',
  authority: '#000000',
  community: '#E69F00',
};

/** School categories of schools.geojson (register category; 'school' for the 2019 points). */
export const SCHOOL_COLOURS: Record<string, string> = {
  basic_school: '#0072B2',
  kindergarten: '#E69F00',
  kindergarten_forest: '#E69F00',
  secondary_school: '#009E73',
  higher_vocational_school: '#56B4E9',
  conservatory: '#56B4E9',
  school: '#CC79A7',
};

/** Colour of a point of a category, the layer's own colour when the category is not known. */
export function categoryColour(category: string, fallback: string): string {
  return (SERVICE_COLOURS as Record<string, string>)[category] ?? SCHOOL_COLOURS[category] ?? fallback;
}

/**
 * Radius in pixels by zoom, so a city-wide view is not a carpet of overlapping dots while a street
 * view shows each point clearly: base radius at zoom 13, ×0.6 at the city zoom (≤ 10.5), linear between.
 */
export function radiusAtZoom(base: number, zoom: number): number {
  const t = Math.min(1, Math.max(0, (zoom - 10.5) / 2.5));
  return base * (0.6 + 0.4 * t);
}
