import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSources, describeExpectedFiles } from '../../../src/lib/pipeline/read-sources.ts';
import { INDICATOR_DEFINITIONS } from '../../../src/lib/pipeline/indicator-definitions.ts';

const committed = readFileSync(path.resolve(__dirname, '../../../geodata/sources.json'), 'utf8');

describe('readSources', () => {
  const sources = readSources(committed, 'geodata/sources.json');
  it('parses the committed geodata/sources.json', () => expect(sources.length).toBeGreaterThanOrEqual(20));
  it('describes every source an indicator cites', () => {
    const ids = new Set(sources.map((s) => s.id));
    for (const d of INDICATOR_DEFINITIONS) for (const id of d.source_ids) expect(ids.has(id), id).toBe(true);
  });
  it('holds metadata only: no numeric values and no quoted figures in its texts', () => {
    const leaves: unknown[] = [];
    const walk = (x: unknown): void => (x && typeof x === 'object' ? Object.values(x).forEach(walk) : void leaves.push(x));
    walk(JSON.parse(committed));
    expect(leaves.filter((x) => typeof x === 'number')).toEqual([]);
    expect(leaves.filter((x) => typeof x === 'string' && /\d{1,3}(,\d{3})+/.test(x))).toEqual([]);
  });
  it('lists required files with their publishers for the "no data" message', () => {
    const msg = describeExpectedFiles(sources);
    expect(msg).toContain('stats/mc_codes.csv');
    expect(msg).toContain('IPR Praha');
  });
  it('refuses a source without a licence, naming the entry', () => {
    const broken = JSON.parse(committed);
    delete broken.sources[1].licence;
    expect(() => readSources(JSON.stringify(broken), 's.json')).toThrow(/s\.json: row 2, field licence/);
  });
});
