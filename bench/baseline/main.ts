// Baseline for the performance bench: what a typical city team builds.
// Leaflet, the raw IPR district GeoJSON (1.2 MB, full resolution) and the raw statistics CSV,
// fetched at runtime and joined in the browser by KOD_MC / kod_mc; quantile choropleth with
// L.geoJSON (default SVG renderer), hover highlight and a sticky tooltip. No tile layer (offline).
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import type { Feature, FeatureCollection, Geometry } from 'geojson';

declare global {
  interface Window {
    __mapReady?: boolean;
    __bench?: Record<string, unknown>;
  }
}

const GEOJSON_URL = './data/mestske_casti.geojson';
const CSV_URL = './data/mc_foreigners_ipr_katalog_2019.csv';
const FIELD = 'foreigners_per_100_residents_derived';
const COLORS = ['#fff5eb', '#fdd0a2', '#fd8d3c', '#d94801', '#7f2704'];

type Props = { KOD_MC: number; NAZEV_MC: string; [k: string]: unknown };

function parseCsv(text: string): Record<string, string>[] {
  // The file has no quoted fields with commas in the columns we use; a typical split-based parser.
  const lines = text.trim().split(/\r?\n/);
  const header = lines[0].split(',');
  return lines.slice(1).map((line) => {
    const cells = line.split(',');
    const row: Record<string, string> = {};
    header.forEach((h, i) => (row[h] = cells[i]));
    return row;
  });
}

function quantileBreaks(values: number[], k: number): number[] {
  const s = [...values].sort((a, b) => a - b);
  const breaks: number[] = [];
  for (let i = 1; i < k; i++) {
    const pos = (s.length - 1) * (i / k);
    const lo = Math.floor(pos);
    breaks.push(s[lo] + (s[Math.min(lo + 1, s.length - 1)] - s[lo]) * (pos - lo));
  }
  return breaks;
}

async function main() {
  const map = L.map('map', { zoomControl: true, preferCanvas: false }).setView([50.06, 14.45], 11);
  map.attributionControl.addAttribution('datový podklad © IPR Praha (CC BY-SA 4.0); data ČSÚ');

  const [geo, csvText] = await Promise.all([
    fetch(GEOJSON_URL).then((r) => r.json() as Promise<FeatureCollection<Geometry, Props>>),
    fetch(CSV_URL).then((r) => r.text()),
  ]);

  // Join in the browser.
  const byCode = new Map<string, Record<string, string>>();
  for (const row of parseCsv(csvText)) byCode.set(String(row.kod_mc), row);
  const values: number[] = [];
  for (const f of geo.features) {
    const row = byCode.get(String(f.properties.KOD_MC));
    const v = row ? Number(row[FIELD]) : NaN;
    (f.properties as Record<string, unknown>).value = v;
    if (Number.isFinite(v)) values.push(v);
  }
  const breaks = quantileBreaks(values, COLORS.length);
  const colorOf = (v: number) => {
    if (!Number.isFinite(v)) return '#cccccc';
    let i = 0;
    while (i < breaks.length && v > breaks[i]) i++;
    return COLORS[i];
  };

  const style = (f?: Feature<Geometry, Props>) => ({
    fillColor: colorOf(Number((f?.properties as Record<string, unknown>)?.value)),
    fillOpacity: 0.8,
    color: '#555',
    weight: 1,
  });

  const layer = L.geoJSON(geo, {
    style: style as L.StyleFunction,
    onEachFeature: (f, l) => {
      const p = f.properties as Props & { value: number };
      l.bindTooltip(
        () => `<strong>${p.NAZEV_MC}</strong><br>Cizinci: ${Number.isFinite(p.value) ? p.value.toFixed(1) : 'n/a'} na 100 obyvatel`,
        { sticky: true },
      );
      l.on({
        mouseover: (e) => (e.target as L.Path).setStyle({ weight: 3, color: '#000' }),
        mouseout: (e) => layer.resetStyle(e.target as L.Path),
      });
    },
  }).addTo(map);
  map.fitBounds(layer.getBounds());

  const legend = new L.Control({ position: 'bottomright' });
  legend.onAdd = () => {
    const div = L.DomUtil.create('div', 'legend');
    const edges = [Math.min(...values), ...breaks, Math.max(...values)];
    div.innerHTML =
      '<b>Cizinci na 100 obyv. (2019)</b><br>' +
      COLORS.map((c, i) => `<i style="background:${c}"></i>${edges[i].toFixed(1)} – ${edges[i + 1].toFixed(1)}`).join('<br>');
    return div;
  };
  legend.addTo(map);

  // SVG paths are in the DOM now; mark right after the next frame has been painted
  // (rAF runs before the paint; the task queued from it runs after).
  requestAnimationFrame(() =>
    setTimeout(() => {
      performance.mark('choropleth-painted');
      window.__mapReady = true;
    }, 0),
  );

  // Bench hooks (same names as requested from the app).
  let points: L.LayerGroup | null = null;
  window.__bench = {
    tooltipSelector: '.leaflet-tooltip',
    project: (lon: number, lat: number) => {
      const p = map.latLngToContainerPoint([lat, lon]);
      const r = map.getContainer().getBoundingClientRect();
      return [p.x + r.left, p.y + r.top];
    },
    // What a typical Leaflet team would do for many points: circleMarkers on a canvas renderer.
    addSyntheticPoints: (n: number, seed = 1) => {
      if (points) points.remove();
      const renderer = L.canvas({ padding: 0.5 });
      const b = layer.getBounds();
      let s = seed >>> 0;
      const rnd = () => ((s = (s * 1664525 + 1013904223) >>> 0) / 4294967296);
      const markers: L.CircleMarker[] = [];
      for (let i = 0; i < n; i++) {
        const lat = b.getSouth() + rnd() * (b.getNorth() - b.getSouth());
        const lon = b.getWest() + rnd() * (b.getEast() - b.getWest());
        markers.push(L.circleMarker([lat, lon], { renderer, radius: 2, weight: 0, fillOpacity: 0.7, fillColor: '#1f5fa8', interactive: false }));
      }
      points = L.layerGroup(markers).addTo(map);
      return new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
    },
  };
}

main().catch((err) => {
  console.error(err);
});
