// Diagnostic "floor" page: the least MapLibre 6 needs to draw the same choropleth from the app's own
// pipeline output (districts.topo.json + indicators.csv copied from the build), with no basemap, no
// UI framework and no i18n. It shows how much of our first-paint time is MapLibre on SwiftShader
// itself and how much the app adds. Mark and ready flag are set like the app does (first `idle`).
import { Map as MapLibreMap, setWorkerUrl } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { FeatureCollection } from 'geojson';

setWorkerUrl(workerUrl);
declare global {
  interface Window {
    __mapReady?: boolean;
    __bench?: Record<string, unknown>;
  }
}
const COLORS = ['#fff5eb', '#fdd0a2', '#fd8d3c', '#d94801', '#7f2704'];

async function main() {
  const [topo, csv] = await Promise.all([
    fetch('./data/districts.topo.json').then((r) => r.json() as Promise<Topology>),
    fetch('./data/indicators.csv').then((r) => r.text()),
  ]);
  const fc = feature(topo, topo.objects.districts as GeometryCollection) as unknown as FeatureCollection;
  // foreigners_share at districts level, latest date
  const values = new Map<string, number>();
  let latest = '';
  const rows = csv.split('\n').slice(1).map((l) => l.split(','));
  for (const r of rows) if (r[0] === 'districts' && r[2] === 'foreigners_share' && r[3] > latest) latest = r[3];
  for (const r of rows) if (r[0] === 'districts' && r[2] === 'foreigners_share' && r[3] === latest) values.set(r[1], Number(r[4]));
  const sorted = [...values.values()].sort((a, b) => a - b);
  const breaks = [1, 2, 3, 4].map((i) => sorted[Math.floor((sorted.length - 1) * (i / 5))]);
  for (const f of fc.features) {
    const v = values.get(String(f.properties?.code));
    let i = 0;
    if (v !== undefined) while (i < breaks.length && v > breaks[i]) i++;
    f.properties = { ...f.properties, colour: v === undefined ? '#cccccc' : COLORS[i] };
  }
  const b = fc.features.flatMap((f) => (f.geometry.type === 'Polygon' ? f.geometry.coordinates.flat() : f.geometry.type === 'MultiPolygon' ? f.geometry.coordinates.flat(2) : []));
  const xs = b.map((p) => p[0]);
  const ys = b.map((p) => p[1]);
  const map = new MapLibreMap({
    container: 'map',
    style: { version: 8, sources: {}, layers: [{ id: 'bg', type: 'background', paint: { 'background-color': '#f4f4f4' } }] },
    bounds: [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)],
    fitBoundsOptions: { padding: 16 },
    attributionControl: false,
  });
  map.on('load', () => {
    map.addSource('d', { type: 'geojson', data: fc });
    map.addLayer({ id: 'fill', type: 'fill', source: 'd', paint: { 'fill-color': ['get', 'colour'], 'fill-opacity': 0.82 } });
    map.addLayer({ id: 'line', type: 'line', source: 'd', paint: { 'line-color': '#fff', 'line-width': 0.8 } });
    map.once('idle', () => {
      performance.mark('choropleth-painted');
      window.__mapReady = true;
    });
  });
  window.__bench = {
    // Same stack as the app's point layers: a MapLibre GeoJSON source and circle layer.
    // Resolves on the first idle after the points are set, like the app's hook.
    addSyntheticPoints: async (n: number, seed = 1) => {
      let s = seed >>> 0;
      const rnd = () => (s = (s * 1664525 + 1013904223) >>> 0) / 4294967296;
      const [w, so, e, no] = [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
      const features: GeoJSON.Feature<GeoJSON.Point>[] = [];
      for (let i = 0; i < n; i++) features.push({ type: 'Feature' as const, geometry: { type: 'Point' as const, coordinates: [w + rnd() * (e - w), so + rnd() * (no - so)] }, properties: {} });
      await new Promise<void>((resolve) => {
        map.addSource('synthetic', { type: 'geojson', data: { type: 'FeatureCollection', features } });
        map.addLayer({ id: 'synthetic', type: 'circle', source: 'synthetic', paint: { 'circle-color': '#1f5fa8', 'circle-opacity': 0.7, 'circle-radius': 2 } });
        map.once('idle', () => resolve());
      });
    },
    project: (lon: number, lat: number) => {
      const p = map.project([lon, lat]);
      const r = map.getContainer().getBoundingClientRect();
      return [p.x + r.left, p.y + r.top];
    },
  };
}
main().catch((e) => console.error(e));
