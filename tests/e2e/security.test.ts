// Security half of issue 6: names from data are text, never HTML; nothing leaves the origin; the built
// page carries a Content-Security-Policy without 'unsafe-inline'/'unsafe-eval' scripts and breaks none
// of it. The pipeline refuses "<" and ">" in names, so the hostile names are written into a copy of
// the built site's data, after the pipeline, as an attacker controlling a data file would.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { DIST, openApp, startHarness, waitUntil, type Harness } from './harness.ts';

const PRAHA_1 = { code: '500054', lon: 14.42, lat: 50.087 };
const HOSTILE = '<img src=x onerror="window.__pwned=1">Praha 1<script>window.__pwned=2</script>';
const HOSTILE_SERVICE = '<img src=x onerror="window.__pwned=3">Service<script>window.__pwned=4</script>';
const VISIBLE = '<img src=x';

type Probe = { __pwned?: unknown; __cspViolations?: string[] };
type AppHooks = { __app: { selected: string | null; pointsRendered: number; project(lon: number, lat: number): { x: number; y: number } | null } };

let h: Harness;
let site: string;

/** A copy of the built site whose Praha 1 and one of its services carry markup in their names. */
function hostileCopy(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'e2e-hostile-'));
  fs.cpSync(DIST, dir, { recursive: true });
  const topologyFile = path.join(dir, 'data/districts.topo.json');
  const topology = JSON.parse(fs.readFileSync(topologyFile, 'utf8'));
  const district = topology.objects.districts.geometries.find((g: { properties: { code: string } }) => g.properties.code === PRAHA_1.code);
  district.properties.name = HOSTILE;
  fs.writeFileSync(topologyFile, JSON.stringify(topology));
  const servicesFile = path.join(dir, 'data/services.json');
  const services = JSON.parse(fs.readFileSync(servicesFile, 'utf8'));
  const service = services.find((s: { district_code: string | null }) => s.district_code === PRAHA_1.code);
  service.name = HOSTILE_SERVICE;
  fs.writeFileSync(servicesFile, JSON.stringify(services, null, 1));
  return dir;
}

/** Every page records the CSP violations it reports (an init script runs through the DevTools protocol, not eval). */
async function recordCspViolations(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const probe = window as unknown as Probe;
    probe.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => probe.__cspViolations!.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
}

async function expectNoInjection(page: Page): Promise<void> {
  const state = await page.evaluate(() => ({
    pwned: (window as unknown as Probe).__pwned,
    images: document.querySelectorAll('img[src="x"]').length,
    scripts: [...document.querySelectorAll('script')].filter((s) => s.textContent?.includes('__pwned')).length,
    violations: (window as unknown as Probe).__cspViolations ?? [],
  }));
  expect(state).toEqual({ pwned: undefined, images: 0, scripts: 0, violations: [] });
}

