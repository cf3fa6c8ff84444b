// Large tables are read in worker threads (scripts/table-workers.ts) and the permutation tests of a
// large city run in one (scripts/spatial-test-worker.ts). Forced onto the REAL data (every streamed
// table, the tests of every level), the build must write byte for byte what the one-thread build
// writes, and a bad row read in a worker must fail the build with the same message naming file,
// row and field.
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildData, REPO_ROOT } from '../../scripts/build-pipeline.ts';
import { resolveDataDir } from '../../src/lib/pipeline/resolve-data-dir.ts';

const resolved = resolveDataDir([], process.env, existsSync, REPO_ROOT);
const dataDir = resolved?.dir ?? '';
const work = mkdtempSync(path.join(tmpdir(), 'worker-threads-'));
const ONE_THREAD = { workerTableBytes: Number.POSITIVE_INFINITY, workerTestUnits: Number.POSITIVE_INFINITY };
const WORKERS = { workerTableBytes: 0, workerTestUnits: 0 };
const now = new Date('2026-11-23T00:00:00Z');
const AGE_SEX = 'stats/mc_population_by_age_sex_czso_2011_2019.csv';
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('worker threads', () => {
  it('gives every output file byte for byte as the one-thread build', async () => {
    expect(resolved, 'no data directory found').not.toBeNull();
    const one = path.join(work, 'one');
    const many = path.join(work, 'many');
    await buildData({ dataDir, outDir: one, now, ...ONE_THREAD });
    await buildData({ dataDir, outDir: many, now, ...WORKERS });
    const files = readdirSync(one).sort();
    expect(readdirSync(many).sort()).toEqual(files);
    expect(files).toContain('indicators.csv');
    for (const file of files) expect(readFileSync(path.join(many, file)).equals(readFileSync(path.join(one, file))), file).toBe(true);
  }, 120_000);

  it('fails on a bad row read in a worker with the one-thread message, and leaves no output', async () => {
    const copy = path.join(work, 'data');
    cpSync(dataDir, copy, { recursive: true });
    const lines = readFileSync(path.join(copy, AGE_SEX), 'utf8').split('\n');
    const fields = lines[1000].split(',');
    const countAt = lines[0].split(',').indexOf('count');
    fields[countAt] = '12,5';
    lines[1000] = fields.join(',');
    writeFileSync(path.join(copy, AGE_SEX), lines.join('\n'));
    const expected = /mc_population_by_age_sex_czso_2011_2019\.csv: row 1001, field -: has \d+ fields, header has \d+/;
    await expect(buildData({ dataDir: copy, outDir: path.join(work, 'bad-one'), now, ...ONE_THREAD })).rejects.toThrow(expected);
    await expect(buildData({ dataDir: copy, outDir: path.join(work, 'bad-many'), now, ...WORKERS })).rejects.toThrow(expected);
    expect(existsSync(path.join(work, 'bad-many'))).toBe(false);
  }, 120_000);
});
