import { describe, expect, it } from 'vitest';
import { checkTidyShares } from '../../../src/lib/pipeline/check-tidy-shares.ts';
import { InputError } from '../../../src/lib/pipeline/input-error.ts';
import type { Measurement } from '../../../src/lib/pipeline/measurement.ts';
import type { TidyInput } from '../../../src/lib/pipeline/read-tidy.ts';

const m = (indicator: string, code: string, ref_date: string, value: number, source_id = 'x'): Measurement => ({ indicator, code, ref_date, value, source_id });

function tidy(rows: Measurement[]): TidyInput {
  return {
    source: { path: 'tidy/vn.csv' } as TidyInput['source'],
    measurements: rows,
    lines: new Map(rows.map((r, i) => [r, i + 2])),
    indicators: new Map([['foreigners_citizenship_vn', { unit: 'persons', kind: 'count', group: true, denominator: 'population_total', definition: '' }]]),
  };
}

describe('checkTidyShares', () => {
  const population = [m('population_total', '1', '2020-12-31', 100), m('population_total', '1', '2022-12-31', 50)];

  it('accepts counts within the denominator at the same or the nearest earlier date, and counts with no denominator yet', () => {
    const rows = [m('foreigners_citizenship_vn', '1', '2021-12-31', 90), m('foreigners_citizenship_vn', '1', '2019-12-31', 500)];
    expect(() => checkTidyShares([tidy(rows)], [...population, ...rows])).not.toThrow();
  });

  it('refuses a count above its denominator, naming file, row and field', () => {
    const rows = [m('foreigners_citizenship_vn', '1', '2021-12-31', 90), m('foreigners_citizenship_vn', '1', '2023-06-30', 60)];
    const run = () => checkTidyShares([tidy(rows)], [...population, ...rows]);
    expect(run).toThrow(InputError);
    expect(run).toThrow(/tidy\/vn\.csv.*row 3.*value.*60 foreigners_citizenship_vn in 1 at 2023-06-30 exceeds population_total \(50 at 2022-12-31\)/);
  });
});
