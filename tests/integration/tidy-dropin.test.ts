// Issue 11: a synthetic multi-year, multi-citizenship tidy set (made here, never committed) dropped
// into a copy of the REAL data directory: new dates at every level, shares with their denominator
// dates, segregation indices per citizenship, change measures against the previous date,
// "majority leaving" on Czech citizens, and the change report.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildData, REPO_ROOT } from '../../scripts/build-pipeline.ts';
import { resolveDataDir } from '../../src/lib/pipeline/resolve-data-dir.ts';
import { parseCsv } from '../../src/lib/pipeline/parse-csv.ts';
import type { Manifest } from '../../src/lib/contract.ts';
import type { ChangeReport } from '../../src/lib/pipeline/change-report.ts';

const resolved = resolveDataDir([], process.env, existsSync, REPO_ROOT);
const work = mkdtempSync(path.join(tmpdir(), 'tidy-dropin-'));
const data = path.join(work, 'data');
const out = path.join(work, 'out');
const D1 = '2022-12-31';
const D2 = '2023-12-31';
const CENSUS = '2021-03-27';

let codes: string[];
let rows: Record<string, string>[];
let analysis: Record<string, string>[];
let segregation: Record<string, string>[];
let manifest: Manifest;
let changes: ChangeReport;
let changesAfterEdit: ChangeReport;
const vn = (i: number, d: string) => 10 + (i % 13) + (d === D2 && i % 2 === 0 ? 40 : 0);
const ua = (i: number, _d: string) => 20 + (i % 5);
const cz = (i: number, d: string) => 20000 - 10 * i - (d === D2 && i === 0 ? 500 : 0);

function tidyCsv(edit = 0): string {
  const lines = ['code,indicator,ref_date,value'];
  codes.forEach((code, i) => {
    for (const d of [D1, D2]) {
      lines.push(`${code},foreigners_citizenship_vn,${d},${vn(i, d) + (edit && i === 1 && d === D2 ? edit : 0)}`);
      lines.push(`${code},foreigners_citizenship_ua,${d},${ua(i, d)}`);
      lines.push(`${code},foreigners_total,${d},${vn(i, d) + ua(i, d) + 30}`);
      lines.push(`${code},czech_citizens_total,${d},${cz(i, d)}`);
    }
  });
  return lines.join('\n') + '\n';
}
const read = (f: string) => parseCsv(readFileSync(path.join(out, f), 'utf8'), f).rows.map((r) => r.values);
const value = (level: string, code: string, indicator: string, date: string) =>
  rows.find((r) => r.level === level && r.code === code && r.indicator === indicator && r.ref_date === date)?.value;

