import type { FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';

type Districts = FeatureCollection<Polygon | MultiPolygon, { code: string }>;

/**
 * Horizontal bands per district, at most: a point is tested only against the edges crossing its
 * band. A district gets one band per 4 vertices up to this (a 20-vertex unit of a 10,000-unit city
 * needs 5, and 256 empty arrays per unit were 2.5 million arrays for the garbage collector).
 */
const MAX_BANDS = 256;

interface BandedPolygon {
  code: string;
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
  /** per band, the edges as flat [x1, y1, x2, y2, …] */
  bands: number[][];
}

/**
 * A function giving the KOD_MC of the district a position lies in (null outside all of them).
 * Even-odd ray casting over every ring of the district, with its edges bucketed into latitude
 * bands: turf's point-in-polygon walked all few thousand vertices of a district for each of the
 * 78,000 address points (0.4 s of a 3 s build); the bands make it a few dozen edges each.
 */
export function districtLocator(districts: Districts): (lon: number, lat: number) => string | null {
  const polygons = districts.features.map((f) => banded(f.properties.code, f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates));
  const candidatesAt = boundingBoxGrid(polygons);
  let last: BandedPolygon | null = null;
  return (lon, lat) => {
    // neighbouring rows are mostly in the same street, so the last hit is tried first
    if (last && contains(last, lon, lat)) return last.code;
    for (const p of candidatesAt(lon, lat)) {
      if (p !== last && contains(p, lon, lat)) {
        last = p;
        return p.code;
      }
    }
    return null;
  };
}

function banded(code: string, polygons: Position[][][]): BandedPolygon {
  const rings = polygons.flat();
  const all = rings.flat();
  const p: BandedPolygon = {
    code,
    minX: Math.min(...all.map((c) => c[0])),
    maxX: Math.max(...all.map((c) => c[0])),
    minY: Math.min(...all.map((c) => c[1])),
    maxY: Math.max(...all.map((c) => c[1])),
    bands: Array.from({ length: Math.max(1, Math.min(MAX_BANDS, Math.ceil(all.length / 4))) }, () => []),
  };
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [x1, y1] = ring[j];
      const [x2, y2] = ring[i];
      const from = bandOf(p, Math.min(y1, y2));
      const to = bandOf(p, Math.max(y1, y2));
      for (let b = from; b <= to; b++) p.bands[b].push(x1, y1, x2, y2);
    }
  }
  return p;
}

function bandOf(p: BandedPolygon, y: number): number {
  const bands = p.bands.length;
  return Math.min(bands - 1, Math.max(0, Math.floor(((y - p.minY) / (p.maxY - p.minY)) * bands)));
}

function contains(p: BandedPolygon, x: number, y: number): boolean {
  if (x < p.minX || x > p.maxX || y < p.minY || y > p.maxY) return false;
  const edges = p.bands[bandOf(p, y)];
  let inside = false;
  for (let k = 0; k < edges.length; k += 4) {
    const x1 = edges[k], y1 = edges[k + 1], x2 = edges[k + 2], y2 = edges[k + 3];
    if (y1 > y !== y2 > y && x < ((x2 - x1) * (y - y1)) / (y2 - y1) + x1) inside = !inside;
  }
  return inside;
}

/**
 * The districts whose bounding box may hold a position, in their original order (so a point on a
 * shared border goes to the same district as a scan of all of them): a grid of about one cell per
 * district over their joint extent. Scanning 10,000 units for each of 78,000 points took seconds.
 */
function boundingBoxGrid(polygons: BandedPolygon[]): (x: number, y: number) => readonly BandedPolygon[] {
  if (polygons.length === 0) return () => [];
  const minX = Math.min(...polygons.map((p) => p.minX));
  const maxX = Math.max(...polygons.map((p) => p.maxX));
  const minY = Math.min(...polygons.map((p) => p.minY));
  const maxY = Math.max(...polygons.map((p) => p.maxY));
  const size = Math.max(1, Math.ceil(Math.sqrt(polygons.length)));
  const column = (x: number) => Math.min(size - 1, Math.max(0, Math.floor(((x - minX) / (maxX - minX || 1)) * size)));
  const row = (y: number) => Math.min(size - 1, Math.max(0, Math.floor(((y - minY) / (maxY - minY || 1)) * size)));
  const cells: BandedPolygon[][] = Array.from({ length: size * size }, () => []);
  for (const p of polygons) {
    for (let r = row(p.minY); r <= row(p.maxY); r++) for (let c = column(p.minX); c <= column(p.maxX); c++) cells[r * size + c].push(p);
  }
  return (x, y) => (x < minX || x > maxX || y < minY || y > maxY ? [] : cells[row(y) * size + column(x)]);
}
