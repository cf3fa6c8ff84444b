// The live map before the app (issue 12). Once MapLibre and the topology are in, the prerendered
// choropleth becomes a MapLibre map with the SVG's own colours, which pans and zooms while the app's
// code is still on its way; MapView.svelte then takes this map over instead of making another. So
// the JS on the path to the live map is MapLibre's and this file's, and no more.
import type { Map as MapLibreMap } from 'maplibre-gl';
import { basemapParts, emptyBasemap } from './basemap-style.ts';
import { createMap } from './map-setup.ts';
import { PRERENDER_ID } from './prerender-handoff.ts';
import { requestTopology } from './fetch-output.ts';
import { bboxOf, unitFeatures } from './units-geometry.ts';
import { CHOROPLETH_FILL_OPACITY } from './choropleth-style.ts';
import { DATA_BASE, type Level } from '../contract.ts';

export interface BootMap {
  map: MapLibreMap;
  /** the map's container, to be moved into the app's map area */
  element: HTMLElement;
  /** the reader has moved the map already: the app keeps the view */
  moved: boolean;
  /** takes the prerendered colours off the map once the app's own choropleth is drawn */
  removeLayers(): void;
}

const SOURCE = 'live-map-boot';
let booted: BootMap | null = null;

/** The map started before the app, once (null when there is none: another view was asked for, no WebGL …). */
export function takeBootMap(): BootMap | null {
  const b = booted;
  booted = null;
  return b;
}

/**
 * Draws the prerendered view on a live map; resolves when it is drawn, or at once when there is no
 * prerendered view, or after `timeoutMs` (the app then takes over whatever state the map is in).
 */
export async function startLiveMap(dataBase = DATA_BASE, timeoutMs = 10_000): Promise<void> {
  const box = document.getElementById(PRERENDER_ID);
  const level = box?.dataset.level as Level | undefined;
  if (!box || box.hidden || !level) return;
  const colours = new Map<string, string>();
  for (const p of box.querySelectorAll<SVGPathElement>('path[data-code]')) colours.set(p.dataset.code!, p.getAttribute('fill') ?? '');

  const topology = await requestTopology(dataBase);
  const units = unitFeatures(topology, level);
  for (const f of units.features) (f.properties as { colour?: string }).colour = colours.get(f.properties.code) ?? 'rgba(0,0,0,0)';
  const parts = basemapParts(emptyBasemap());
  const element = document.createElement('div');
  // hidden until drawn, so the SVG stays on screen meanwhile
  element.style.cssText = 'position:absolute;inset:0;opacity:0';
  box.append(element);
  let map: MapLibreMap;
  try {
    // the city's map_bounds, written into the page with the prerendered view
    const maxBounds = box.dataset.maxBounds ? (JSON.parse(box.dataset.maxBounds) as [number, number, number, number]) : null;
    // framed on the districts, as the app frames its map
    const bounds = bboxOf(level === 'districts' ? units : unitFeatures(topology, 'districts'));
    map = createMap(element, { parts, bounds, view: null, padding: 16, maxBounds });
  } catch {
    // no WebGL: the SVG stays, and the app says what it can
    element.remove();
    return;
  }
  const boot: BootMap = {
    map,
    element,
    moved: false,
    removeLayers: () => {
      for (const id of [`${SOURCE}-fill`, `${SOURCE}-outline`]) if (map.getLayer(id)) map.removeLayer(id);
      if (map.getSource(SOURCE)) map.removeSource(SOURCE);
    },
  };
  map.on('movestart', (e) => {
    if ((e as { originalEvent?: Event }).originalEvent) boot.moved = true;
  });
  await new Promise<void>((resolve) => {
    setTimeout(resolve, timeoutMs);
    map.on('load', () => {
      const beforeId = parts.above[0]?.id;
      map.addSource(SOURCE, { type: 'geojson', data: units });
      map.addLayer({ id: `${SOURCE}-fill`, type: 'fill', source: SOURCE, paint: { 'fill-color': ['get', 'colour'], 'fill-opacity': CHOROPLETH_FILL_OPACITY } }, beforeId);
      map.addLayer({ id: `${SOURCE}-outline`, type: 'line', source: SOURCE, paint: { 'line-color': '#ffffff', 'line-width': 0.8 } }, beforeId);
      map.once('idle', () => resolve());
    });
  });
  element.style.opacity = '';
  box.style.pointerEvents = 'auto';
  for (const child of [...box.children]) if (child !== element) child.remove();
  booted = boot;
  performance.mark('live-map');
  (window as unknown as { __liveMap: boolean }).__liveMap = true;
}
