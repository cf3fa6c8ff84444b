// `npm run bench`: performance bench (issue 6, performance half; issue 2 sizes). Not part of `npm test`.
//
//   npm run bench [-- --runs 5] [--skip-browser] [--skip-pipeline] [--no-build]
//                 [--synthetic-units 250,1000,10000] [--synthetic-runs 1] [--pipeline-timeout 600]
//                 [--points 100000] [--profile] [--no-floor] [--keep-synthetic] [--dist dir] [--no-bundle-report] [--loads-only]
//
// Baseline (Leaflet page in bench/baseline, raw GeoJSON + raw CSV joined in the browser) and ours
// (the production build in dist/) are served by bench/lib/server.ts on 127.0.0.1 and loaded side by
// side in headless Debian Chromium. Results: a printed table + bench/out/results.json.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startStaticServer, gzipSize, type StaticServer } from './lib/server.ts';
import { openSession, coldLoad, hoverBench, panBench, profileLoad, type LoadMetrics, type HoverResult, type PanResult, type ProfileSummary } from './lib/browser.ts';
import { median, fmtKB, fmtMs } from './lib/stats.ts';
import { interiorPoint, featurePolygons } from './lib/geo.ts';
import { generateSyntheticCity } from './synthetic.ts';
import { issue12Report } from './lib/report-load-path.ts';
import { bundleReport } from './bundle.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'bench/out');
const BASELINE_DIST = path.join(OUT, 'baseline-dist');
// --dist <dir>: measure that build as it is (e.g. a copy of an earlier build, for a before/after run)
const DIST_ARG = process.argv.indexOf('--dist');
const DIST = DIST_ARG >= 0 && process.argv[DIST_ARG + 1] ? path.resolve(process.argv[DIST_ARG + 1]) : path.join(ROOT, 'dist');
/** dist/ is copied here before measuring: others may rebuild dist/ while the bench runs. */
const OURS_SNAPSHOT = path.join(OUT, 'ours-dist');
const FLOOR_DIST = path.join(OUT, 'floor-dist');
/** ours with the app's scripts taken out of index.html: the first paint the HTML alone gets */
const NOJS_DIST = path.join(OUT, 'nojs-dist');

// ---------- args ----------
const argv = process.argv.slice(2);
const flag = (n: string) => argv.includes(n);
const opt = (n: string, d: number) => {
  const i = argv.indexOf(n);
  return i >= 0 && argv[i + 1] ? Number(argv[i + 1]) : d;
};
const RUNS = Math.max(1, Math.min(50, opt('--runs', 5)));
const SYN_UNITS_LIST = (() => {
  const i = argv.indexOf('--synthetic-units');
  const raw = i >= 0 && argv[i + 1] ? argv[i + 1] : '250,1000,10000';
  return raw.split(',').map((x) => Math.max(240, Math.min(100_000, Math.round(Number(x))))).filter((x) => Number.isFinite(x)).slice(0, 5);
})();
const TARGET_UNITS = 10_000;
const SYN_RUNS = Math.max(1, Math.min(5, opt('--synthetic-runs', 1)));
const PIPELINE_TIMEOUT_S = opt('--pipeline-timeout', 600);
const HOVERS = 50;
const POINTS = opt('--points', 100_000);

const log = (...a: unknown[]) => console.error('[bench]', ...a);

// ---------- helpers ----------
function resolveDataDir(): string {
  const c = [process.env.GEODATA_DIR, path.join(ROOT, 'geodata/raw'), path.join(ROOT, '../shared/data')].filter(Boolean) as string[];
  for (const d of c) if (existsSync(path.join(d, 'boundaries/mestske_casti.geojson'))) return path.resolve(d);
  throw new Error(`no data dir with boundaries/mestske_casti.geojson among: ${c.join(', ')}`);
}

async function walk(dir: string): Promise<string[]> {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...(await walk(p)));
    else out.push(p);
  }
  return out;
}

async function fileSizes(files: string[]): Promise<{ bytes: number; gzipBytes: number; files: { file: string; bytes: number; gzipBytes: number }[] }> {
  const list = [];
  for (const f of files) {
    if (!existsSync(f)) continue;
    const b = await readFile(f);
    list.push({ file: path.relative(ROOT, f), bytes: b.length, gzipBytes: gzipSize(b) });
  }
  return { bytes: list.reduce((a, x) => a + x.bytes, 0), gzipBytes: list.reduce((a, x) => a + x.gzipBytes, 0), files: list };
}

/** Runs a command in its own process group; kills the group on timeout. */
function run(cmd: string, args: string[], timeoutS: number, env: NodeJS.ProcessEnv = {}): Promise<{ code: number | null; out: string; timedOut: boolean; ms: number }> {
  return new Promise((resolve) => {
    const t0 = performance.now();
    const child = spawn(cmd, args, { cwd: ROOT, env: { ...process.env, ...env }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {}
    }, timeoutS * 1000);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, out, timedOut, ms: performance.now() - t0 });
    });
  });
}

