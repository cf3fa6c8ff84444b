// Golden test: the toy city's indicators.csv and topology. Regenerate with UPDATE_GOLDEN=1.
import { existsSync, mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildData } from '../../../scripts/build-pipeline.ts';
import { TOY_DIR } from './toy-city.ts';

const GOLDEN = path.resolve(__dirname, '../../fixtures/toy-city-expected');

describe('toy city build (golden files)', () => {
  it('writes the expected indicators.csv and districts.topo.json', async () => {
    const out = mkdtempSync(path.join(tmpdir(), 'toy-golden-'));
    await buildData({ dataDir: TOY_DIR, outDir: out, now: new Date('2026-11-01T00:00:00Z') });
    for (const file of ['indicators.csv', 'districts.topo.json']) {
      const actual = readFileSync(path.join(out, file), 'utf8');
      if (process.env.UPDATE_GOLDEN || !existsSync(path.join(GOLDEN, file))) {
        mkdirSync(GOLDEN, { recursive: true });
        writeFileSync(path.join(GOLDEN, file), actual);
      }
      expect(actual, file).toBe(readFileSync(path.join(GOLDEN, file), 'utf8'));
    }
  });
  it('sums SO 43 (Praha 4 + Kunratice) but writes no SO 43 foreigners (Kunratice has none)', async () => {
    const csv = readFileSync(path.join(GOLDEN, 'indicators.csv'), 'utf8');
    expect(csv).toContain('spravni_obvody,43,population_total,2019-12-31,140800,persons,czso_population');
    expect(csv).not.toMatch(/spravni_obvody,43,foreigners_total/);
    expect(csv).toContain('city,999001,population_total,2019-12-31,296726,persons,czso_population');
  });
});
