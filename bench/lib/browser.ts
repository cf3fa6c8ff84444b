// Headless Debian Chromium via playwright-core, flags from /work/shared/STACK.md.
// One fresh profile per cold load; everything on 127.0.0.1.
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { StaticServer, RequestLog } from './server.ts';
import { quantile } from './stats.ts';
import { CHROMIUM_ARGS as E2E_CHROMIUM_ARGS } from '../../tests/e2e/chromium-args.ts';

// the e2e flags plus performance.memory, which the bench reads
export const CHROMIUM_ARGS = [...E2E_CHROMIUM_ARGS, '--enable-precise-memory-info'];

export const VIEWPORT = { width: 1280, height: 800 };
const READY_TIMEOUT = 60_000;

export interface Session {
  context: BrowserContext;
  page: Page;
  errors: string[];
  close(): Promise<void>;
}

// Runs in the page before any of its scripts: records when __liveMap (the live map is drawn and pans)
// and __mapReady (the whole app is up: hover, click) become true, and collects
// long tasks (for total blocking time before the first paint).
// (__name: tsx/esbuild's keepNames helper, referenced by functions passed to page.evaluate.)
const INIT_SCRIPT = `(() => {
  globalThis.__name = globalThis.__name || ((f) => f);
  const b = (window.__benchProbe = { readyAt: null, liveAt: null, longTasks: [] });
  let v, lv;
  Object.defineProperty(window, '__liveMap', {
    configurable: true,
    get() { return lv; },
    set(x) { lv = x; if (x === true && b.liveAt === null) b.liveAt = performance.now(); },
  });
  Object.defineProperty(window, '__mapReady', {
    configurable: true,
    get() { return v; },
    set(x) { v = x; if (x === true && b.readyAt === null) b.readyAt = performance.now(); },
  });
  try {
    new PerformanceObserver((l) => { for (const e of l.getEntries()) b.longTasks.push([e.startTime, e.duration]); })
      .observe({ type: 'longtask', buffered: true });
  } catch {}
})();`;

export async function openSession(): Promise<Session> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'bench-profile-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: VIEWPORT,
    deviceScaleFactor: 1,
  });
  await context.addInitScript(INIT_SCRIPT);
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  return {
    context,
    page,
    errors,
    close: async () => {
      await context.close().catch(() => {});
      await rm(dir, { recursive: true, force: true }).catch(() => {});
    },
  };
}

export interface LoadMetrics {
  /** ms from navigation start to performance.mark('choropleth-painted') */
  paintMs: number | null;
  /** the browser's own first-contentful-paint (paint timing), ms from navigation start */
  fcpMs: number | null;
  /** ms from navigation start to window.__mapReady = true (the app is up: hover, click) */
  readyMs: number | null;
  /**
   * ms from navigation start to the live map: window.__liveMap = true (the map is drawn and pans, the app
   * may still be loading); pages without that flag (bare MapLibre) are live when ready
   */
  liveMs: number | null;
  /** total blocking time (sum of long-task time above 50 ms) before the mark */
  tbtMs: number | null;
  bytes: number;
  gzipBytes: number;
  jsBytes: number;
  jsGzipBytes: number;
  /** JS finished before the mark: the path to the first map */
  jsFirstBytes: number;
  jsFirstGzipBytes: number;
  /** everything finished before the live map (liveMs); data = JSON/CSV */
  beforeReady: { jsBytes: number; jsGzipBytes: number; dataBytes: number; dataGzipBytes: number; urls: string[] };
  /** requests the server finished sending before the browser's first-contentful-paint */
  beforeFcp: string[];
  byKind: Record<string, { n: number; bytes: number; gzipBytes: number }>;
  requests: number;
  heapUsed: number | null;
  heapUsedPerfMemory: number | null;
  requestsLog: RequestLog[];
  timeline: { nav: { responseEnd: number; domInteractive: number; dcl: number; load: number } | null; resources: { url: string; start: number; end: number }[] };
}

const isJs = (r: RequestLog) => /javascript/.test(r.type);
function kindOf(r: RequestLog): string {
  if (isJs(r)) return 'js';
  if (/css/.test(r.type)) return 'css';
  if (/json|csv|protobuf/.test(r.type)) return 'data';
  if (/html/.test(r.type)) return 'html';
  if (/image|font/.test(r.type)) return 'img/font';
  return 'other';
}