// ---------- builds ----------
async function buildBaseline(dataDir: string): Promise<void> {
  const { build } = await import('vite');
  await build({ configFile: path.join(ROOT, 'bench/baseline/vite.config.ts'), logLevel: 'warn' });
  const dataOut = path.join(BASELINE_DIST, 'data');
  await mkdir(dataOut, { recursive: true });
  await cp(path.join(dataDir, 'boundaries/mestske_casti.geojson'), path.join(dataOut, 'mestske_casti.geojson'));
  await cp(path.join(dataDir, 'stats/extra/mc_foreigners_ipr_katalog_2019.csv'), path.join(dataOut, 'mc_foreigners_ipr_katalog_2019.csv'));
}

async function buildFloor(): Promise<void> {
  const { build } = await import('vite');
  await build({ configFile: path.join(ROOT, 'bench/floor/vite.config.ts'), logLevel: 'warn' });
  await mkdir(path.join(FLOOR_DIST, 'data'), { recursive: true });
  for (const f of ['districts.topo.json', 'indicators.csv']) await cp(path.join(OURS_SNAPSHOT, 'data', f), path.join(FLOOR_DIST, 'data', f));
}

/**
 * The no-JS floor: the same index.html without the app's scripts: module scripts and modulepreloads,
 * and the app entry that public/prerender-map.js would start after the first paint (its
 * data-app-modules / data-app-styles). prerender-map.js itself stays: it shows the prerendered SVG.
 */
async function buildNoJs(): Promise<void> {
  await rm(NOJS_DIST, { recursive: true, force: true });
  await cp(OURS_SNAPSHOT, NOJS_DIST, { recursive: true });
  const file = path.join(NOJS_DIST, 'index.html');
  const html = (await readFile(file, 'utf8'))
    .replace(/\s*<script type="module"[^>]*>\s*<\/script>/g, '')
    .replace(/\s*<link rel="modulepreload"[^>]*>/g, '')
    .replace(/ data-app-(modules|styles)="[^"]*"/g, '');
  if (/type="module"|data-app-modules/.test(html)) throw new Error('nojs page: an app script is left in index.html');
  await writeFile(file, html);
}

async function newestMtime(paths: string[]): Promise<number> {
  let m = 0;
  for (const p of paths) for (const f of existsSync(p) && (await stat(p)).isDirectory() ? await walk(p) : [p]) if (existsSync(f)) m = Math.max(m, (await stat(f)).mtimeMs);
  return m;
}

async function ensureOurs(): Promise<{ ok: boolean; note: string; buildMs?: number }> {
  const srcNewest = await newestMtime(['src', 'index.html', 'vite.config.ts', 'scripts', 'public'].map((p) => path.join(ROOT, p)));
  const distIndex = path.join(DIST, 'index.html');
  const distTime = existsSync(distIndex) ? (await stat(distIndex)).mtimeMs : 0;
  if (DIST_ARG >= 0) return distTime ? { ok: true, note: `${DIST} as it is (--dist)` } : { ok: false, note: `${DIST}: no index.html` };
  if (distTime && (flag('--no-build') || distTime >= srcNewest)) return { ok: true, note: 'dist/ up to date' };
  if (flag('--no-build')) return { ok: false, note: 'dist/ missing (--no-build)' };
  if (!existsSync(path.join(ROOT, 'index.html'))) return { ok: false, note: 'app not built: no index.html in the repo yet' };
  log(distTime ? 'dist/ is stale: npm run build' : 'dist/ missing: npm run build');
  const r = await run('npm', ['run', 'build'], 600);
  if (r.code !== 0 || !existsSync(distIndex)) return { ok: false, note: `npm run build failed (${r.timedOut ? 'timeout' : 'exit ' + r.code}): ${r.out.trim().split('\n').slice(-6).join(' | ')}` };
  return { ok: true, note: `built with npm run build in ${(r.ms / 1000).toFixed(1)} s`, buildMs: r.ms };
}

// ---------- browser bench ----------
interface PageResult {
  name: string;
  dir: string;
  status: string;
  loads: LoadMetrics[];
  median: Record<string, number | null>;
  hover: HoverResult | null;
  pan: PanResult | null;
  buildJs: { bytes: number; gzipBytes: number; files: number };
  errors: string[];
  profile?: ProfileSummary | null;
}

const METRIC_KEYS = ['paintMs', 'fcpMs', 'readyMs', 'liveMs', 'tbtMs', 'bytes', 'gzipBytes', 'jsBytes', 'jsGzipBytes', 'jsFirstBytes', 'jsFirstGzipBytes', 'heapUsed', 'heapUsedPerfMemory', 'requests'] as const;

