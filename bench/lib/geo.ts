// Small geometry helpers for the bench (no dependencies).
type Ring = [number, number][];

function inRing(x: number, y: number, ring: Ring): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function segDist2(px: number, py: number, [ax, ay]: [number, number], [bx, by]: [number, number]): number {
  const dx = bx - ax;
  const dy = by - ay;
  const l = dx * dx + dy * dy;
  let t = l ? ((px - ax) * dx + (py - ay) * dy) / l : 0;
  t = Math.max(0, Math.min(1, t));
  const x = ax + t * dx - px;
  const y = ay + t * dy - py;
  return x * x + y * y;
}

/** An interior point far from the edges (grid search; good enough to hover a district). */
export function interiorPoint(polygons: Ring[][]): [number, number] {
  // largest polygon by bbox area
  let best: Ring[] = polygons[0];
  let bestA = -1;
  for (const p of polygons) {
    const xs = p[0].map((c) => c[0]);
    const ys = p[0].map((c) => c[1]);
    const a = (Math.max(...xs) - Math.min(...xs)) * (Math.max(...ys) - Math.min(...ys));
    if (a > bestA) {
      bestA = a;
      best = p;
    }
  }
  const outer = best[0];
  const xs = outer.map((c) => c[0]);
  const ys = outer.map((c) => c[1]);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const kx = Math.cos(((y0 + y1) / 2) * (Math.PI / 180));
  const N = 24;
  let pt: [number, number] = [(x0 + x1) / 2, (y0 + y1) / 2];
  let bestD = -1;
  // sample every 4th vertex for the distance (speed)
  for (let i = 1; i < N; i++)
    for (let j = 1; j < N; j++) {
      const x = x0 + ((x1 - x0) * i) / N;
      const y = y0 + ((y1 - y0) * j) / N;
      if (!inRing(x, y, outer) || best.slice(1).some((h) => inRing(x, y, h))) continue;
      let d = Infinity;
      for (const ring of best)
        for (let k = 0; k + 1 < ring.length; k += 1) {
          const a: [number, number] = [ring[k][0] * kx, ring[k][1]];
          const b: [number, number] = [ring[k + 1][0] * kx, ring[k + 1][1]];
          d = Math.min(d, segDist2(x * kx, y, a, b));
          if (d < bestD) break;
        }
      if (d > bestD) {
        bestD = d;
        pt = [x, y];
      }
    }
  return pt;
}

export function featurePolygons(geom: { type: string; coordinates: unknown }): Ring[][] {
  if (geom.type === 'Polygon') return [geom.coordinates as Ring[]];
  if (geom.type === 'MultiPolygon') return geom.coordinates as Ring[][];
  return [];
}
