import { describe, expect, it } from 'vitest';
import type { GroupAnalysis, UnitAnalysis } from '../../../src/lib/app/risk-view.ts';
import { accessClasses, lisaClasses, riskClasses } from '../../../src/lib/app/analysis-classes.ts';
import { GRADE_COLOURS } from '../../../src/lib/app/analysis-view.ts';
import type { FlagGrade, LisaCluster } from '../../../src/lib/analysis/index.ts';

function analysis(units: [string, FlagGrade, LisaCluster, number][]): GroupAnalysis {
  const gradeCounts = { unreliable: 0, none: 0, near_miss: 0, watch: 0, high: 0 };
  const clusterCounts = { not_significant: 0, high_high: 0, low_low: 0, high_low: 0, low_high: 0, no_neighbours: 0 };
  const map = new Map<string, UnitAnalysis>();
  for (const [code, grade, cluster, km] of units) {
    gradeCounts[grade]++;
    clusterCounts[cluster]++;
    map.set(code, { code, flag: { grade }, lisa: { cluster }, access2sfca: { library: km * 2 } } as unknown as UnitAnalysis);
  }
  return { group: 'foreigners', date: '2019-12-31', dates: ['2019-12-31'], units: map, nearestKm: new Map(units.map(([code, , , km]) => [code, { library: km }])), gradeCounts, clusterCounts };
}

const sample = analysis([
  ['a', 'high', 'high_high', 0.5],
  ['b', 'none', 'not_significant', 1],
  ['c', 'unreliable', 'low_low', 2],
  ['d', 'watch', 'not_significant', 4],
]);

describe('analysis classes', () => {
  it('risk: one colour per unit from its grade, the legend lists every grade with its count', () => {
    const { colourByCode, classes } = riskClasses(sample);
    expect(colourByCode.get('a')).toBe(GRADE_COLOURS.high);
    expect(colourByCode.get('c')).toBe(GRADE_COLOURS.unreliable);
    expect(classes.map((c) => [c.id, c.count])).toEqual([['high', 1], ['watch', 1], ['near_miss', 0], ['none', 1], ['unreliable', 1]]);
  });

  it('lisa: clusters with counts, "no neighbours" only when it occurs', () => {
    const { classes } = lisaClasses(sample);
    expect(classes.find((c) => c.id === 'not_significant')!.count).toBe(2);
    expect(classes.some((c) => c.id === 'no_neighbours')).toBe(false);
  });

  it('access: every unit with a distance is in exactly one class', () => {
    const { colourByCode, classes } = accessClasses(sample, 'nearest_km', 'library');
    expect(colourByCode.size).toBe(4);
    expect(classes.reduce((sum, c) => sum + c.count, 0)).toBe(4);
    expect(classes[0].range![0]).toBe(0.5);
  });
});