async function buildJs(dir: string) {
  const files = (await walk(dir)).filter((f) => /\.m?js$/.test(f));
  const s = await fileSizes(files);
  return { bytes: s.bytes, gzipBytes: s.gzipBytes, files: files.length };
}

interface BenchPage {
  name: string;
  server: StaticServer | null;
  dir: string;
  note: string;
  /** false: no live map (the no-JS floor): first paint and bytes only, no hover or pan */
  waitReady?: boolean;
}

async function browserBench(pages: BenchPage[], hoverPts: [number, number][]): Promise<PageResult[]> {
  const results: PageResult[] = pages.map((p) => ({ name: p.name, dir: p.dir, status: p.server ? 'ok' : p.note, loads: [], median: {}, hover: null, pan: null, buildJs: { bytes: 0, gzipBytes: 0, files: 0 }, errors: [], profile: null }));
  for (let i = 0; i < RUNS; i++) {
    // alternate the order so neither page always runs first
    const order = i % 2 === 0 ? pages.map((_, k) => k) : pages.map((_, k) => pages.length - 1 - k);
    for (const k of order) {
      const p = pages[k];
      const r = results[k];
      if (!p.server || r.status !== 'ok') continue;
      const s = await openSession();
      try {
        const m = await coldLoad(s, p.server, { waitReady: p.waitReady });
        r.loads.push(m);
        log(`${p.name} load ${i + 1}/${RUNS}: FCP ${fmtMs(m.fcpMs)}, mark ${fmtMs(m.paintMs)}, live ${fmtMs(m.liveMs)}, ready ${fmtMs(m.readyMs)}, ${fmtKB(m.bytes)} (${fmtKB(m.gzipBytes)} gz), heap ${fmtKB(m.heapUsed)}`);
      } catch (e) {
        r.status = `load failed: ${(e as Error).message.split('\n')[0]}`;
        log(`${p.name}: ${r.status}`);
      } finally {
        r.errors.push(...s.errors.slice(0, 5));
        await s.close();
      }
    }
  }
  for (const [k, p] of pages.entries()) {
    const r = results[k];
    r.buildJs = await buildJs(p.dir);
    for (const key of METRIC_KEYS) {
      const v = r.loads.map((l) => l[key] as number | null).filter((x): x is number => x != null && Number.isFinite(x));
      r.median[key] = v.length ? median(v) : null;
    }
    if (!p.server || r.status !== 'ok' || p.waitReady === false || flag('--loads-only')) continue;
    // one more fresh session for the interaction figures
    const s = await openSession();
    try {
      if (flag('--profile')) {
        r.profile = await profileLoad(s, p.server);
        await s.page.goto('about:blank');
      }
      await coldLoad(s, p.server);
      await s.page.screenshot({ path: path.join(OUT, `${p.name}.png`) }).catch(() => {});
      r.hover = await hoverBench(s.page, hoverPts, HOVERS);
      log(`${p.name} hover: ${r.hover.status} p50 ${fmtMs(r.hover.p50)} p95 ${fmtMs(r.hover.p95)} (${r.hover.timeouts} timeouts)`);
      r.pan = await panBench(s.page, POINTS);
      log(`${p.name} pan: ${r.pan.status} add ${fmtMs(r.pan.addMs)} frames p50 ${fmtMs(r.pan.p50)} p95 ${fmtMs(r.pan.p95)}`);
    } catch (e) {
      const msg = (e as Error).message.split('\n')[0];
      log(`${p.name} interaction failed: ${msg}`);
      r.hover ??= { status: `failed: ${msg}`, n: 0, timeouts: 0, p50: null, p95: null, max: null, samples: [] };
      r.pan ??= { status: `failed: ${msg}`, points: POINTS, addMs: null, frames: 0, p50: null, p95: null, max: null, longFrames: 0, dragMs: null };
    } finally {
      r.errors.push(...s.errors.slice(0, 5));
      await s.close();
    }
  }
  return results;
}

// ---------- pipeline bench ----------
interface PipelineRun {
  label: string;
  units: number;
  status: string;
  times: number[];
  medianMs: number | null;
  /** median CPU time (user + system) of the runs */
  medianCpuMs?: number | null;
  maxRssKB: number | null;
  outDir: string | null;
  /** per build phase: median wall and CPU over the runs */
  phases?: { name: string; wallMs: number; cpuMs: number; peakRssMB: number }[];
  inputBytes?: number;
  generateMs?: number;
  failedAfterMs?: number | null;
  stack?: string[];
}

