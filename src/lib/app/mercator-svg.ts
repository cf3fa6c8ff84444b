import type { Geometry, Position } from 'geojson';

/** Web Mercator as MapLibre uses it, in "world units" (0..1 across the world, y down). */
export function mercator([lon, lat]: Position): [number, number] {
  const x = (lon + 180) / 360;
  const sin = Math.sin((lat * Math.PI) / 180);
  const y = 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI);
  return [x, y];
}

/** A frame that maps a lon/lat bbox onto [0, width] × [0, height] pixels (height from the aspect). */
export interface MercatorFrame {
  width: number;
  height: number;
  project(p: Position): [number, number];
}

export function mercatorFrame(bbox: readonly [number, number, number, number], width: number): MercatorFrame {
  const [x0, y1] = mercator([bbox[0], bbox[1]]);
  const [x1, y0] = mercator([bbox[2], bbox[3]]);
  const scale = width / (x1 - x0);
  return {
    width,
    height: (y1 - y0) * scale,
    project(p) {
      const [x, y] = mercator(p);
      return [(x - x0) * scale, (y - y0) * scale];
    },
  };
}

/**
 * SVG path data of a (Multi)Polygon in whole pixels of the frame, relative moves after the first
 * point, repeated points dropped: compact enough to inline 57 districts into index.html. GeoJSON
 * rings repeat their first point; `z` closes the path instead.
 */
export function svgPathData(geometry: Geometry, frame: MercatorFrame): string {
  const polys = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.type === 'MultiPolygon' ? geometry.coordinates : [];
  return polys.map((rings) => rings.map((ring) => svgPart(ring.slice(0, -1), frame, 3, 'z')).join('')).join('');
}

/** SVG path data of a (Multi)LineString, like svgPathData but open. */
export function svgLineData(geometry: Geometry, frame: MercatorFrame): string {
  const lines = geometry.type === 'LineString' ? [geometry.coordinates] : geometry.type === 'MultiLineString' ? geometry.coordinates : [];
  return lines.map((line) => svgPart(line, frame, 2, '')).join('');
}

/** One ring or line in whole pixels; '' when fewer than `minPoints` distinct pixels remain. */
function svgPart(points: Position[], frame: MercatorFrame, minPoints: number, close: string): string {
  let px = 0, py = 0, n = 0;
  let part = '';
  for (const p of points) {
    const [fx, fy] = frame.project(p);
    const x = Math.round(fx), y = Math.round(fy);
    if (n === 0) part += `M${x} ${y}`;
    else if (x === px && y === py) continue;
    else part += `${n === 1 ? 'l' : ' '}${x - px} ${y - py}`;
    px = x;
    py = y;
    n++;
  }
  return n >= minPoints ? (part + close).replace(/ -/g, '-') : '';
}
