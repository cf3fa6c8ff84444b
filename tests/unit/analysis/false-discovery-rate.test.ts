import { describe, expect, it } from 'vitest';
import { benjaminiHochberg } from '../../../src/lib/analysis/false-discovery-rate.ts';
import { localMoransLisa } from '../../../src/lib/analysis/local-morans-lisa.ts';
import { queenContiguity } from '../../../src/lib/analysis/queen-contiguity.ts';
import { cellCode, gridTopology } from './grid-topology.fixture.ts';

describe('benjaminiHochberg', () => {
  it('golden, by hand: p = 0.01, 0.04, 0.03, 0.2 (m = 4)', () => {
    // sorted 0.01, 0.03, 0.04, 0.2 → m·p/rank = 0.04, 0.06, 0.0533, 0.2;
    // running minimum from the top: 0.2, 0.0533, 0.0533, 0.04.
    const q = benjaminiHochberg([0.01, 0.04, 0.03, 0.2]);
    [0.04, 0.16 / 3, 0.16 / 3, 0.2].forEach((expected, i) => expect(q[i]).toBeCloseTo(expected, 12));
  });
  it('golden: five tests at 0.05, only the two smallest survive', () => {
    // 0.001·5/1 = 0.005, 0.008·5/2 = 0.02, 0.039·5/3 = 0.065, 0.041·5/4 = 0.05125, 0.042·5/5 = 0.042
    // → monotone from the top: 0.005, 0.02, 0.042, 0.042, 0.042
    const q = benjaminiHochberg([0.001, 0.008, 0.039, 0.041, 0.042]);
    expect(q.map((v) => Number(v.toFixed(6)))).toEqual([0.005, 0.02, 0.042, 0.042, 0.042]);
  });
  it('never lowers a p-value, caps at 1, keeps NaN out of the family', () => {
    const p = [0.5, Number.NaN, 0.9, 0.7];
    const q = benjaminiHochberg(p);
    expect(Number.isNaN(q[1])).toBe(true);
    // m = 3 finite tests: 0.5·3/1 = 1.5 → capped by the running minimum 0.9
    expect(q).toEqual([0.9, Number.NaN, 0.9, 0.9]);
    q.forEach((v, i) => Number.isFinite(v) && expect(v).toBeGreaterThanOrEqual(p[i]));
  });
  it('does not mutate its input', () => {
    const p = [0.3, 0.1];
    benjaminiHochberg(p);
    expect(p).toEqual([0.3, 0.1]);
  });
});

describe('localMoransLisa with the correction and the city-value rule', () => {
  const weights = queenContiguity(gridTopology(7, 7), 'units');
  const values = weights.codes.map((code) => (/^r[0-2]c[0-2]$/.test(code) ? 10 : (code.charCodeAt(1) * 7 + code.charCodeAt(3)) % 3));
  const options = { permutations: 999, seed: 20260404, significance: 0.05 };
  it('adjustedP is the BH q-value of pseudoP; equal to pseudoP when switched off', () => {
    const on = localMoransLisa(values, weights, options);
    const off = localMoransLisa(values, weights, { ...options, falseDiscoveryRate: false });
    expect(on.map((r) => r.adjustedP)).toEqual(benjaminiHochberg(on.map((r) => r.pseudoP)));
    expect(off.every((r) => r.adjustedP === r.pseudoP)).toBe(true);
    // the correction can only remove clusters
    const significant = (rs: typeof on) => rs.filter((r) => r.cluster !== 'not_significant').length;
    expect(significant(on)).toBeLessThanOrEqual(significant(off));
    expect(significant(off)).toBeGreaterThan(0);
  });
  it('high-high only above the city value: with a city value above the block no unit is high-high', () => {
    const plain = localMoransLisa(values, weights, { ...options, falseDiscoveryRate: false });
    expect(plain.find((r) => r.code === cellCode(1, 1))!.cluster).toBe('high_high');
    const capped = localMoransLisa(values, weights, { ...options, falseDiscoveryRate: false, cityValue: 11 });
    expect(capped.some((r) => r.cluster === 'high_high')).toBe(false);
  });
});