async function waitQuiet(server: StaticServer, quietMs = 800, maxMs = 8000): Promise<void> {
  const start = Date.now();
  let lastCount = -1;
  let lastChange = Date.now();
  while (Date.now() - start < maxMs) {
    if (server.log.length !== lastCount) {
      lastCount = server.log.length;
      lastChange = Date.now();
    } else if (Date.now() - lastChange >= quietMs) return;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** `waitReady: false` for pages without a live map (the no-JS floor): wait for the first paint only. */
export async function coldLoad(session: Session, server: StaticServer, opts: { waitReady?: boolean } = {}): Promise<LoadMetrics> {
  const { page } = session;
  server.reset();
  await page.goto(server.url, { waitUntil: 'load', timeout: READY_TIMEOUT });
  if (opts.waitReady === false) await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, null, { timeout: READY_TIMEOUT, polling: 50 });
  else await page.waitForFunction(() => (window as any).__mapReady === true, null, { timeout: READY_TIMEOUT, polling: 50 });
  await waitQuiet(server);
  const t = await page.evaluate(() => {
    const mark = performance.getEntriesByName('choropleth-painted')[0];
    const probe = (window as any).__benchProbe;
    const mem = (performance as any).memory;
    return {
      timeOrigin: performance.timeOrigin,
      mark: mark ? mark.startTime : null,
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
      ready: probe?.readyAt ?? null,
      live: probe?.liveAt ?? probe?.readyAt ?? null,
      longTasks: (probe?.longTasks ?? []) as [number, number][],
      perfMem: mem ? mem.usedJSHeapSize : null,
      nav: (() => {
        const n = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
        return n ? { responseEnd: n.responseEnd, domInteractive: n.domInteractive, dcl: n.domContentLoadedEventEnd, load: n.loadEventEnd } : null;
      })(),
      resources: (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((e) => ({
        url: e.name.replace(location.origin, ''),
        start: e.startTime,
        end: e.responseEnd,
      })),
    };
  });
  let heapUsed: number | null = null;
  try {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const h = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    heapUsed = h.usedSize;
    await cdp.detach();
  } catch {
    /* ignore */
  }
  const log = [...server.log];
  const markEpoch = t.mark != null ? t.timeOrigin + t.mark : null;
  const sum = (rs: RequestLog[], k: 'bytes' | 'gzipBytes') => rs.reduce((a, r) => a + r[k], 0);
  const js = log.filter(isJs);
  const jsFirst = markEpoch != null ? js.filter((r) => r.tEnd <= markEpoch) : [];
  const byKind: LoadMetrics['byKind'] = {};
  for (const r of log) {
    const k = kindOf(r);
    byKind[k] ??= { n: 0, bytes: 0, gzipBytes: 0 };
    byKind[k].n++;
    byKind[k].bytes += r.bytes;
    byKind[k].gzipBytes += r.gzipBytes;
  }
  const readyEpoch = t.live != null ? t.timeOrigin + t.live : null;
  const preReady = readyEpoch != null ? log.filter((r) => r.tEnd <= readyEpoch) : [];
  const preReadyData = preReady.filter((r) => kindOf(r) === 'data');
  const preReadyJs = preReady.filter(isJs);
  const fcpEpoch = t.fcp != null ? t.timeOrigin + t.fcp : null;
  const tbt =
    t.mark != null
      ? t.longTasks.filter(([s]) => s < t.mark!).reduce((a, [, d]) => a + Math.max(0, d - 50), 0)
      : null;
  return {
    paintMs: t.mark,
    fcpMs: t.fcp,
    readyMs: t.ready,
    liveMs: t.live,
    tbtMs: tbt,
    bytes: sum(log, 'bytes'),
    gzipBytes: sum(log, 'gzipBytes'),
    jsBytes: sum(js, 'bytes'),
    jsGzipBytes: sum(js, 'gzipBytes'),
    jsFirstBytes: markEpoch != null ? sum(jsFirst, 'bytes') : NaN,
    jsFirstGzipBytes: markEpoch != null ? sum(jsFirst, 'gzipBytes') : NaN,
    beforeReady: {
      jsBytes: sum(preReadyJs, 'bytes'),
      jsGzipBytes: sum(preReadyJs, 'gzipBytes'),
      dataBytes: sum(preReadyData, 'bytes'),
      dataGzipBytes: sum(preReadyData, 'gzipBytes'),
      urls: preReady.map((r) => r.url),
    },
    beforeFcp: fcpEpoch != null ? log.filter((r) => r.tEnd <= fcpEpoch).map((r) => r.url) : [],
    byKind,
    requests: log.length,
    heapUsed,
    heapUsedPerfMemory: t.perfMem,
    requestsLog: log,
    timeline: { nav: t.nav, resources: t.resources },
  };
}

export interface HoverResult {
  status: string;
  how?: string;
  n: number;
  timeouts: number;
  p50: number | null;
  p95: number | null;
  max: number | null;
  samples: number[];
}

/**
 * 50 synthetic hovers: page.mouse.move to an interior point of a district (a different district
 * each time), latency = first moment the tooltip element is visible and shows a text different from
 * before, minus the mousemove event's timeStamp. Detection: MutationObserver + rAF polling.
 */
async function tooltipTexts(page: Page, sel: string): Promise<string[]> {
  return page.evaluate((s) => {
    const out: string[] = [];
    for (const el of Array.from(document.querySelectorAll(s)) as HTMLElement[]) {
      const cs = getComputedStyle(el);
      if (cs.display === 'none' || cs.visibility === 'hidden') continue;
      const t = (el.textContent ?? '').trim();
      if (t) out.push(t);
    }
    return out;
  }, sel);
}

async function calibrateTargets(page: Page, sel: string): Promise<[number, number][]> {
  const found = new Map<string, [number, number]>();
  const NX = 14;
  const NY = 9;
  for (let j = 0; j < NY; j++)
    for (let i = 0; i < NX; i++) {
      const x = Math.round(VIEWPORT.width * (0.1 + (0.8 * i) / (NX - 1)));
      const y = Math.round(VIEWPORT.height * (0.1 + (0.8 * j) / (NY - 1)));
      await page.mouse.move(5, 5);
      await page.waitForTimeout(20);
      await page.mouse.move(x, y);
      await page.waitForTimeout(120);
      const t = await tooltipTexts(page, sel);
      const last = t[t.length - 1];
      if (last && !found.has(last)) found.set(last, [x, y]);
    }
  return [...found.values()];
}

export async function hoverBench(
  page: Page,
  lonLats: [number, number][],
  hovers = 50,
  defaultSelector = '[data-testid="map-tooltip"]',
): Promise<HoverResult> {
  const info = await page.evaluate(
    ({ pts, sel }) => {
      const w = window as any;
      const bench = w.__bench ?? {};
      let project: ((lon: number, lat: number) => [number, number]) | null = null;
      if (typeof bench.project === 'function') project = bench.project;
      else if (w.__app && typeof w.__app.project === 'function') {
        const app = w.__app;
        project = (lon, lat) => {
          const p = app.project(lon, lat);
          return Array.isArray(p) ? (p as [number, number]) : [p.x, p.y];
        };
      } else if (w.__map && typeof w.__map.project === 'function') {
        const m = w.__map;
        project = (lon, lat) => {
          const p = m.project([lon, lat]);
          const r = m.getContainer().getBoundingClientRect();
          return [p.x + r.left, p.y + r.top];
        };
      }
      if (!project) return { selector: bench.tooltipSelector ?? sel, pts: null };
      return { selector: bench.tooltipSelector ?? sel, pts: pts.map(([lon, lat]) => project!(lon, lat)) };
    },
    { pts: lonLats, sel: defaultSelector },
  );
  let targets: [number, number][];
  let how: string;
  if (info.pts && !process.env.BENCH_HOVER_CALIBRATE) {
    // keep points inside the viewport whose topmost element is the map drawing (canvas or SVG),
    // not a legend or panel laid over the map
    const onMap = await page.evaluate((pts) => pts.map(([x, y]) => {
      const el = document.elementFromPoint(x, y);
      return !!el && (el instanceof HTMLCanvasElement || el instanceof SVGElement);
    }), info.pts);
    targets = info.pts.filter(([x, y], i) => onMap[i] && x > 20 && y > 20 && x < VIEWPORT.width - 20 && y < VIEWPORT.height - 20);
    how = 'projected district interior points (page projection hook)';
  } else {
    // No projection hook: calibrate on a screen grid, keep one point per distinct tooltip text.
    targets = await calibrateTargets(page, info.selector);
    how = 'screen-grid calibration (no window.__bench.project)';
  }
  if (targets.length < 2) return { status: `n/a: fewer than 2 hover targets (${how}; selector ${info.selector})`, n: 0, timeouts: 0, p50: null, p95: null, max: null, samples: [] };
  const vis = targets;
  await page.mouse.move(5, 5);
  await page.waitForTimeout(200);
  const samples: number[] = [];
  let timeouts = 0;
  for (let i = 0; i < hovers; i++) {
    const [x, y] = vis[i % vis.length];
    await page.evaluate((sel) => {
      const w = window as any;
      // All visible tooltip texts: Leaflet keeps a closing tooltip in the DOM for its 200 ms fade,
      // so look for a visible element whose text was not there before the move.
      const visibleTexts = () => {
        const out: string[] = [];
        for (const el of Array.from(document.querySelectorAll(sel)) as HTMLElement[]) {
          const cs = getComputedStyle(el);
          if (cs.display === 'none' || cs.visibility === 'hidden') continue;
          const t = (el.textContent ?? '').trim();
          if (t) out.push(t);
        }
        return out;
      };
      const prev = new Set(visibleTexts());
      let t0: number | null = null;
      let done = false;
      let resolve!: (v: unknown) => void;
      w.__hoverResult = new Promise((r) => (resolve = r));
      const onMove = (e: Event) => {
        if (t0 === null) t0 = e.timeStamp;
      };
      window.addEventListener('mousemove', onMove, { capture: true });
      window.addEventListener('pointermove', onMove, { capture: true });
      const start = performance.now();
      const finish = (v: unknown) => {
        if (done) return;
        done = true;
        mo.disconnect();
        window.removeEventListener('mousemove', onMove, { capture: true });
        window.removeEventListener('pointermove', onMove, { capture: true });
        resolve(v);
      };
      const check = () => {
        if (done) return;
        const fresh = visibleTexts().find((t) => !prev.has(t));
        if (t0 !== null && fresh) finish({ latency: performance.now() - t0, text: fresh });
        else if (performance.now() - start > 3000) finish({ timeout: true });
      };
      const mo = new MutationObserver(check);
      mo.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
      const loop = () => {
        check();
        if (!done) requestAnimationFrame(loop);
      };
      requestAnimationFrame(loop);
    }, info.selector);
    await page.mouse.move(x, y);
    const r = (await page.evaluate(() => (window as any).__hoverResult)) as { latency?: number; timeout?: boolean };
    if (r.latency != null) samples.push(r.latency);
    else timeouts++;
    await page.waitForTimeout(60);
  }
  return {
    status: samples.length ? 'ok' : `n/a: no tooltip found at ${info.selector}`,
    how,
    n: samples.length,
    timeouts,
    p50: samples.length ? quantile(samples, 0.5) : null,
    p95: samples.length ? quantile(samples, 0.95) : null,
    max: samples.length ? Math.max(...samples) : null,
    samples,
  };
}

export interface PanResult {
  status: string;
  points: number;
  addMs: number | null;
  frames: number;
  p50: number | null;
  p95: number | null;
  max: number | null;
  longFrames: number;
  dragMs: number | null;
  /** mouse moves issued (120 unless the time budget cut the drag short) */
  moves?: number;
}

/** Adds N synthetic points via window.__bench.addSyntheticPoints(n), then a scripted drag; rAF deltas. */
const PAN_BUDGET_MS = 20_000;

export async function panBench(page: Page, n = 100_000): Promise<PanResult> {
  const hookOf = () => {
    const w = window as any;
    return typeof w.__bench?.addSyntheticPoints === 'function' ? '__bench' : typeof w.__app?.addSyntheticPoints === 'function' ? '__app' : null;
  };
  const has = await page.evaluate(hookOf);
  const empty = { points: n, addMs: null, frames: 0, p50: null, p95: null, max: null, longFrames: 0, dragMs: null };
  if (!has) return { status: 'n/a: hook missing (window.__bench.addSyntheticPoints)', ...empty };
  const addMs = await page.evaluate(async ([k, hook]) => {
    const t0 = performance.now();
    const ok = await Promise.race([
      Promise.resolve((window as any)[hook as string].addSyntheticPoints(k)).then(() => true),
      new Promise((r) => setTimeout(() => r(false), 60_000)),
    ]);
    if (!ok) return -1;
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    return performance.now() - t0;
  }, [n, has] as const);
  if (addMs < 0) return { status: 'n/a: addSyntheticPoints did not resolve within 60 s', ...empty };
  await page.waitForTimeout(500);
  await page.evaluate(() => {
    const w = window as any;
    const rec = (w.__frames = { t: [] as number[], on: true });
    const loop = (ts: number) => {
      rec.t.push(ts);
      if (rec.on && rec.t.length < 5000) requestAnimationFrame(loop);
    };
    requestAnimationFrame(loop);
  });
  const cx = VIEWPORT.width / 2;
  const cy = VIEWPORT.height / 2;
  const t0 = Date.now();
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  // 60 moves out and 60 back, but stop issuing moves after PAN_BUDGET_MS (on SwiftShader one frame
  // with 100 000 points can take seconds, and each page.mouse.move waits for the renderer).
  const steps = 60;
  let moves = 0;
  const path: [number, number][] = [];
  for (let i = 1; i <= steps; i++) path.push([cx - (300 * i) / steps, cy - (150 * i) / steps]);
  for (let i = 1; i <= steps; i++) path.push([cx - 300 + (300 * i) / steps, cy - 150 + (150 * i) / steps]);
  for (const [x, y] of path) {
    if (Date.now() - t0 > PAN_BUDGET_MS) break;
    await page.mouse.move(x, y);
    moves++;
  }
  await page.mouse.up();
  const dragMs = Date.now() - t0;
  await page.waitForTimeout(1000); // include the redraw after the drag ends
  const ts = (await page.evaluate(() => {
    const w = window as any;
    w.__frames.on = false;
    return w.__frames.t as number[];
  })) as number[];
  const d: number[] = [];
  for (let i = 1; i < ts.length; i++) d.push(ts[i] - ts[i - 1]);
  return {
    status: d.length ? 'ok' : 'n/a: no frames',
    points: n,
    addMs,
    frames: d.length,
    p50: d.length ? quantile(d, 0.5) : null,
    p95: d.length ? quantile(d, 0.95) : null,
    max: d.length ? Math.max(...d) : null,
    longFrames: d.filter((x) => x > 50).length,
    dragMs,
    moves,
  };
}

export interface ProfileSummary {
  totalMs: number;
  byUrl: { key: string; ms: number }[];
  byFunction: { key: string; ms: number }[];
}

/** CPU profile (CDP Profiler, 200 µs sampling) of one cold load until __mapReady. */
export async function profileLoad(session: Session, server: StaticServer): Promise<ProfileSummary | null> {
  const { page } = session;
  try {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    await page.goto(server.url, { waitUntil: 'load', timeout: READY_TIMEOUT });
    await page.waitForFunction(() => (window as any).__mapReady === true, null, { timeout: READY_TIMEOUT, polling: 50 });
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: { nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[]; samples: number[]; timeDeltas: number[] } };
    await cdp.detach();
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const byUrl = new Map<string, number>();
    const byFn = new Map<string, number>();
    let total = 0;
    for (let i = 0; i < profile.samples.length; i++) {
      const cf = byId.get(profile.samples[i])!.callFrame;
      const dt = (profile.timeDeltas[i] ?? 0) / 1000;
      total += dt;
      const file = cf.url ? cf.url.replace(/^https?:\/\/[^/]+/, '') : `(${cf.functionName || 'native'})`;
      byUrl.set(file, (byUrl.get(file) ?? 0) + dt);
      if (cf.functionName === '(idle)') continue;
      const key = `${cf.functionName || '(anonymous)'} ${cf.url ? `${file}:${cf.lineNumber + 1}` : ''}`;
      byFn.set(key, (byFn.get(key) ?? 0) + dt);
    }
    const sorted = (m: Map<string, number>) => [...m].map(([key, ms]) => ({ key, ms })).sort((a, b) => b.ms - a.ms);
    return { totalMs: total, byUrl: sorted(byUrl), byFunction: sorted(byFn).slice(0, 30) };
  } catch (e) {
    return null;
  }
}
