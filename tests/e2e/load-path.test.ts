// The load path (issue 12) as lists of requests, not timings: what the browser fetches before its
// first paint, and what data it fetches before the live map is ready. A new eager fetch fails here.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { distinctColours, startHarness, waitUntil, type Harness } from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

// records when window.__liveMap (the map is drawn and pans) and window.__mapReady (the app is up)
// become true (an init script runs outside the page's CSP)
const READY_PROBE = `(() => {
  for (const [flag, at] of [['__liveMap', '__liveAt'], ['__mapReady', '__readyAt']]) {
    let v;
    Object.defineProperty(window, flag, {
      configurable: true,
      get() { return v; },
      set(x) { v = x; if (x === true && window[at] === undefined) window[at] = performance.now(); },
    });
  }
})();`;

interface LoadTimeline {
  fcp: number;
  liveAt: number;
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
    liveAt: (window as unknown as { __liveAt: number }).__liveAt,
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

  it('before the first paint fetches only the script that shows the prerendered map and the topology the live map needs', () => {
    expect(Number.isFinite(t.fcp)).toBe(true);
    // no app module, no stylesheet: they would hold back the paint of the prerendered SVG
    expect(startedBefore(t, t.fcp)).toEqual(['/data/districts.topo.json', '/prerender-map.js']);
  });

  it('starts its scripts and stylesheet only after the first paint', () => {
    const app = t.resources.filter((r) => /^\/assets\/index-\[hash\]\.(js|css)$/.test(r.path));
    expect(app.map((r) => r.path).sort()).toEqual(['/assets/index-[hash].css', '/assets/index-[hash].js']);
    for (const r of app) expect(r.start).toBeGreaterThanOrEqual(t.fcp);
  });

  it('makes the map live before it fetches the app: the app and its texts start after the live map', () => {
    expect(t.liveAt).toBeLessThanOrEqual(t.readyAt);
    const app = t.resources.filter((r) => /^\/assets\/(start-app|en)-\[hash\]\.js$/.test(r.path));
    // the app's code, and the English UI and data texts
    expect(app.map((r) => r.path).sort()).toEqual(['/assets/en-[hash].js', '/assets/en-[hash].js', '/assets/start-app-[hash].js']);
    for (const r of app) expect(r.start).toBeGreaterThanOrEqual(t.liveAt);
  });

  it("fetches no other data before the live map: the app's own data comes with its code, the basemap after", () => {
    const data = startedBefore(t, t.liveAt).filter((p) => p.startsWith('/data/'));
    expect(data).toEqual(['/data/districts.topo.json']);
    const app = t.resources.filter((r) => r.path === '/data/indicators.json' || r.path === '/data/manifest.json');
    expect(app.map((r) => r.path).sort()).toEqual(['/data/indicators.json', '/data/manifest.json']);
    for (const r of app) expect(r.start).toBeGreaterThanOrEqual(t.liveAt);
  });

  it('fetches the basemap once the live map is ready', async () => {
    const page = await h.context.newPage();
    await page.goto(`${h.origin}/`);
    await waitUntil(page, () => performance.getEntriesByType('resource').some((e) => e.name.endsWith('/data/basemap.topo.json')));
    await page.close();
  });

  it("loads only the reader's language and no analysis or table code before they are asked for", () => {
    const scripts = startedBefore(t, Infinity).filter((p) => /\.m?js$/.test(p));
    expect(scripts.filter((p) => /\/(cs|uk|ru|vi)-\[hash\]\.js$/.test(p))).toEqual([]);
    expect(scripts.filter((p) => /\/(analysis|analysis-session|flags-config|ViewTable|PlannerSummary|planner-summary|threshold-scenario)-\[hash\]/.test(p))).toEqual([]);
  });
});

describe('the live map before the app', () => {
  it('draws the prerendered colours on a MapLibre map that pans while the app has not arrived', async () => {
    const page = await h.context.newPage();
    // the app's code never arrives
    await page.route(/\/assets\/start-app-/, () => new Promise(() => {}));
    await page.goto(`${h.origin}/`);
    await waitUntil(page, () => (window as unknown as { __liveMap?: boolean }).__liveMap === true);
    expect(await page.locator('#prerender-map svg').count()).toBe(0);
    const canvas = page.locator('#prerender-map canvas.maplibregl-canvas');
    const before = await canvas.screenshot();
    // the five classes, the white borders and the background at least
    expect(await distinctColours(page, before)).toBeGreaterThan(6);
    const box = (await canvas.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 150, box.y + box.height / 2 + 60, { steps: 8 });
    await page.mouse.up();
    await page.waitForTimeout(300);
    expect((await canvas.screenshot()).equals(before)).toBe(false);
    expect(await page.locator('.map-area').count()).toBe(0);
    await page.close();
  });
});

describe('the load path of any other view', () => {
  it('starts the app at once (no prerendered map to paint) and draws the asked view', async () => {
    const page = await h.context.newPage();
    const t = await coldLoad(page, '?l=obvody');
    expect(await page.locator('#prerender-map').count()).toBe(0);
    expect(t.resources.some((r) => r.path === '/assets/index-[hash].js')).toBe(true);
    // the app made the map itself
    expect(t.liveAt).toBeGreaterThan(0);
    await page.close();
  });
});
