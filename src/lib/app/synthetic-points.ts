/**
 * n pseudo-random positions (lon, lat interleaved) inside a bbox, the same for the same seed: the
 * benchmark's stress load for the point layers (window.__bench.addSyntheticPoints).
 */
export function syntheticPositions(n: number, bbox: readonly [number, number, number, number], seed = 1): Float32Array {
  const [w, s, e, north] = bbox;
  let state = seed >>> 0;
  // LCG (Numerical Recipes): fast, and enough for spreading points
  const random = () => (state = (state * 1664525 + 1013904223) >>> 0) / 4294967296;
  const out = new Float32Array(Math.max(0, Math.floor(n)) * 2);
  for (let i = 0; i < out.length; i += 2) {
    out[i] = w + random() * (e - w);
    out[i + 1] = s + random() * (north - s);
  }
  return out;
}