beforeAll(async () => {
  expect(resolved, 'no data directory found').not.toBeNull();
  cpSync(resolved!.dir, data, { recursive: true, filter: (src) => path.basename(src) !== 'raw' });
  codes = parseCsv(readFileSync(path.join(data, 'stats/mc_codes.csv'), 'utf8'), 'c').rows.map((r) => r.values.kod_mc);
  await buildData({ dataDir: data, outDir: out });
  mkdirSync(path.join(data, 'tidy'));
  writeFileSync(path.join(data, 'tidy/cizinci_obcanstvi.csv'), tidyCsv());
  writeFileSync(
    path.join(data, 'tidy/cizinci_obcanstvi.json'),
    JSON.stringify({ title: 'Synthetic foreigners by citizenship', publisher: 'test', licence: 'test', attribution: 'test', as_of: D2 }),
  );
  changes = (await buildData({ dataDir: data, outDir: out })).changes;
  rows = read('indicators.csv');
  analysis = read('analysis.csv');
  segregation = read('segregation.csv');
  manifest = JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8'));
}, 600_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('tidy drop-in on the real data', () => {
  it('new dates at every level; counts summed', () => {
    for (const level of ['districts', 'spravni_obvody', 'obvody', 'city']) {
      for (const d of [D1, D2]) expect(rows.some((r) => r.level === level && r.indicator === 'foreigners_citizenship_vn' && r.ref_date === d), `${level} ${d}`).toBe(true);
    }
    const sum = codes.reduce((s, _c, i) => s + vn(i, D2), 0);
    expect(Number(value('city', '554782', 'foreigners_citizenship_vn', D2))).toBe(sum);
    expect(manifest.inputs.some((i) => i.id === 'tidy_cizinci_obcanstvi' && i.path === 'tidy/cizinci_obcanstvi.csv')).toBe(true);
  });
  it('shares use the nearest earlier population and record it', () => {
    const pop = Number(value('city', '554782', 'population_total', CENSUS));
    const sum = codes.reduce((s, _c, i) => s + vn(i, D1), 0);
    expect(Number(value('city', '554782', 'foreigners_citizenship_vn_share', D1))).toBeCloseTo((100 * sum) / pop, 4);
    const share = manifest.indicators.find((i) => i.id === 'foreigners_citizenship_vn_share')!;
    expect(share.denominator_dates![D1]).toEqual([CENSUS]);
    // 2023: six districts have a 2023 population, the others (and the city) fall back to the census
    expect(share.denominator_dates![D2]).toEqual([CENSUS, D2]);
    expect(value('districts', codes[0], 'foreigners_share', D1)).toBeDefined();
  });
  it('segregation indices per citizenship at each date', () => {
    for (const group of ['foreigners_citizenship_vn', 'foreigners_citizenship_ua', 'foreigners']) {
      for (const d of [D1, D2]) {
        const idx = segregation.filter((r) => r.level === 'districts' && r.group === group && r.ref_date === d);
        expect(idx.map((r) => r.index), `${group} ${d}`).toEqual(expect.arrayContaining(['dissimilarity', 'isolation', 'theil_h', 'units']));
      }
    }
    expect(segregation.find((r) => r.level === 'districts' && r.group === 'foreigners_citizenship_vn' && r.ref_date === D2 && r.index === 'units')?.value).toBe('57');
  });
  it('change measures compare with the previous date of the same group', () => {
    const at = (code: string, measure: string, d: string) =>
      analysis.find((r) => r.level === 'districts' && r.code === code && r.group === 'foreigners_citizenship_vn' && r.measure === measure && r.ref_date === d)?.value;
    expect(Number(at(codes[0], 'change_count', D2))).toBe(40);
    expect(Number(at(codes[1], 'change_count', D2))).toBe(0);
    expect(at(codes[0], 'change_count', D1)).toBeUndefined();
  });
  it('"majority leaving" works on czech_citizens_total with two dates', () => {
    const status = (code: string) =>
      analysis.find((r) => r.level === 'districts' && r.code === code && r.group === 'foreigners_citizenship_vn' && r.measure === 'majority_leaving_status' && r.ref_date === D2)?.value;
    expect(status(codes[0])).toBe('1'); // group +40, Czech citizens −500
    expect(status(codes[2])).toBe('0'); // group +40, Czech citizens unchanged
  });
  it('the change report lists new indicators and dates, and no changed existing values', () => {
    expect(changes.first_build).toBe(false);
    expect(changes.indicators_added).toEqual(expect.arrayContaining(['czech_citizens_total', 'foreigners_citizenship_ua', 'foreigners_citizenship_vn', 'foreigners_citizenship_vn_share']));
    expect(changes.dates_added.foreigners_total).toEqual([D1, D2]);
    expect(changes.values_changed.count).toBe(0);
    expect(JSON.parse(readFileSync(path.join(out, 'changes.json'), 'utf8'))).toEqual(changes);
  });
  it('a corrected value for an existing date is reported with the largest change', async () => {
    writeFileSync(path.join(data, 'tidy/cizinci_obcanstvi.csv'), tidyCsv(1000));
    changesAfterEdit = (await buildData({ dataDir: data, outDir: out })).changes;
    expect(changesAfterEdit.indicators_added).toEqual([]);
    expect(changesAfterEdit.values_changed.count).toBeGreaterThan(0);
    expect(changesAfterEdit.values_changed.largest[0]).toMatchObject({ indicator: 'foreigners_citizenship_vn', ref_date: D2, difference: 1000 });
  }, 600_000);
  it('a bad drop-in fails and leaves the previous output byte-identical', async () => {
    const before = readFileSync(path.join(out, 'indicators.csv'));
    writeFileSync(path.join(data, 'tidy/prazdny.csv'), 'code,indicator,ref_date,value\n');
    writeFileSync(path.join(data, 'tidy/prazdny.json'), JSON.stringify({ title: 't', publisher: 'p', licence: 'l', attribution: 'a', as_of: '2024' }));
    await expect(buildData({ dataDir: data, outDir: out })).rejects.toThrow(/tidy\/prazdny.csv: row 2, field -: has a header but no data rows/);
    expect(readFileSync(path.join(out, 'indicators.csv')).equals(before)).toBe(true);
    rmSync(path.join(data, 'tidy/prazdny.csv'));
    rmSync(path.join(data, 'tidy/prazdny.json'));
  }, 600_000);
});
