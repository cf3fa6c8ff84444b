import { describe, expect, it } from 'vitest';
import { moransI, moransIStatistic, spatialLag } from '../../../src/lib/analysis/morans-i.ts';
import { queenContiguity } from '../../../src/lib/analysis/queen-contiguity.ts';
import { checkerboard, gridTopology } from './grid-topology.fixture.ts';

/** Four units in a line, a–b–c–d (rook = queen). */
const line = { codes: ['a', 'b', 'c', 'd'], neighbours: [[1], [0, 2], [1, 3], [2]] };
const options = { permutations: 999, seed: 1 };

describe('moransI', () => {
  it('golden: values 1, 2, 3, 4 on a line give I = 0.4', () => {
    // z = −1.5, −0.5, 0.5, 1.5; row-standardised lags = −0.5, −0.5, 0.5, 0.5;
    // Σ z·lag = 0.75 + 0.25 + 0.25 + 0.75 = 2; Σ z² = 5; S₀ = n = 4 → I = (4/4)·(2/5) = 0.4.
    expect(moransIStatistic([1, 2, 3, 4], line.neighbours)).toBeCloseTo(0.4, 12);
    expect(spatialLag([1, 2, 3, 4], line.neighbours)).toEqual([2, 2, 3, 3]);
  });
  it('golden: a rook checkerboard has I = −1 exactly', () => {
    // Every neighbour has the opposite value, so each lag is −z: Σ z·lag = −Σ z² → I = −1.
    const weights = queenContiguity(gridTopology(4, 4), 'units', 'rook');
    expect(moransIStatistic(checkerboard(4, 4), weights.neighbours)).toBeCloseTo(-1, 12);
  });
  it('a queen checkerboard from a topology is negative', () => {
    // Interior cells have 4 opposite (edge) and 4 equal (corner) neighbours, lag 0; border cells
    // have more opposite than equal neighbours, so I < 0 (weaker than rook's −1, not significant).
    const weights = queenContiguity(gridTopology(6, 6), 'units');
    const result = moransI(checkerboard(6, 6), weights, options);
    expect(result.moransI).toBeLessThan(0);
    expect(result.expected).toBeCloseTo(-1 / 35, 12);
  });
  it('a rook checkerboard is significantly negative under permutation', () => {
    const result = moransI(checkerboard(6, 6), queenContiguity(gridTopology(6, 6), 'units', 'rook'), options);
    expect(result.pseudoP).toBe(1 / 1000);
    expect(result.zScore).toBeLessThan(-3);
  });
  it('a smooth gradient is positive', () => {
    const weights = queenContiguity(gridTopology(5, 5), 'units');
    const gradient = weights.codes.map((_, i) => Math.floor(i / 5));
    expect(moransI(gradient, weights, options).moransI).toBeGreaterThan(0.5);
  });
  it('is deterministic for a seed and the pseudo p lies in [1/(R+1), 1]', () => {
    const weights = queenContiguity(gridTopology(4, 4), 'units');
    const values = weights.codes.map((_, i) => (i * 7919) % 13);
    const a = moransI(values, weights, options);
    expect(moransI(values, weights, options)).toEqual(a);
    expect(a.pseudoP).toBeGreaterThanOrEqual(1 / 1000);
    expect(a.pseudoP).toBeLessThanOrEqual(1);
  });
  it('returns NaN for constant values and rejects mismatched input', () => {
    expect(moransI([3, 3, 3, 3], line, options).moransI).toBeNaN();
    expect(() => moransI([1, 2], line, options)).toThrow(RangeError);
  });
  it('does not mutate its input', () => {
    const values = [4, 1, 3, 2];
    const weights = structuredClone(line);
    moransI(values, weights, options);
    expect(values).toEqual([4, 1, 3, 2]);
    expect(weights).toEqual(line);
  });
});
