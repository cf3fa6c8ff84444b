import { describe, expect, it } from 'vitest';
import { briefingFlags } from '../../../src/lib/app/briefing-flags.ts';
import type { GroupAnalysis } from '../../../src/lib/app/risk-view.ts';

const criterion = (name: string, value: number, threshold: number, unit: string, fired: boolean) => ({
  criterion: name,
  messageKey: `flags.criterion.${name}`,
  value,
  threshold,
  comparison: '>=',
  unit,
  fired,
});
const analysis = {
  units: new Map([
    ['A', { flag: { gradeKey: 'flags.grade.watch', criteria: [criterion('concentration_share', 12.5, 10, 'percent', true), criterion('concentration_count', 50, 100, 'persons', false)] } }],
    ['N', { flag: { gradeKey: 'flags.grade.none', criteria: [criterion('concentration_count', 50, 100, 'persons', false)] } }],
  ]),
} as unknown as GroupAnalysis;
const t = (key: string, values?: Record<string, string>) => (values ? `${key}(${values.value}>=${values.threshold})` : key);

describe('briefingFlags', () => {
  it('gives the grade and only the criteria that fired, as sentences', () => {
    expect(briefingFlags(analysis, 'A', 'Group · date', 'en', t)).toEqual([
      { label: 'Group · date', grade: 'flags.grade.watch', reasons: ['flags.criterion.concentration_share(12.5%>=10%)'] },
    ]);
  });
  it('formats the numbers of the reasons in the reader language', () => {
    const [flag] = briefingFlags(analysis, 'A', 'x', 'cs', t);
    expect(flag.reasons[0]).toBe('flags.criterion.concentration_share(12,5\u00a0%>=10\u00a0%)');
  });
  it('says that no criterion reached its threshold rather than printing no reason', () => {
    expect(briefingFlags(analysis, 'N', 'x', 'en', t)[0]).toEqual({ label: 'x', grade: 'flags.grade.none', reasons: ['briefing.no_reasons'] });
  });
  it('prints "no data" for a unit the risk view has no result for', () => {
    expect(briefingFlags(analysis, 'B', 'x', 'en', t)).toEqual([{ label: 'x', grade: 'legend.no_data', reasons: [] }]);
  });
});
