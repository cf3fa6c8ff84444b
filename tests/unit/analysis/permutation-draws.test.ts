import { describe, expect, it } from 'vitest';
import { forEachConditionalDraw, forEachShuffle, forgetPermutationDraws, permutationsWithinBudget } from '../../../src/lib/analysis/permutation-draws.ts';

function conditional(counts: number[], permutations: number, seed: number) {
  const out: { unit: number; draws: number[] }[] = [];
  forEachConditionalDraw(counts, permutations, seed, (unit, draws) => out.push({ unit, draws: [...draws] }));
  return out;
}

describe('forEachConditionalDraw', () => {
  it('draws, for each unit with neighbours, k distinct other units per permutation', () => {
    const counts = [2, 0, 3, 1, 2];
    const out = conditional(counts, 50, 7);
    expect(out.map((o) => o.unit)).toEqual([0, 2, 3, 4]);
    for (const { unit, draws } of out) {
      const k = counts[unit];
      expect(draws).toHaveLength(50 * k);
      for (let r = 0; r < 50; r++) {
        const set = draws.slice(r * k, (r + 1) * k);
        expect(new Set(set).size).toBe(k);
        expect(set).not.toContain(unit);
        for (const j of set) expect(j >= 0 && j < counts.length).toBe(true);
      }
    }
  });

  it('replays the same draws for the same counts, seed and permutations (cached plan)', () => {
    const first = conditional([1, 2, 2, 1], 20, 3);
    conditional([1, 1, 1], 20, 3); // another plan in between replaces the cached one
    expect(conditional([1, 2, 2, 1], 20, 3)).toEqual(first);
    expect(conditional([1, 2, 2, 1], 20, 3)).toEqual(first);
  });

  it('draws the same again after the kept plans are dropped', () => {
    const first = conditional([1, 2, 2, 1], 20, 3);
    forgetPermutationDraws();
    expect(conditional([1, 2, 2, 1], 20, 3)).toEqual(first);
  });

  it('changes with the seed', () => {
    expect(conditional([2, 2, 2, 2], 20, 1)).not.toEqual(conditional([2, 2, 2, 2], 20, 2));
  });
});

describe('forEachShuffle', () => {
  it('yields successive permutations of the unit indices, the same for the same seed', () => {
    const orders: number[][] = [];
    forEachShuffle(6, 30, 11, (_, order) => orders.push([...order]));
    expect(orders).toHaveLength(30);
    for (const order of orders) expect([...order].sort()).toEqual([0, 1, 2, 3, 4, 5]);
    expect(new Set(orders.map((o) => o.join())).size).toBeGreaterThan(20);
    const again: number[][] = [];
    forEachShuffle(6, 30, 11, (_, order) => again.push([...order]));
    expect(again).toEqual(orders);
  });
});

describe('permutationsWithinBudget', () => {
  it('keeps the configured count while permutations × neighbour visits fit the budget', () => {
    expect(permutationsWithinBudget(9999, 300, 1e7)).toBe(9999);
    expect(permutationsWithinBudget(9999, 300, undefined)).toBe(9999);
  });
  it('drops to the largest count within the budget, never below 999', () => {
    expect(permutationsWithinBudget(9999, 2000, 1e7)).toBe(5000);
    expect(permutationsWithinBudget(9999, 80000, 1e7)).toBe(999);
  });
  it('never raises a count configured below 999', () => {
    expect(permutationsWithinBudget(199, 80000, 1e7)).toBe(199);
  });
});
