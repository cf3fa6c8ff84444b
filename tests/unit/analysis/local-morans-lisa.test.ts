import { describe, expect, it } from 'vitest';
import { localMoransLisa } from '../../../src/lib/analysis/local-morans-lisa.ts';
import { queenContiguity } from '../../../src/lib/analysis/queen-contiguity.ts';
import { randomIndex, seededRandom } from '../../../src/lib/analysis/seeded-random.ts';
import { cellCode, gridTopology } from './grid-topology.fixture.ts';

const options = { permutations: 999, seed: 20260404, significance: 0.05 };
const line = { codes: ['a', 'b', 'c', 'd'], neighbours: [[1], [0, 2], [1, 3], [2]] };

describe('localMoransLisa', () => {
  it('golden: local I on the line 1, 2, 3, 4', () => {
    // z = −1.5, −0.5, 0.5, 1.5; m₂ = Σz²/n = 5/4; lags −0.5, −0.5, 0.5, 0.5.
    // I_a = (−1.5)(−0.5)/1.25 = 0.6; I_b = 0.2; I_c = 0.2; I_d = 0.6 (their mean equals global I = 0.4).
    const local = localMoransLisa([1, 2, 3, 4], line, options).map((l) => l.localI);
    [0.6, 0.2, 0.2, 0.6].forEach((expected, i) => expect(local[i]).toBeCloseTo(expected, 12));
  });
  it('finds a high-high cluster in the middle of a block of high values', () => {
    // 7 × 7 grid, the 3 × 3 block in the top-left corner (rows 0–2, columns 0–2) = 10, the rest 0.
    const weights = queenContiguity(gridTopology(7, 7), 'units');
    const values = weights.codes.map((code) => (/^r[0-2]c[0-2]$/.test(code) ? 10 : 0));
    const result = localMoransLisa(values, weights, options);
    const byCode = new Map(result.map((r) => [r.code, r]));
    expect(byCode.get(cellCode(1, 1))!.cluster).toBe('high_high');
    expect(byCode.get(cellCode(1, 1))!.pseudoP).toBeLessThan(0.01);
    expect(byCode.get(cellCode(6, 6))!.cluster).toMatch(/^(low_low|not_significant)$/);
  });
  it('finds a high-low outlier: one high value among low ones', () => {
    const weights = queenContiguity(gridTopology(5, 5), 'units');
    const values = weights.codes.map((code) => (code === cellCode(2, 2) ? 100 : (code.charCodeAt(1) + code.charCodeAt(3)) % 3));
    const centre = localMoransLisa(values, weights, options).find((r) => r.code === cellCode(2, 2))!;
    expect(centre.deviation).toBeGreaterThan(0);
    expect(centre.lagDeviation).toBeLessThan(0);
    expect(centre.cluster).toMatch(/^(high_low|not_significant)$/);
  });
  it('is deterministic with a fixed seed', () => {
    const weights = queenContiguity(gridTopology(5, 5), 'units');
    const values = weights.codes.map((_, i) => (i * 37) % 11);
    expect(localMoransLisa(values, weights, options)).toEqual(localMoransLisa(values, weights, options));
  });
  it('marks units without neighbours instead of testing them', () => {
    const result = localMoransLisa([1, 2, 3], { codes: ['a', 'b', 'c'], neighbours: [[1], [0], []] }, options);
    expect(result[2].cluster).toBe('no_neighbours');
    expect(result[2].pseudoP).toBeNaN();
  });
  it('does not mutate its input', () => {
    const values = [1, 2, 3, 4];
    const weights = structuredClone(line);
    localMoransLisa(values, weights, options);
    expect(values).toEqual([1, 2, 3, 4]);
    expect(weights).toEqual(line);
  });
  it('gives exactly the p-values of the textbook loop (a fresh pool without unit i for every unit)', () => {
    // The shared, restored pool must draw the same neighbour sets as copying z without z[i] per unit.
    const weights = queenContiguity(gridTopology(9, 11), 'units');
    const values = weights.codes.map((_, i) => Math.round(100 * Math.sin(i * 1.7)) + (i % 5));
    const small = { permutations: 99, seed: 7, significance: 0.05 };
    const n = values.length;
    const mean = values.reduce((a, b) => a + b, 0) / n;
    const z = values.map((v) => v - mean);
    const m2 = z.reduce((a, b) => a + b * b, 0) / n;
    const random = seededRandom(small.seed);
    const expected = weights.codes.map((_, i) => {
      const k = weights.neighbours[i].length;
      const lag = weights.neighbours[i].reduce((sum, j) => sum + z[j], 0) / k;
      const localI = (z[i] * lag) / m2;
      const pool = z.filter((_, j) => j !== i);
      const simulated: number[] = [];
      for (let r = 0; r < small.permutations; r++) {
        let lagSum = 0;
        for (let d = 0; d < k; d++) {
          const j = d + randomIndex(random, pool.length - d);
          [pool[d], pool[j]] = [pool[j], pool[d]];
          lagSum += pool[d];
        }
        simulated.push((z[i] * (lagSum / k)) / m2);
      }
      const simulatedMean = simulated.reduce((a, b) => a + b, 0) / simulated.length;
      const asExtreme = simulated.filter((v) => (localI >= simulatedMean ? v >= localI : v <= localI)).length;
      return (asExtreme + 1) / (small.permutations + 1);
    });
    expect(localMoransLisa(values, weights, small).map((l) => l.pseudoP)).toEqual(expected);
  });
});
