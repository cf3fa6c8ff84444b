// The map's first style and options, shared by the live map started before the app (live-map-boot.ts)
// and MapView.svelte, so the map the app takes over is the one it would have made itself.
import { Map as MapLibreMap, setWorkerUrl, type StyleSpecification } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { BASEMAP_COLOURS, type BasemapParts } from './basemap-style.ts';
import type { Padding } from './map-padding.ts';

setWorkerUrl(workerUrl);

export interface MapStart {
  parts: BasemapParts;
  bounds: [number, number, number, number];
  /** a view from the address; without it the map frames `bounds` */
  view: { lon: number; lat: number; zoom: number } | null;
  padding: number | Padding;
  /** how far the map may be panned (the city's map_bounds); null: the bounds with a margin */
  maxBounds: [number, number, number, number] | null;
}

/** Background, then the basemap's layers (empty sources until basemap.topo.json arrives). */
export function startStyle(parts: BasemapParts): StyleSpecification {
  return {
    version: 8,
    sources: parts.sources,
    layers: [{ id: 'background', type: 'background', paint: { 'background-color': BASEMAP_COLOURS.background } }, ...parts.below, ...parts.above],
  };
}

export function createMap(container: HTMLElement, start: MapStart): MapLibreMap {
  const { bounds, view } = start;
  const m = new MapLibreMap({
    container,
    style: startStyle(start.parts),
    bounds: view ? undefined : bounds,
    fitBoundsOptions: { padding: start.padding },
    center: view ? [view.lon, view.lat] : undefined,
    zoom: view?.zoom,
    attributionControl: false,
    dragRotate: false,
    pitchWithRotate: false,
    maxBounds: start.maxBounds ?? [bounds[0] - 0.3, bounds[1] - 0.2, bounds[2] + 0.3, bounds[3] + 0.2],
  });
  m.touchZoomRotate.disableRotation();
  return m;
}
