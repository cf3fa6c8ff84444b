import { describe, expect, it } from 'vitest';
import { briefingFlags } from '../../../src/lib/app/briefing-flags.ts';
import type { GroupAnalysis } from '../../../src/lib/app/risk-view.ts';

const analysis = {
  units: new Map([
    [
      'A',
      {
        flag: {
          gradeKey: 'flags.grade.watch',
          criteria: [
            { criterion: 'concentration_share', messageKey: 'flags.criterion.concentration_share', value: 12.5, threshold: 10, comparison: '>=', unit: 'percent', fired: true },
            { criterion: 'concentration_count', messageKey: 'flags.criterion.concentration_count', value: 50, threshold: 100, comparison: '>=', unit: 'persons', fired: false },
          ],
        },
      },
    ],
  ]),
} as unknown as GroupAnalysis;
const t = (key: string, values?: Record<string, string>) => (values ? `${key}(${values.value}>=${values.threshold})` : key);

describe('briefingFlags', () => {
  it('gives the grade and only the criteria that fired, as sentences', () => {
    expect(briefingFlags(analysis, 'A', 'Group · date', 'en', t)).toEqual([
      { label: 'Group · date', grade: 'flags.grade.watch', reasons: ['flags.criterion.concentration_share(12.5%>=10%)'] },
    ]);
  });
  it('returns null for a unit the risk view has no result for', () => {
    expect(briefingFlags(analysis, 'B', 'x', 'en', t)).toBeNull();
  });
});