/** The Content-Security-Policy of an HTML page's meta tag, as directive → sources. */
function metaCsp(html: string): Map<string, string[]> {
  const meta = [...html.matchAll(/<meta\b[^>]*>/gis)].map((m) => m[0]).find((tag) => /http-equiv\s*=\s*["']content-security-policy["']/i.test(tag));
  const content = meta?.match(/\bcontent\s*=\s*"([^"]*)"/is)?.[1] ?? meta?.match(/\bcontent\s*=\s*'([^']*)'/is)?.[1];
  const policy = new Map<string, string[]>();
  for (const directive of (content ?? '').split(';')) {
    const [name, ...sources] = directive.trim().split(/\s+/);
    if (name) policy.set(name.toLowerCase(), sources);
  }
  return policy;
}

beforeAll(async () => {
  site = hostileCopy();
  h = await startHarness({ dist: site });
  await recordCspViolations(h.context);
});
afterAll(async () => {
  await h?.close();
  if (site) fs.rmSync(site, { recursive: true, force: true });
});

describe('security (issue 6)', () => {
  it('the built index.html sets a Content-Security-Policy whose scripts allow neither inline code nor eval', () => {
    const html = fs.readFileSync(path.join(DIST, 'index.html'), 'utf8');
    const policy = metaCsp(html);
    const scripts = policy.get('script-src') ?? policy.get('default-src');
    expect(scripts, 'script-src (or default-src) is set').toBeDefined();
    expect(scripts).not.toContain("'unsafe-inline'");
    expect(scripts).not.toContain("'unsafe-eval'");
    expect(scripts).not.toContain('*');
    expect(policy.get('object-src')).toEqual(["'none'"]);
    // and the page itself needs no inline script
    const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].filter((m) => !/\bsrc\s*=/.test(m[1]) && m[2].trim() !== '');
    expect(inline).toEqual([]);
  });

  it('a district name carrying markup is shown as text in the profile, the tooltip and the table, and never runs', async () => {
    const page = await openApp(h, `?s=${PRAHA_1.code}`);
    const title = page.locator('#profile-title');
    await title.waitFor();
    expect(await title.textContent()).toBe(HOSTILE);
    await expect(title.isVisible()).resolves.toBe(true);
    await expectNoInjection(page);

    const p = await page.evaluate(({ lon, lat }) => (window as unknown as AppHooks).__app.project(lon, lat), PRAHA_1);
    expect(p).not.toBeNull();
    await page.mouse.move(p!.x, p!.y);
    const tooltip = page.locator('[data-testid="map-tooltip"]');
    await tooltip.waitFor();
    expect(await tooltip.locator('strong').textContent()).toBe(HOSTILE);
    expect(await tooltip.innerText()).toContain(VISIBLE);
    await expectNoInjection(page);

    await page.click('#tab-table');
    const row = page.locator(`[data-testid="data-table"] tbody tr[data-code="${PRAHA_1.code}"]`);
    await row.waitFor();
    expect(await row.innerText()).toContain(VISIBLE);
    await expectNoInjection(page);
    await page.close();
  });

  it("a service name carrying markup is shown as text in the district's services list", async () => {
    const page = await openApp(h, `?s=${PRAHA_1.code}`);
    const services = page.locator('section[aria-labelledby="p-serv"]');
    await services.locator('li').first().waitFor();
    expect(await services.innerText()).toContain('<img src=x onerror="window.__pwned=3">Service<script>');
    await expectNoInjection(page);
    await page.close();
  });

  it('point layers and every analysis view work under the policy: no violation, no script from the data', async () => {
    const page = await openApp(h, `?s=${PRAHA_1.code}`);
    await page.click('#tab-layers');
    for (const layer of ['services', 'facilities', 'schools', 'metro', 'stops']) {
      const toggle = page.locator(`[data-testid="layer-${layer}"]`);
      if ((await toggle.count()) > 0) await toggle.check();
    }
    await waitUntil(page, () => (window as unknown as AppHooks).__app.pointsRendered > 0);
    await expectNoInjection(page);
    await page.close();

    for (const view of ['risk', 'lisa', 'access']) {
      const analysis = await openApp(h, `?view=${view}&t=analysis&s=${PRAHA_1.code}`);
      await waitUntil(analysis, () => (window as unknown as { __analysis?: { elapsedMs: number } | null }).__analysis?.elapsedMs !== undefined);
      await expectNoInjection(analysis);
      await analysis.close();
    }
  });

  it('no request of any of these pages leaves the origin (data: and blob: allowed)', () => {
    expect(h.requests.some((u) => u.includes('/data/facilities.geojson'))).toBe(true);
    expect(h.requests.some((u) => u.includes('/data/services.json'))).toBe(true);
    const outside = h.requests.filter((u) => !u.startsWith(`${h.origin}/`) && !u.startsWith('data:') && !u.startsWith('blob:'));
    expect(outside).toEqual([]);
  });
});
