import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import area from '@turf/area';
import { InputError } from './input-error.ts';
import type { ParsedGeoJson } from './parse-geojson.ts';
import { roundGeometry } from './round-coordinates.ts';
import { toTopology } from './to-topology.ts';

/** Water bodies smaller than this (m²) are dropped: a 50 m × 50 m pond is a few pixels at city zoom. */
export const MIN_WATER_AREA_M2 = 2_500;
/** Basemap arcs: coarser than districts (context only), 20 m × 20 m Visvalingam area; ~3 m grid. */
export const BASEMAP_TOPOLOGY_OPTIONS = { minAreaSquareMetres: 400, quantization: 1e4 };

export interface BasemapInputs {
  water: { parsed: ParsedGeoJson; file: string };
  metroWays: { parsed: ParsedGeoJson; file: string };
  tramWays: { parsed: ParsedGeoJson; file: string };
  metroStations: { parsed: ParsedGeoJson; file: string };
  /** the city's latitude (city.json), for areas in m² */
  latitude: number;
}

/**
 * The offline context layers: `water` (≥ MIN_WATER_AREA_M2), `metro_lines` (name Metro A/B/C and
 * no `service` tag: no depots or sidings), `tram_lines` (no `service` tag), `metro_stations`
 * (railway=station only: no entrances, no proposed line D), with minimal properties.
 */
export function buildBasemap(inputs: BasemapInputs): Topology<Record<string, GeometryCollection>> {
  const water = pick(inputs.water, ['Polygon', 'MultiPolygon'], (f) => area(f as Feature<Geometry>) >= MIN_WATER_AREA_M2, () => ({}));
  const metroLines = pick(inputs.metroWays, ['LineString'], (f) => /^Metro [ABC]$/.test(String(f.properties?.name ?? '')) && f.properties?.service === undefined,
    (f) => ({ line: String(f.properties!.name).slice(-1) }));
  const tramLines = pick(inputs.tramWays, ['LineString'], (f) => f.properties?.service === undefined, () => ({}));
  const stations = pick(inputs.metroStations, ['Point'], (f) => f.properties?.railway === 'station', (f) => ({ name: String(f.properties?.name ?? '') }));
  const topo = toTopology({ water, metro_lines: metroLines, tram_lines: tramLines }, BASEMAP_TOPOLOGY_OPTIONS, inputs.latitude);
  // Stations are points: kept as a plain GeometryCollection of quantized-free points in the same topology.
  topo.objects.metro_stations = {
    type: 'GeometryCollection',
    geometries: stations.features.map((f) => ({ type: 'Point', coordinates: untransformPoint(topo, (f.geometry as { coordinates: number[] }).coordinates), properties: f.properties })),
  } as GeometryCollection;
  return topo;
}

function untransformPoint(topo: Topology, p: number[]): number[] {
  const t = topo.transform!;
  return [Math.round((p[0] - t.translate[0]) / t.scale[0]), Math.round((p[1] - t.translate[1]) / t.scale[1])];
}

function pick(
  input: { parsed: ParsedGeoJson; file: string },
  types: string[],
  keep: (f: Feature<Geometry | null, Record<string, unknown>>) => boolean,
  props: (f: Feature<Geometry | null, Record<string, unknown>>) => Record<string, string>,
): FeatureCollection<Geometry> {
  const features: Feature<Geometry>[] = [];
  input.parsed.collection.features.forEach((f, i) => {
    if (!f.geometry || !types.includes(f.geometry.type)) throw new InputError(input.file, i + 1, 'geometry', `expected ${types.join(' or ')}, got ${f.geometry?.type ?? 'null'}`);
    if (keep(f)) features.push({ type: 'Feature', properties: props(f), geometry: roundGeometry(f.geometry, f.geometry.type === 'Point' ? 6 : 5) });
  });
  return { type: 'FeatureCollection', features };
}
