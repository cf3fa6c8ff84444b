import { feature } from 'topojson-client';
import type { Topology, GeometryObject } from 'topojson-specification';
import type { FeatureCollection } from 'geojson';
import type { StyleSpecification, LayerSpecification } from 'maplibre-gl';

/** Which basemap object a layer draws, recognised by object name (the pipeline names them). */
type BasemapKind = 'water' | 'tram' | 'metro' | 'stations';

export function basemapKindOf(objectName: string): BasemapKind | null {
  const n = objectName.toLowerCase();
  if (/water|river|vltava/.test(n)) return 'water';
  if (/station|entrance/.test(n)) return 'stations';
  if (/tram/.test(n)) return 'tram';
  if (/metro|subway/.test(n)) return 'metro';
  return null;
}

/** Colours of the offline basemap: muted so the choropleth carries the message. */
export const BASEMAP_COLOURS = {
  background: '#f4f3ef',
  water: '#a9cbe6',
  tram: '#8a8a8a',
  metro: '#3b3b3b',
  stationFill: '#ffffff',
  stationStroke: '#3b3b3b',
};

const LAYER_ORDER: BasemapKind[] = ['water', 'tram', 'metro', 'stations'];

/** Basemap layers for an object, drawn above or below the choropleth (water below, lines above). */
function layersFor(kind: BasemapKind, source: string): LayerSpecification[] {
  switch (kind) {
    case 'water':
      return [{ id: `${source}-fill`, type: 'fill', source, filter: ['==', ['geometry-type'], 'Polygon'], paint: { 'fill-color': BASEMAP_COLOURS.water, 'fill-opacity': 0.9 } }];
    case 'tram':
      return [{ id: `${source}-line`, type: 'line', source, minzoom: 11, paint: { 'line-color': BASEMAP_COLOURS.tram, 'line-width': ['interpolate', ['linear'], ['zoom'], 11, 0.4, 15, 1.5], 'line-opacity': 0.7 } }];
    case 'metro':
      return [{ id: `${source}-line`, type: 'line', source, paint: { 'line-color': BASEMAP_COLOURS.metro, 'line-width': ['interpolate', ['linear'], ['zoom'], 10, 1, 15, 3], 'line-opacity': 0.8 } }];
    case 'stations':
      return [
        {
          id: `${source}-circle`,
          type: 'circle',
          source,
          minzoom: 11,
          // entrances are many and small: show stations only where the source tags them
          filter: ['!', ['in', 'entrance', ['downcase', ['to-string', ['coalesce', ['get', 'railway'], ['get', 'kind'], ['get', 'type'], '']]]]],
          paint: { 'circle-radius': ['interpolate', ['linear'], ['zoom'], 11, 2, 15, 5], 'circle-color': BASEMAP_COLOURS.stationFill, 'circle-stroke-color': BASEMAP_COLOURS.stationStroke, 'circle-stroke-width': 1.2 },
        },
      ];
  }
}

/** Object names of the pipeline's basemap.topo.json (scripts/build-pipeline.ts, buildBasemap). */
export const BASEMAP_OBJECT_NAMES = ['water', 'metro_lines', 'tram_lines', 'metro_stations'];

/**
 * A basemap with the pipeline's objects and no geometry: the map starts with these (empty) sources and
 * layers in their final order, and fills them when basemap.topo.json arrives, so it never waits for it.
 */
export function emptyBasemap(): Topology {
  return { type: 'Topology', arcs: [], objects: Object.fromEntries(BASEMAP_OBJECT_NAMES.map((name) => [name, { type: 'GeometryCollection', geometries: [] }])) };
}

export interface BasemapParts {
  sources: StyleSpecification['sources'];
  /** drawn under the districts */
  below: LayerSpecification[];
  /** drawn over the districts (lines and stations stay visible through the fill) */
  above: LayerSpecification[];
}

/** basemap.topo.json → MapLibre GeoJSON sources and layers; unknown objects are ignored. */
export function basemapParts(basemap: Topology | null): BasemapParts {
  const parts: BasemapParts = { sources: {}, below: [], above: [] };
  if (!basemap) return parts;
  const named = Object.keys(basemap.objects)
    .map((name) => ({ name, kind: basemapKindOf(name) }))
    .filter((x): x is { name: string; kind: BasemapKind } => x.kind !== null)
    .sort((a, b) => LAYER_ORDER.indexOf(a.kind) - LAYER_ORDER.indexOf(b.kind));
  for (const { name, kind } of named) {
    const source = `basemap-${name}`;
    const fc = feature(basemap, basemap.objects[name] as GeometryObject) as unknown as FeatureCollection;
    parts.sources[source] = { type: 'geojson', data: fc };
    (kind === 'water' ? parts.below : parts.above).push(...layersFor(kind, source));
  }
  return parts;
}