async function pipelineRun(label: string, units: number, dataDir: string, outBase: string, runs: number): Promise<PipelineRun> {
  const res: PipelineRun = { label, units, status: 'ok', times: [], medianMs: null, maxRssKB: null, outDir: null };
  if (!existsSync(path.join(ROOT, 'scripts/build-pipeline.ts'))) {
    res.status = 'n/a: scripts/build-pipeline.ts missing';
    return res;
  }
  // The V8 flags of `npm run build:data` (package.json): a 32 MB young generation lets the rows and
  // cells that die while a table is read die there, instead of being copied into the old one.
  const r = await run(process.execPath, [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), '--max-semi-space-size=32', 'bench/pipeline-worker.ts', '--data', dataDir, '--out', outBase, '--runs', String(runs)], PIPELINE_TIMEOUT_S, { NODE_OPTIONS: '--max-old-space-size=8192' });
  const line = r.out.split('\n').find((l) => l.startsWith('BENCH_RESULT '));
  if (!line) {
    res.status = r.timedOut ? `timeout after ${PIPELINE_TIMEOUT_S} s` : `failed (exit ${r.code}): ${r.out.trim().split('\n').slice(-4).join(' | ').slice(0, 400)}`;
    return res;
  }
  const j = JSON.parse(line.slice('BENCH_RESULT '.length));
  res.times = j.times;
  res.maxRssKB = j.maxRssKB ?? null;
  res.outDir = j.outDir ?? null;
  res.medianMs = j.times.length ? median(j.times) : null;
  res.medianCpuMs = j.cpuTimes?.length ? median(j.cpuTimes) : null;
  res.phases = medianPhases(j.phases ?? []);
  res.failedAfterMs = j.failedAfterMs ?? null;
  res.stack = j.stack ?? [];
  if (j.error) res.status = `error after ${fmtMs(j.failedAfterMs)}: ${j.error}${j.stack?.[0] ? ` at ${j.stack[0]}` : ''}`;
  return res;
}

/** Per phase, the median of the runs' wall and CPU times (runs of one build have the same phases). */
function medianPhases(runs: { name: string; wallMs: number; cpuMs: number; peakRssMB: number }[][]) {
  return (runs[0] ?? []).map((phase, i) => ({ name: phase.name, wallMs: median(runs.map((r) => r[i].wallMs)), cpuMs: median(runs.map((r) => r[i].cpuMs)), peakRssMB: median(runs.map((r) => r[i].peakRssMB)) }));
}

// ---------- output ----------
const ratio = (a: number | null | undefined, b: number | null | undefined) => (a != null && b != null && b !== 0 && Number.isFinite(a) && Number.isFinite(b) ? a / b : null);
const fx = (x: number | null, d = 2) => (x == null ? 'n/a' : `${x.toFixed(d)}×`);
const pct = (x: number | null) => (x == null ? 'n/a' : `${(x * 100).toFixed(1)} %`);
const check = (ok: boolean | null) => (ok == null ? '–' : ok ? '✓' : '✗');

function table(head: string[], rows: string[][]): string {
  const w = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) => '| ' + r.map((c, i) => (c ?? '').padEnd(w[i])).join(' | ') + ' |';
  return [line(head), '| ' + w.map((x) => '-'.repeat(x)).join(' | ') + ' |', ...rows.map(line)].join('\n');
}

