import { randomIndex, seededRandom } from './seeded-random.ts';

/**
 * Which units the permutation tests draw depends only on the number of units, each unit's neighbour
 * count, the permutation count and the seed, never on the values. Every group and date of a level
 * shares the same weights, so the draws are made once and replayed against each value vector: the
 * pipeline ran the same 9,999-permutation generator for 10 group-dates per level, and drawing cost
 * more than summing. Replaying gives bit-identical statistics (same values added in the same order).
 *
 * Plans are kept while they fit in MAX_CACHED_BYTES (16-bit indices up to 65,536 units, else 32-bit):
 * a 10,000-unit city at 999 permutations needs 160 MB. Larger ones are drawn again for each call,
 * unit by unit, in a buffer of one unit's draws.
 */
export const MAX_CACHED_BYTES = 256 * 1024 * 1024;

type Indices = Uint16Array | Int32Array;

/** Fewest permutations a draw budget may leave: p-values then still resolve 0.001. */
export const MIN_PERMUTATIONS = 999;

/**
 * The permutation count a test runs: `permutations`, unless permutations × Σ|N(i)| (the neighbour
 * values one test visits) exceeds `maxDraws`; then the largest count within it, but at least
 * MIN_PERMUTATIONS (or `permutations` when that is lower). Prague's 57 districts (Σ|N(i)| ≈ 300)
 * run all 9,999 under the default budget; a 10,000-unit city (Σ|N(i)| ≈ 80,000) runs 999.
 *
 * @example permutationsWithinBudget(9999, 300, 1e7) // → 9999
 * @example permutationsWithinBudget(9999, 80000, 1e7) // → 999
 */
export function permutationsWithinBudget(permutations: number, neighbourVisits: number, maxDraws: number | undefined): number {
  if (maxDraws === undefined || neighbourVisits === 0 || permutations * neighbourVisits <= maxDraws) return permutations;
  return Math.max(Math.min(permutations, MIN_PERMUTATIONS), Math.floor(maxDraws / neighbourVisits));
}

/**
 * The last plan of each test: the pipeline works one level at a time (global and local test
 * alternate date by date), the app one view.
 */
const lastPlan = new Map<'local' | 'global', { key: string; plan: Indices }>();

/** Drops the kept plans (up to MAX_CACHED_BYTES each), e.g. when every level has been analysed. */
export function forgetPermutationDraws(): void {
  lastPlan.clear();
}

function cached(test: 'local' | 'global', key: string, units: number, size: number, draw: (plan: Indices) => void): Indices | null {
  const hit = lastPlan.get(test);
  if (hit?.key === key) return hit.plan;
  const narrow = units <= 65536;
  if (size * (narrow ? 2 : 4) > MAX_CACHED_BYTES) return null;
  lastPlan.delete(test);
  const plan = narrow ? new Uint16Array(size) : new Int32Array(size);
  draw(plan);
  lastPlan.set(test, { key, plan });
  return plan;
}

/**
 * Conditional-permutation draws of local Moran's I (Anselin 1995): for each unit i with kᵢ > 0
 * neighbours, in unit order, `permutations` sets of kᵢ indices of other units, drawn without
 * replacement by a partial Fisher–Yates shuffle over the pool of the n − 1 other units, the pool
 * carried from one permutation to the next and restored between units. One generator is consumed
 * in that order. `visit(i, draws)` gets unit i's permutations × kᵢ unit indices, permutation-major.
 */
export function forEachConditionalDraw(
  neighbourCounts: readonly number[],
  permutations: number,
  seed: number,
  visit: (unit: number, draws: Indices) => void,
): void {
  const n = neighbourCounts.length;
  let total = 0;
  for (const k of neighbourCounts) total += k * permutations;
  const key = `${seed}:${permutations}:${neighbourCounts.join(',')}`;
  const plan = cached('local', key, n, total, (all) => {
    let offset = 0;
    drawConditional(neighbourCounts, permutations, seed, (_, draws) => {
      all.set(draws, offset);
      offset += draws.length;
    });
  });
  if (plan === null) return drawConditional(neighbourCounts, permutations, seed, visit);
  let offset = 0;
  for (let i = 0; i < n; i++) {
    const size = neighbourCounts[i] * permutations;
    if (size === 0) continue;
    visit(i, plan.subarray(offset, offset + size));
    offset += size;
  }
}

function drawConditional(neighbourCounts: readonly number[], permutations: number, seed: number, visit: (unit: number, draws: Int32Array) => void): void {
  const n = neighbourCounts.length;
  const random = seededRandom(seed);
  // The pool of unit i is every unit but i, in order: pool[p] = p < i ? p : p + 1. One buffer serves
  // every unit: only the positions a unit's permutations touched are restored afterwards, and moving
  // from unit i to i + 1 changes position i alone, so drawing is O(n · permutations · k), not O(n²).
  const pool = new Int32Array(Math.max(0, n - 1));
  for (let p = 0; p < n - 1; p++) pool[p] = p + 1;
  const maxK = neighbourCounts.reduce((max, k) => Math.max(max, k), 0);
  const touched = new Int32Array(permutations * maxK);
  const buffer = new Int32Array(permutations * maxK);
  for (let i = 0; i < n; i++) {
    if (i > 0) pool[i - 1] = i - 1;
    const k = neighbourCounts[i];
    if (k === 0) continue;
    let count = 0;
    for (let r = 0; r < permutations; r++) {
      for (let d = 0; d < k; d++) {
        const j = d + randomIndex(random, pool.length - d);
        const swap = pool[d];
        pool[d] = pool[j];
        pool[j] = swap;
        touched[count] = j;
        buffer[count++] = pool[d];
      }
    }
    for (let t = 0; t < count; t++) {
      const p = touched[t];
      pool[p] = p < i ? p : p + 1;
    }
    for (let d = 0; d < k; d++) pool[d] = d < i ? d : d + 1;
    visit(i, buffer.subarray(0, count));
  }
}

/**
 * Draws of the global test: `permutations` successive Fisher–Yates shuffles of the unit indices,
 * each shuffling the previous result. `visit(r, order)` gets permutation r as unit indices
 * (order[j] = the unit whose value lands on position j).
 */
export function forEachShuffle(n: number, permutations: number, seed: number, visit: (permutation: number, order: Indices) => void): void {
  const plan = cached('global', `${seed}:${permutations}:${n}`, n, n * permutations, (all) => {
    drawShuffles(n, permutations, seed, (r, order) => all.set(order, r * n));
  });
  if (plan === null) return drawShuffles(n, permutations, seed, visit);
  for (let r = 0; r < permutations; r++) visit(r, plan.subarray(r * n, (r + 1) * n));
}

function drawShuffles(n: number, permutations: number, seed: number, visit: (permutation: number, order: Int32Array) => void): void {
  const random = seededRandom(seed);
  const order = new Int32Array(n);
  for (let j = 0; j < n; j++) order[j] = j;
  for (let r = 0; r < permutations; r++) {
    for (let i = n - 1; i > 0; i--) {
      const j = randomIndex(random, i + 1);
      const swap = order[i];
      order[i] = order[j];
      order[j] = swap;
    }
    visit(r, order);
  }
}
