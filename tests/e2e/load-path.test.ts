// The load path (issue 12) as lists of requests, not timings: what the browser fetches before its
// first paint, and what data it fetches before the live map is ready. A new eager fetch fails here.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startHarness, waitUntil, type Harness } from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

// records when window.__mapReady becomes true (an init script runs outside the page's CSP)
const READY_PROBE = `(() => {
  let v;
  Object.defineProperty(window, '__mapReady', {
    configurable: true,
    get() { return v; },
    set(x) { v = x; if (x === true && window.__readyAt === undefined) window.__readyAt = performance.now(); },
  });
})();`;

interface LoadTimeline {
  fcp: number;
  readyAt: number;
  /** same-origin paths without the build's content hashes, with when each fetch started */
  resources: { path: string; start: number }[];
}

async function coldLoad(page: Page, query = ''): Promise<LoadTimeline> {
  await page.addInitScript(READY_PROBE);
  await page.goto(`${h.origin}/${query}`);
  await waitUntil(page, () => (window as unknown as { __mapReady?: boolean }).__mapReady === true);
  return page.evaluate(() => ({
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
    readyAt: (window as unknown as { __readyAt: number }).__readyAt,
    resources: (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
      .filter((e) => e.name.startsWith(location.origin))
      .map((e) => ({ path: new URL(e.name).pathname.replace(/-[\w-]{8}\.(m?js|css)$/, '-[hash].$1'), start: e.startTime })),
  }));
}

const startedBefore = (t: LoadTimeline, ms: number) => [...new Set(t.resources.filter((r) => r.start < ms).map((r) => r.path))].sort();

describe('the load path of the default view', () => {
  let t: LoadTimeline;
  beforeAll(async () => {
    // the first page of a fresh browser profile: a cold load
    const page = await h.context.newPage();
    t = await coldLoad(page);
    await page.close();
  });

  it('before the first paint fetches only the script that shows the prerendered map and the data the live map needs', () => {
    expect(Number.isFinite(t.fcp)).toBe(true);
    // no app module, no stylesheet: they would hold back the paint of the prerendered SVG
    expect(startedBefore(t, t.fcp)).toEqual(['/data/districts.topo.json', '/data/indicators.json', '/data/manifest.json', '/prerender-map.js']);
  });

  it('starts the app (its module and stylesheet) only after the first paint', () => {
    const app = t.resources.filter((r) => /^\/assets\/index-\[hash\]\.(js|css)$/.test(r.path));
    expect(app.map((r) => r.path).sort()).toEqual(['/assets/index-[hash].css', '/assets/index-[hash].js']);
    for (const r of app) expect(r.start).toBeGreaterThanOrEqual(t.fcp);
  });

  it('fetches no other data before the live map is ready: basemap, point layers and analysis tables wait', () => {
    const data = startedBefore(t, t.readyAt).filter((p) => p.startsWith('/data/'));
    expect(data).toEqual(['/data/districts.topo.json', '/data/indicators.json', '/data/manifest.json']);
  });

  it('fetches the basemap once the live map is ready', async () => {
    const page = await h.context.newPage();
    await page.goto(`${h.origin}/`);
    await waitUntil(page, () => performance.getEntriesByType('resource').some((e) => e.name.endsWith('/data/basemap.topo.json')));
    await page.close();
  });

  it('loads no deck.gl chunk before a point layer is switched on', () => {
    const scripts = startedBefore(t, Infinity).filter((p) => /\.m?js$/.test(p));
    expect(scripts.filter((p) => !/^\/(prerender-map\.js|assets\/(index|maplibre-gl-worker)-\[hash\]\.m?js)$/.test(p))).toEqual([]);
  });
});

describe('the load path of any other view', () => {
  it('starts the app at once (no prerendered map to paint) and draws the asked view', async () => {
    const page = await h.context.newPage();
    const t = await coldLoad(page, '?l=obvody');
    expect(await page.locator('#prerender-map').count()).toBe(0);
    expect(t.resources.some((r) => r.path === '/assets/index-[hash].js')).toBe(true);
    await page.close();
  });
});
