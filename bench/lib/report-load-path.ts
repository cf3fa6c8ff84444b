// Issue 12 figures, all ratios within one bench run: first-contentful-paint against the same HTML
// without the app's scripts (nojs), the live map against a bare MapLibre page (floor), bytes fetched
// before the live map is interactive against the Leaflet page's raw GeoJSON + CSV (baseline), and
// which data file loads when.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { LoadMetrics } from './browser.ts';
import { gzipSize } from './server.ts';
import { median, fmtKB, fmtMs } from './stats.ts';

interface PageLike {
  name: string;
  status: string;
  loads: LoadMetrics[];
  median: Record<string, number | null>;
  dir: string;
  buildJs: { bytes: number; gzipBytes: number; files: number };
}

const med = (xs: (number | null)[]) => {
  const v = xs.filter((x): x is number => x != null && Number.isFinite(x));
  return v.length ? median(v) : null;
};
const ratio = (a: number | null | undefined, b: number | null | undefined) => (a != null && b != null && b !== 0 ? a / b : null);
const fx = (x: number | null) => (x == null ? 'n/a' : `${x.toFixed(2)}×`);
const pct = (x: number | null) => (x == null ? 'n/a' : `${(x * 100).toFixed(1)} %`);
const check = (ok: boolean | null) => (ok == null ? '–' : ok ? '✓' : '✗');

function table(head: string[], rows: string[][]): string[] {
  const w = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) => '| ' + r.map((c, i) => (c ?? '').padEnd(w[i])).join(' | ') + ' |';
  return [line(head), '| ' + w.map((x) => '-'.repeat(x)).join(' | ') + ' |', ...rows.map(line)];
}

/** When a file was fetched in one cold load: before the browser's first paint, before the live map, after it, or not at all. */
function whenFetched(l: LoadMetrics, url: string): string {
  if (l.beforeFcp.includes(url)) return 'before first paint';
  if (l.beforeReady.urls.includes(url)) return 'before live map';
  if (l.requestsLog.some((r) => r.url === url)) return 'after live map';
  return 'on demand (not in a cold load)';
}

export function issue12Report(pages: PageLike[], baselineDataBytes: number | null): string[] {
  const get = (n: string) => pages.find((p) => p.name === n && p.status === 'ok' && p.loads.length);
  const ours = get('ours');
  if (!ours) return [];
  const nojs = get('nojs');
  const floor = get('floor');
  const baseline = get('baseline');
  const fcp = (p?: PageLike) => (p ? med(p.loads.map((l) => l.fcpMs)) : null);
  const ready = (p?: PageLike) => (p ? med(p.loads.map((l) => l.readyMs)) : null);
  const live = (p?: PageLike) => (p ? med(p.loads.map((l) => l.liveMs ?? l.readyMs)) : null);
  const dataBefore = med(ours.loads.map((l) => l.beforeReady.dataBytes));
  const dataBeforeGz = med(ours.loads.map((l) => l.beforeReady.dataGzipBytes));
  const jsBefore = med(ours.loads.map((l) => l.beforeReady.jsGzipBytes));
  const fcpRatio = ratio(fcp(ours), fcp(nojs));
  const liveRatio = ratio(live(ours), live(floor));
  const dataShare = ratio(dataBefore, baselineDataBytes);
  const rows = [
    ['first-contentful-paint (paint timing)', fmtMs(fcp(ours)), `no-JS floor ${fmtMs(fcp(nojs))}`, fx(fcpRatio), '≤ 1.15×', check(fcpRatio == null ? null : fcpRatio <= 1.15)],
    ['  vs Leaflet page', fmtMs(fcp(ours)), `Leaflet ${fmtMs(fcp(baseline))}`, fx(ratio(fcp(ours), fcp(baseline))), '', ''],
    ['live map ready (__liveMap: drawn, pans, zooms)', fmtMs(live(ours)), `bare MapLibre ${fmtMs(live(floor))}`, fx(liveRatio), '≤ 1.2×', check(liveRatio == null ? null : liveRatio <= 1.2)],
    ['  app ready (__mapReady: hover, click, panels)', fmtMs(ready(ours)), `bare MapLibre ${fmtMs(live(floor))}`, fx(ratio(ready(ours), live(floor))), '', ''],
    ['data fetched before live map, decoded', fmtKB(dataBefore), `Leaflet raw GeoJSON + CSV ${fmtKB(baselineDataBytes)}`, pct(dataShare), '≤ 15 %', check(dataShare == null ? null : dataShare <= 0.15)],
    ['  same, gzip', fmtKB(dataBeforeGz), '', '', '', ''],
    ['JS fetched before live map, gzip', fmtKB(jsBefore), floor ? `bare MapLibre ${fmtKB(med(floor.loads.map((l) => l.beforeReady.jsGzipBytes)))}` : '', '', '≤ 450 KB', check(jsBefore == null ? null : jsBefore <= 450 * 1024)],
    ['all JS in build, gzip', fmtKB(ours.buildJs.gzipBytes), `${ours.buildJs.files} files`, '', '≤ 750 KB', check(ours.buildJs.gzipBytes <= 750 * 1024)],
  ];
  const out = ['', `## Load path (issue 12): medians of ${ours.loads.length} cold loads, ratios within this run`, '', ...table(['figure', 'ours', 'reference', 'ratio', 'target', ''], rows)];
  const last = ours.loads[ours.loads.length - 1];
  out.push('', `ours: requests finished before the first-contentful-paint (one cold load, FCP ${fmtMs(last.fcpMs)}): ${last.beforeFcp.join(', ') || 'none'}`);
  // every data file of the build, its size and when the cold load fetched it
  const dataDir = path.join(ours.dir, 'data');
  const files = readdirSync(dataDir).filter((f) => statSync(path.join(dataDir, f)).isFile());
  const fileRows = files
    .map((f) => {
      const buf = readFileSync(path.join(dataDir, f));
      return { f, bytes: buf.length, gz: gzipSize(buf), when: whenFetched(last, `/data/${f}`) };
    })
    .sort((a, b) => b.bytes - a.bytes)
    .map((x) => [x.f, fmtKB(x.bytes), fmtKB(x.gz), x.when]);
  out.push('', 'ours: data files of the build (decoded / gzip) and when one cold load fetched them', '', ...table(['file', 'decoded', 'gzip', 'fetched'], fileRows));
  return out;
}
