import type { FeatureCollection } from 'geojson';
import type { Topology } from 'topojson-specification';
import { topology } from 'topojson-server';
import { describe, expect, it } from 'vitest';
import { queenContiguity, restrictWeights } from '../../../src/lib/analysis/queen-contiguity.ts';
import { cellCode, gridTopology, squareFeature } from './grid-topology.fixture.ts';

const neighbourCodes = (weights: { codes: string[]; neighbours: number[][] }, code: string) =>
  weights.neighbours[weights.codes.indexOf(code)].map((j) => weights.codes[j]);

describe('queenContiguity', () => {
  it('golden 3 × 3 grid: the centre has 8 queen and 4 rook neighbours, a corner 3 and 2', () => {
    const grid = gridTopology(3, 3);
    const queen = queenContiguity(grid, 'units');
    const rook = queenContiguity(grid, 'units', 'rook');
    expect(neighbourCodes(queen, cellCode(1, 1))).toHaveLength(8);
    expect(neighbourCodes(rook, cellCode(1, 1)).sort()).toEqual([cellCode(0, 1), cellCode(1, 0), cellCode(1, 2), cellCode(2, 1)].sort());
    expect(neighbourCodes(queen, cellCode(0, 0)).sort()).toEqual([cellCode(0, 1), cellCode(1, 0), cellCode(1, 1)].sort());
    expect(neighbourCodes(rook, cellCode(0, 0))).toHaveLength(2);
  });
  it('gives the same neighbours on quantized (delta-encoded) arcs', () => {
    const plain = queenContiguity(gridTopology(4, 5), 'units');
    expect(queenContiguity(gridTopology(4, 5, 1e4), 'units')).toEqual(plain);
  });
  it('links two squares touching in a single corner (queen) but not as rook', () => {
    const units: FeatureCollection = { type: 'FeatureCollection', features: [squareFeature('a', 0, 0), squareFeature('b', 1, 1), squareFeature('c', 5, 5)] };
    const touching = topology({ units }) as unknown as Topology;
    const queen = queenContiguity(touching, 'units');
    expect(neighbourCodes(queen, 'a')).toEqual(['b']);
    expect(neighbourCodes(queen, 'c')).toEqual([]);
    expect(neighbourCodes(queenContiguity(touching, 'units', 'rook'), 'a')).toEqual([]);
  });
  it('is symmetric and sorted by code', () => {
    const weights = queenContiguity(gridTopology(4, 4), 'units');
    expect([...weights.codes].sort()).toEqual(weights.codes);
    weights.neighbours.forEach((list, i) => list.forEach((j) => expect(weights.neighbours[j]).toContain(i)));
  });
  it('throws for a missing object and does not mutate the topology', () => {
    const grid = gridTopology(2, 2);
    const copy = structuredClone(grid);
    queenContiguity(grid, 'units');
    expect(grid).toEqual(copy);
    expect(() => queenContiguity(grid, 'nope')).toThrow(/nope/);
  });
});

describe('restrictWeights', () => {
  it('drops units and the links to them', () => {
    const weights = queenContiguity(gridTopology(1, 3), 'units');
    const restricted = restrictWeights(weights, [cellCode(0, 0), cellCode(0, 2)]);
    expect(restricted).toEqual({ codes: [cellCode(0, 0), cellCode(0, 2)], neighbours: [[], []] });
  });
});