async function main() {
  const t0 = Date.now();
  await mkdir(OUT, { recursive: true });
  const dataDir = resolveDataDir();
  log(`data dir: ${dataDir}; runs: ${RUNS}`);
  const results: Record<string, unknown> = { date: new Date().toISOString(), runs: RUNS, dataDir, node: process.version };

  // hover targets: interior points of the 57 districts, in a shuffled but fixed order
  const geo = JSON.parse(await readFile(path.join(dataDir, 'boundaries/mestske_casti.geojson'), 'utf8'));
  const hoverPts: [number, number][] = geo.features.map((f: { geometry: { type: string; coordinates: unknown } }) => interiorPoint(featurePolygons(f.geometry)));
  for (let i = hoverPts.length - 1, s = 7; i > 0; i--) {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    const j = s % (i + 1);
    [hoverPts[i], hoverPts[j]] = [hoverPts[j], hoverPts[i]];
  }

  // ---- browser
  let pageResults: PageResult[] = [];
  const servers: StaticServer[] = [];
  let oursNote = '';
  if (!flag('--skip-browser')) {
    log('building baseline (vite)…');
    await buildBaseline(dataDir);
    const ours = await ensureOurs();
    oursNote = ours.note;
    log(`ours: ${ours.note}`);
    try {
      const bServer = await startStaticServer(BASELINE_DIST);
      servers.push(bServer);
      let oServer: StaticServer | null = null;
      if (ours.ok) {
        await rm(OURS_SNAPSHOT, { recursive: true, force: true });
        await cp(DIST, OURS_SNAPSHOT, { recursive: true });
        oServer = await startStaticServer(OURS_SNAPSHOT);
        servers.push(oServer);
      }
      let nServer: StaticServer | null = null;
      if (ours.ok) {
        await buildNoJs();
        nServer = await startStaticServer(NOJS_DIST);
        servers.push(nServer);
      }
      let fServer: StaticServer | null = null;
      if (ours.ok && !flag('--no-floor')) {
        try {
          await buildFloor();
          fServer = await startStaticServer(FLOOR_DIST);
          servers.push(fServer);
        } catch (e) {
          log(`floor page skipped: ${(e as Error).message}`);
        }
      }
      pageResults = await browserBench(
        [
          { name: 'baseline', server: bServer, dir: BASELINE_DIST, note: '' },
          { name: 'ours', server: oServer, dir: OURS_SNAPSHOT, note: `n/a: ${ours.note}` },
          ...(fServer ? [{ name: 'floor', server: fServer, dir: FLOOR_DIST, note: '' }] : []),
          ...(nServer ? [{ name: 'nojs', server: nServer, dir: NOJS_DIST, note: '', waitReady: false }] : []),
        ],
        hoverPts,
      );
    } finally {
      for (const s of servers) await s.close();
    }
    results.pages = pageResults.map((r) => ({ ...r, loads: r.loads.map(({ requestsLog, ...m }) => ({ ...m, requests: requestsLog.map((q) => ({ url: q.url, type: q.type, bytes: q.bytes, gzipBytes: q.gzipBytes })) })) }));
    results.oursBuild = oursNote;
  }

  // ---- pipeline
  let real: PipelineRun | null = null;
  const synths: PipelineRun[] = [];
  if (!flag('--skip-pipeline')) {
    log('pipeline: real data (3 runs)…');
    real = await pipelineRun('real (57 districts)', geo.features.length, dataDir, path.join(OUT, 'pipeline-real'), 3);
    log(`pipeline real: ${real.status} ${fmtMs(real.medianMs)}`);
    const synDir = path.join(OUT, 'synthetic-city');
    for (const units of SYN_UNITS_LIST) {
      log(`generating synthetic city (${units} units)…`);
      let g: Awaited<ReturnType<typeof generateSyntheticCity>>;
      try {
        g = await generateSyntheticCity({ srcDataDir: dataDir, outDir: synDir, units });
      } catch (e) {
        synths.push({ label: `synthetic (${units} units)`, units, status: `generator failed: ${(e as Error).message}`, times: [], medianMs: null, maxRssKB: null, outDir: null });
        continue;
      }
      log(`synthetic city: ${g.files} files, ${fmtKB(g.bytes)} in ${fmtMs(g.ms)}`);
      const sr = await pipelineRun(`synthetic (${units} units)`, units, synDir, path.join(OUT, `pipeline-synthetic-${units}`), SYN_RUNS);
      sr.inputBytes = g.bytes;
      sr.generateMs = g.ms;
      log(`pipeline synthetic ${units}: ${sr.status} ${fmtMs(sr.medianMs)}`);
      synths.push(sr);
      // keep only the outputs of the last run's sizes, not 600 MB of inputs per size
    }
    if (!flag('--keep-synthetic')) await rm(synDir, { recursive: true, force: true }); // up to ~640 MB
    results.pipeline = { real, synthetic: synths };
  }

  // ---- sizes (issue 2): raw inputs vs outputs
  let sizes: { raw: Awaited<ReturnType<typeof fileSizes>>; rawBaseline: Awaited<ReturnType<typeof fileSizes>>; out: Awaited<ReturnType<typeof fileSizes>>; outDir: string; inputsFrom: string } | null = null;
  {
    const outDir = real?.outDir && existsSync(path.join(real.outDir, 'districts.topo.json')) ? real.outDir : path.join(ROOT, 'public/data');
    let inputs: string[] = [];
    let inputsFrom = 'all stats CSVs (no manifest)';
    const manifestPath = path.join(outDir, 'manifest.json');
    if (existsSync(manifestPath)) {
      try {
        const m = JSON.parse(await readFile(manifestPath, 'utf8'));
        inputs = (m.inputs ?? []).map((x: { path: string }) => path.join(dataDir, x.path)).filter((p: string) => /\.(geo)?json$|\.csv$/.test(p) && /boundaries\/mestske|stats\//.test(p));
        inputsFrom = 'manifest.inputs (district GeoJSON + stats CSVs)';
      } catch {}
    }
    if (!inputs.length) inputs = [path.join(dataDir, 'boundaries/mestske_casti.geojson'), ...(await walk(path.join(dataDir, 'stats'))).filter((f) => f.endsWith('.csv') && !f.includes('/raw/'))];
    sizes = {
      raw: await fileSizes(inputs),
      rawBaseline: await fileSizes([path.join(dataDir, 'boundaries/mestske_casti.geojson'), path.join(dataDir, 'stats/extra/mc_foreigners_ipr_katalog_2019.csv')]),
      out: await fileSizes(['districts.topo.json', 'indicators.csv'].map((f) => path.join(outDir, f))),
      outDir: path.relative(ROOT, outDir),
      inputsFrom,
    };
    results.sizes = sizes;
  }

  // ---------- print ----------
  const lines: string[] = [];
  lines.push(`# Performance bench (${new Date().toISOString()}, ${RUNS} cold loads per page, headless Chromium on SwiftShader)`);
  if (pageResults.length) {
    const [b, o] = pageResults;
    const bm = b.median;
    const om = o.median;
    const na = (r: PageResult) => (r.status === 'ok' ? null : 'n/a (see note)');
    const cell = (r: PageResult, v: string) => na(r) ?? v;
    const paintSpeedup = ratio(bm.paintMs, om.paintMs);
    const dataOf = (r: PageResult, k: 'bytes' | 'gzipBytes') => (r.loads.length ? median(r.loads.map((l) => l.byKind.data?.[k] ?? 0)) : null);
    const bd = { raw: dataOf(b, 'bytes'), gz: dataOf(b, 'gzipBytes') };
    const od = { raw: dataOf(o, 'bytes'), gz: dataOf(o, 'gzipBytes') };
    const dataRawShare = ratio(od.raw, bd.raw);
    const dataGzShare = ratio(od.gz, bd.gz);
    const rows: string[][] = [
      ['first choropleth paint (median)', fmtMs(bm.paintMs), cell(o, fmtMs(om.paintMs)), `${fx(paintSpeedup)} faster`, '≥ 3× faster', check(paintSpeedup == null ? null : paintSpeedup >= 3)],
      ['  __mapReady (median)', fmtMs(bm.readyMs), cell(o, fmtMs(om.readyMs)), `${fx(ratio(bm.readyMs, om.readyMs))} faster`, '', ''],
      ['  long-task blocking before paint', fmtMs(bm.tbtMs), cell(o, fmtMs(om.tbtMs)), '', '', ''],
      ['transferred, all, raw (identity)', fmtKB(bm.bytes), cell(o, fmtKB(om.bytes)), pct(ratio(om.bytes, bm.bytes)), '', ''],
      ['transferred, all, gzip', fmtKB(bm.gzipBytes), cell(o, fmtKB(om.gzipBytes)), pct(ratio(om.gzipBytes, bm.gzipBytes)), '', ''],
      ['transferred data (json/csv), raw', fmtKB(bd.raw), cell(o, fmtKB(od.raw)), pct(dataRawShare), '≤ 15 % of baseline', check(dataRawShare == null ? null : dataRawShare <= 0.15)],
      ['transferred data (json/csv), gzip', fmtKB(bd.gz), cell(o, fmtKB(od.gz)), pct(dataGzShare), '≤ 15 % of baseline', check(dataGzShare == null ? null : dataGzShare <= 0.15)],
      ['  requests', String(bm.requests ?? 'n/a'), cell(o, String(om.requests ?? 'n/a')), '', '', ''],
      ['JS loaded, raw / gzip', `${fmtKB(bm.jsBytes)} / ${fmtKB(bm.jsGzipBytes)}`, cell(o, `${fmtKB(om.jsBytes)} / ${fmtKB(om.jsGzipBytes)}`), pct(ratio(om.jsGzipBytes, bm.jsGzipBytes)), '', ''],
      ['JS on path to first map, gzip', fmtKB(bm.jsFirstGzipBytes), cell(o, fmtKB(om.jsFirstGzipBytes)), '', '≤ 450 KB', check(om.jsFirstGzipBytes == null ? null : om.jsFirstGzipBytes <= 450 * 1024)],
      ['all JS in build, gzip', `${fmtKB(b.buildJs.gzipBytes)} (${b.buildJs.files} files)`, cell(o, `${fmtKB(o.buildJs.gzipBytes)} (${o.buildJs.files} files)`), '', '≤ 750 KB', check(o.buildJs.files ? o.buildJs.gzipBytes <= 750 * 1024 : null)],
      ['JS heap after load (main thread)', fmtKB(bm.heapUsed), cell(o, fmtKB(om.heapUsed)), fx(ratio(om.heapUsed, bm.heapUsed)), '', ''],
      [`hover → tooltip p50 / p95 (${HOVERS} hovers)`, b.hover ? (b.hover.status === 'ok' ? `${fmtMs(b.hover.p50)} / ${fmtMs(b.hover.p95)}` : b.hover.status) : 'n/a', o.hover ? (o.hover.status === 'ok' ? `${fmtMs(o.hover.p50)} / ${fmtMs(o.hover.p95)}${o.hover.timeouts ? ` (${o.hover.timeouts} missed)` : ''}` : o.hover.status) : cell(o, 'n/a'), fx(ratio(o.hover?.p50, b.hover?.p50)), '', ''],
      [`add ${POINTS.toLocaleString('en')} points`, b.pan?.status === 'ok' ? fmtMs(b.pan.addMs) : (b.pan?.status ?? 'n/a'), o.pan ? (o.pan.status === 'ok' ? fmtMs(o.pan.addMs) : o.pan.status) : cell(o, 'n/a'), '', '', ''],
      ['pan frame time p50 / p95 / max', b.pan?.status === 'ok' ? `${fmtMs(b.pan.p50)} / ${fmtMs(b.pan.p95)} / ${fmtMs(b.pan.max)} (${b.pan.moves}/120 moves)` : 'n/a', o.pan?.status === 'ok' ? `${fmtMs(o.pan.p50)} / ${fmtMs(o.pan.p95)} / ${fmtMs(o.pan.max)} (${o.pan.moves}/120 moves)` : (o.pan?.status ?? cell(o, 'n/a')), fx(ratio(o.pan?.p95, b.pan?.p95)), '', ''],
    ];
    lines.push('', '## Pages: baseline = Leaflet + raw GeoJSON/CSV (bench/baseline), ours = production build (dist/)', '');
    if (o.status !== 'ok') lines.push(`Note (ours): ${o.status}`, '');
    const f = pageResults.find((r) => r.name === 'floor');
    const head = ['metric', 'baseline (Leaflet)', 'ours', 'ours vs baseline', 'target', ''];
    if (f) {
      const fm = f.median;
      const fd = { raw: dataOf(f, 'bytes'), gz: dataOf(f, 'gzipBytes') };
      const fc = (v: string) => (f.status === 'ok' ? v : 'n/a');
      const fcol = [
        fmtMs(fm.paintMs), fmtMs(fm.readyMs), fmtMs(fm.tbtMs), fmtKB(fm.bytes), fmtKB(fm.gzipBytes), fmtKB(fd.raw), fmtKB(fd.gz),
        String(fm.requests ?? 'n/a'), `${fmtKB(fm.jsBytes)} / ${fmtKB(fm.jsGzipBytes)}`, fmtKB(fm.jsFirstGzipBytes),
        `${fmtKB(f.buildJs.gzipBytes)} (${f.buildJs.files} files)`, fmtKB(fm.heapUsed),
        f.hover?.status === 'ok' ? `${fmtMs(f.hover.p50)} / ${fmtMs(f.hover.p95)}` : 'n/a',
        f.pan?.status === 'ok' ? fmtMs(f.pan.addMs) : (f.pan?.status ?? 'n/a'),
        f.pan?.status === 'ok' ? `${fmtMs(f.pan.p50)} / ${fmtMs(f.pan.p95)} / ${fmtMs(f.pan.max)} (${f.pan.moves}/120 moves)` : 'n/a',
      ].map(fc);
      rows.forEach((r, i) => r.push(fcol[i] ?? ''));
      head.push('floor: minimal MapLibre');
    }
    lines.push(table(head, rows));
    if (f) lines.push('', 'floor = bench/floor: MapLibre 6 + districts.topo.json + indicators.csv from the build, one fill + line layer, no basemap/UI/i18n; its 100 000 points use the same stack as the app’s point layers (a MapLibre GeoJSON source + circle layer). Diagnostic only, no target.');
    lines.push(...issue12Report(pageResults, bd.raw));
    for (const r of pageResults) {
      const l = r.loads[r.loads.length - 1];
      if (!l) continue;
      const top = [...l.requestsLog].sort((a, c) => c.gzipBytes - a.gzipBytes).slice(0, 8);
      const when = new Map<string, { start: number; end: number }>();
      for (const x of l.timeline.resources) if (!when.has(x.url.replace(/[?#].*$/, ''))) when.set(x.url.replace(/[?#].*$/, ''), x);
      lines.push('', `${r.name}: transfers of one cold load (raw / gzip; fetch start → end, ms after navigation; mark at ${fmtMs(l.paintMs)})`);
      for (const q of top) {
        const w = when.get(q.url);
        lines.push(`  ${q.url.padEnd(44)} ${fmtKB(q.bytes).padStart(10)} / ${fmtKB(q.gzipBytes).padStart(9)}   ${w ? `${w.start.toFixed(0).padStart(5)} → ${w.end.toFixed(0).padStart(5)}` : ''}`);
      }
      if (l.timeline.nav) lines.push(`  document: DOMContentLoaded ${fmtMs(l.timeline.nav.dcl)}, load ${fmtMs(l.timeline.nav.load)}`);
    }
    for (const r of pageResults) {
      if (!r.profile) continue;
      lines.push('', `${r.name}: main-thread CPU profile of one cold load up to the mark (${fmtMs(r.profile.totalMs)} sampled): self time by script`);
      for (const x of r.profile.byUrl.slice(0, 6)) lines.push(`  ${fmtMs(x.ms).padStart(8)}  ${x.key}`);
      lines.push('  top functions (self):');
      for (const x of r.profile.byFunction.slice(0, 10)) lines.push(`  ${fmtMs(x.ms).padStart(8)}  ${x.key}`);
    }
    if (!flag('--no-bundle-report')) lines.push(...(await bundleReport()));
    for (const r of pageResults) if (r.errors.length) lines.push(`\n${r.name} page errors: ${[...new Set(r.errors)].slice(0, 3).join(' | ').slice(0, 400)}`);
  }
  if (real || synths.length) {
    const rows: string[][] = [];
    for (const p of [real, ...synths]) {
      if (!p) continue;
      const tgt = p.units === TARGET_UNITS ? '≤ 30 s' : '';
      const failed = p.status !== 'ok';
      rows.push([
        p.label,
        !failed ? fmtMs(p.medianMs) : p.status.startsWith('error after') ? `failed after ${fmtMs(p.failedAfterMs)}` : p.status.slice(0, 60),
        p.medianCpuMs != null ? fmtMs(p.medianCpuMs) : 'n/a',
        p.times.map((t) => fmtMs(t)).join(', ') || '–',
        p.medianMs != null ? `${(p.medianMs / p.units).toFixed(2)} ms` : 'n/a',
        p.maxRssKB ? fmtKB(p.maxRssKB * 1024) : 'n/a',
        p.inputBytes ? `${fmtKB(p.inputBytes)} (gen ${fmtMs(p.generateMs)})` : '',
        tgt,
        tgt ? check(!failed && p.medianMs != null ? p.medianMs <= 30_000 : p.status.startsWith('n/a') ? null : false) : '',
      ]);
    }
    for (const sy of synths)
      if (real?.medianMs != null && sy.medianMs != null) rows.push([`growth ${sy.units} vs 57`, fx(sy.medianMs / real.medianMs, 1), '', '', `units ×${(sy.units / real.units).toFixed(0)}`, '', '', '', '']);
    lines.push('', '## Pipeline: buildData({ dataDir, outDir })', '');
    lines.push(table(['input', 'median wall', 'median CPU', 'runs (wall)', 'per unit', 'peak RSS', 'input size', 'target', ''], rows));
    for (const p of [real, ...synths]) {
      if (!p?.phases?.length) continue;
      const wall = p.phases.reduce((sum, x) => sum + x.wallMs, 0);
      lines.push('', `Where ${p.label} spends its time (median per phase, in build order; CPU includes worker threads; peak RSS of the process so far):`, '');
      lines.push(table(['phase', 'wall', 'CPU', 'share of wall', 'peak RSS'], p.phases.map((x) => [x.name, fmtMs(x.wallMs), fmtMs(x.cpuMs), pct(x.wallMs / wall), `${x.peakRssMB} MB`])));
    }
    for (const p of [real, ...synths]) if (p && p.status !== 'ok') lines.push(`\n${p.label}: ${p.status}${p.stack?.length ? `\n  stack: ${p.stack.join(' ← ')}` : ''}`);
  }
  if (sizes) {
    lines.push('', `## Sizes: raw inputs vs pipeline outputs (${sizes.outDir})`, '');
    const rows = [
      [`raw inputs: ${sizes.inputsFrom}`, fmtKB(sizes.raw.bytes), fmtKB(sizes.raw.gzipBytes), String(sizes.raw.files.length)],
      ['raw as the baseline loads it (GeoJSON + 1 CSV)', fmtKB(sizes.rawBaseline.bytes), fmtKB(sizes.rawBaseline.gzipBytes), String(sizes.rawBaseline.files.length)],
      ['outputs: districts.topo.json + indicators.csv', sizes.out.files.length ? fmtKB(sizes.out.bytes) : 'n/a (not built)', sizes.out.files.length ? fmtKB(sizes.out.gzipBytes) : 'n/a', String(sizes.out.files.length)],
      ...sizes.out.files.map((f) => [`  ${path.basename(f.file)}`, fmtKB(f.bytes), fmtKB(f.gzipBytes), '']),
      ['outputs ÷ raw inputs', pct(ratio(sizes.out.bytes, sizes.raw.bytes)), pct(ratio(sizes.out.gzipBytes, sizes.raw.gzipBytes)), ''],
    ];
    lines.push(table(['files', 'plain', 'gzip', 'n'], rows));
  }
  lines.push('', `(${((Date.now() - t0) / 1000).toFixed(0)} s; JSON: bench/out/results.json)`);
  const text = lines.join('\n');
  results.table = text;
  await writeFile(path.join(OUT, 'results.json'), JSON.stringify(results, null, 2));
  console.log(text);
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
