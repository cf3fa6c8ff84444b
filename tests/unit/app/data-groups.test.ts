import { describe, expect, it } from 'vitest';
import { decodeAnalysisState } from '../../../src/lib/app/analysis-view.ts';
import { analysisGroup } from '../../../src/lib/app/risk-view.ts';

describe('groups found in the data (issue 11)', () => {
  it('a link may name a citizenship group; junk falls back to the default group', () => {
    expect(decodeAnalysisState('view=risk&g=foreigners_citizenship_vn').group).toBe('foreigners_citizenship_vn');
    expect(decodeAnalysisState('view=risk&g=<script>').group).toBe('foreigners');
  });
  it('a citizenship group is nested in the population, counted by its own indicator', () => {
    expect(analysisGroup('foreigners_citizenship_vn')).toMatchObject({ id: 'foreigners_citizenship_vn', countIndicator: 'foreigners_citizenship_vn', populationIndicator: 'population_total', nesting: 'nested' });
    expect(analysisGroup('foreigners').countIndicator).toBe('foreigners_total');
  });
});
