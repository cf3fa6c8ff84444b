import { describe, expect, it } from 'vitest';
import { buildManifest } from '../../../src/lib/pipeline/build-manifest.ts';
import { INDICATOR_DEFINITIONS } from '../../../src/lib/pipeline/indicator-definitions.ts';
import type { SourceDescription } from '../../../src/lib/pipeline/read-sources.ts';
import { PRAGUE } from './city.ts';
import { cityInfo } from '../../../src/lib/pipeline/city-config.ts';

const source: SourceDescription = {
  id: 'czso_population', path: 'stats/p.csv', format: 'csv', key: 'kod_mc', fields: [], required: true, title: 't', publisher: 'ČSÚ', licence: 'l', attribution: 'a', as_of: '2019-12-31', caveats: [],
};

describe('buildManifest', () => {
  const manifest = buildManifest({
    builtAt: new Date(0),
    inputs: [{ source, sha256: 'ab', bytes: 3 }],
    definitions: INDICATOR_DEFINITIONS,
    rows: [
      { level: 'districts', code: 'a', indicator: 'population_total', ref_date: '2019-12-31', value: 1, unit: 'persons', source_id: 'czso_population' },
      { level: 'city', code: '554782', indicator: 'population_total', ref_date: '2011-12-31', value: 1, unit: 'persons', source_id: 'czso_population' },
    ],
    measures: [],
    outputs: [],
    topology: { quantization: 1e5, simplification: 's' },
    city: cityInfo(PRAGUE),
  });
  it('takes built_at from the given date', () => expect(manifest.built_at).toBe('1970-01-01T00:00:00.000Z'));
  it('lists only indicators with rows, with their levels and dates from the rows', () => {
    expect(manifest.indicators.map((i) => i.id)).toEqual(['population_total']);
    expect(manifest.indicators[0]).toMatchObject({ levels: ['districts', 'city'], dates: ['2011-12-31', '2019-12-31'], source_ids: ['czso_population'] });
  });
  it('copies input metadata with sha256 and bytes', () => expect(manifest.inputs[0]).toMatchObject({ id: 'czso_population', sha256: 'ab', bytes: 3, publisher: 'ČSÚ' }));
});
