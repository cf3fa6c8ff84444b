// The hand-over from the SVG prerendered into index.html (scripts/vite-plugin-prerender-map.ts,
// public/prerender-map.js) to the live MapLibre map.

/** id of the element that holds the prerendered SVG */
export const PRERENDER_ID = 'prerender-map';

/** The view the prerendered SVG shows, read from its data attributes. */
export interface PrerenderedView {
  indicator: string;
  date: string;
  level: string;
  classification: string;
}

function shownElement(): HTMLElement | null {
  const el = document.getElementById(PRERENDER_ID);
  return el && !el.hidden ? el : null;
}

/** The view on screen in the prerendered SVG, or null when there is none (another view was asked for, or no build-time data). */
export function prerenderedView(): PrerenderedView | null {
  const d = shownElement()?.dataset;
  if (!d?.indicator || !d.date || !d.level || !d.classification) return null;
  return { indicator: d.indicator, date: d.date, level: d.level, classification: d.classification };
}

/** Lays the SVG exactly over the live map's container, whose size is known once the app is laid out. */
export function alignPrerender(mapArea: Element | null): void {
  const el = shownElement();
  if (!el || !mapArea) return;
  const r = mapArea.getBoundingClientRect();
  if (r.width === 0 || r.height === 0) return;
  Object.assign(el.style, { top: `${r.top}px`, left: `${r.left}px`, width: `${r.width}px`, height: `${r.height}px`, right: 'auto', bottom: 'auto' });
}

/** Removes the SVG: the live map is drawn, or the reader now asks for another view. */
export function removePrerender(): void {
  document.getElementById(PRERENDER_ID)?.remove();
}
