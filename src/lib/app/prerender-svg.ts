import type { Topology } from 'topojson-specification';
import type { IndicatorRow, Level, Manifest } from '../contract.ts';
import { indexIndicators } from './indicator-index.ts';
import { catalogueFor, type CatalogueEntry } from './indicator-catalogue.ts';
import { defaultView as firstVisitView } from './default-view.ts';
import { pooledValues } from './pooled-breaks.ts';
import { valuesByDate } from './time-view.ts';
import { choroplethColours } from './choropleth-colours.ts';
import { DEFAULT_STATE } from './url-state.ts';
import { bboxOf, unitFeatures } from './units-geometry.ts';
import { mercatorFrame, svgLineData, svgPathData, type MercatorFrame } from './mercator-svg.ts';
import { feature } from 'topojson-client';
import type { GeometryObject } from 'topojson-specification';
import type { FeatureCollection } from 'geojson';
import { NO_DATA_COLOUR } from './palette.ts';
import { BASEMAP_COLOURS, basemapKindOf } from './basemap-style.ts';
import { CHOROPLETH_FILL_OPACITY } from './choropleth-style.ts';

/** The view a link without parameters opens: what the prerendered SVG shows. */
export interface DefaultView {
  level: Level;
  classification: typeof DEFAULT_STATE.classification;
  entry: CatalogueEntry;
  date: string;
  colourByCode: Map<string, string>;
}

/** The app's default view, computed exactly as AppState (app-state.svelte.ts) does for an empty query string. */
export function defaultView(manifest: Manifest, rows: readonly IndicatorRow[]): DefaultView | null {
  const level = DEFAULT_STATE.level;
  const index = indexIndicators(rows);
  const first = firstVisitView(manifest, index, level);
  const entry = catalogueFor(manifest, index, level).find((e) => e.id === first?.indicator);
  if (!entry || !first) return null;
  const date = first.date;
  // the pooled scale, as the live map's default (time-view.ts)
  const scale = pooledValues(valuesByDate(index, level, entry.id, entry.levelDates));
  const { colourByCode } = choroplethColours(index.values(level, entry.id, date), entry.id, DEFAULT_STATE.classification, scale);
  return { level, classification: DEFAULT_STATE.classification, entry, date, colourByCode };
}

/** Width of the SVG's coordinate space in px: whole-pixel paths stay sharp up to ~2× this on screen. */
export const PRERENDER_WIDTH = 1200;


const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The default choropleth as an inline SVG in Web Mercator, framed on the districts' bbox like the
 * live map's initial fitBounds (the page places it with the same padding; `meet` keeps the aspect).
 */
export function choroplethSvg(topology: Topology, view: DefaultView, title: string, width = PRERENDER_WIDTH, basemap: Topology | null = null): string {
  const features = unitFeatures(topology, view.level);
  const frame = mercatorFrame(bboxOf(unitFeatures(topology, 'districts')), width);
  const paths = features.features.map((f) => {
    const fill = view.colourByCode.get(f.properties.code) ?? NO_DATA_COLOUR;
    // the code lets the live map started before the app take the same colours (live-map-boot.ts)
    return `<path data-code="${escapeXml(f.properties.code)}" fill="${fill}" d="${svgPathData(f.geometry, frame)}"/>`;
  });
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="prerender-map-title" viewBox="0 0 ${width} ${Math.round(frame.height)}" preserveAspectRatio="xMidYMid meet" overflow="visible">` +
    `<title id="prerender-map-title">${escapeXml(title)}</title>` +
    basemapPaths(basemap, 'water', frame) +
    `<g fill-opacity="${CHOROPLETH_FILL_OPACITY}" stroke="#fff" stroke-width="0.8" stroke-linejoin="round">${paths.join('')}</g>` +
    basemapPaths(basemap, 'metro', frame) +
    `</svg>`
  );
}

/**
 * The basemap layers visible at the initial zoom (basemap-style.ts): water under the districts, metro
 * lines over them (trams and stations start at zoom 11, above the initial fit of the whole city).
 */
function basemapPaths(basemap: Topology | null, kind: 'water' | 'metro', frame: MercatorFrame): string {
  if (!basemap) return '';
  let d = '';
  for (const [name, object] of Object.entries(basemap.objects)) {
    if (basemapKindOf(name) !== kind) continue;
    const fc = feature(basemap, object as GeometryObject) as unknown as FeatureCollection;
    for (const f of fc.features) if (f.geometry) d += kind === 'water' ? svgPathData(f.geometry, frame) : svgLineData(f.geometry, frame);
  }
  if (!d) return '';
  return kind === 'water'
    ? `<path fill="${BASEMAP_COLOURS.water}" fill-opacity="0.9" d="${d}"/>`
    : `<path fill="none" stroke="${BASEMAP_COLOURS.metro}" stroke-opacity="0.8" stroke-width="1.1" stroke-linecap="round" stroke-linejoin="round" d="${d}"/>`;
}

/** Page background behind the SVG: the basemap's, as under the live choropleth. */
export const PRERENDER_BACKGROUND = BASEMAP_COLOURS.background;
