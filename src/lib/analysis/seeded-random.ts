/**
 * mulberry32 (Tommy Ettinger, public domain): a 32-bit seeded generator with a full 2³² period,
 * good enough for permutation tests and tiny. The same seed always yields the same sequence, so
 * permutation p-values are reproducible byte for byte across builds and between pipeline and app.
 *
 * @example const random = seededRandom(42); random(); // → a number in [0, 1), same every run
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Integer in [0, n) drawn from `random`. */
export function randomIndex(random: () => number, n: number): number {
  return Math.floor(random() * n);
}
