// The whole app on another city: the toy city (tests/fixtures/toy-city, with its own city.json) is
// built into a temp dir, the site is built on that data alone (prerendered map included) and served,
// and Chromium drives it. Nothing of Prague may show: the name, the code, the languages come from
// the toy city's config.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import type { Page } from 'playwright-core';
import { buildData, REPO_ROOT } from '../../scripts/build-pipeline.ts';
import { prerenderMap } from '../../scripts/vite-plugin-prerender-map.ts';
import { readCityConfig } from '../../src/lib/pipeline/city-config.ts';
import { openApp, startHarness, waitUntil, type Harness } from './harness.ts';

const TOY_DIR = path.join(REPO_ROOT, 'tests/fixtures/toy-city');
const TOY = readCityConfig(fs.readFileSync(path.join(TOY_DIR, 'city.json'), 'utf8'), 'city.json');
/** The toy city's units: five squares of 0.02° (boundaries/mestske_casti.geojson), and a point inside one. */
const UNITS = ['500054', '500089', '500119', '547034', '547042'];
const PRAHA_1 = { code: '500054', lon: 14.41, lat: 50.03 };

type AppHooks = { __app: { selected: string | null; indicator: string | null; project(lon: number, lat: number): { x: number; y: number } | null } };

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'toy-city-e2e-'));
const dist = path.join(work, 'dist');
let h: Harness;
let rows: string[][];

beforeAll(async () => {
  // public/ as the site ships it (prerender-map.js …), with the toy city's data in public/data
  const publicDir = path.join(work, 'public');
  fs.cpSync(path.join(REPO_ROOT, 'public'), publicDir, { recursive: true, filter: (src) => path.relative(path.join(REPO_ROOT, 'public'), src).split(path.sep)[0] !== 'data' });
  await buildData({ dataDir: TOY_DIR, outDir: path.join(publicDir, 'data'), now: new Date('2026-11-01T00:00:00Z') });
  // the app's own build, on this public dir (vite.config.ts leaves the prerender out under vitest)
  await build({
    configFile: false,
    root: REPO_ROOT,
    base: './',
    publicDir,
    logLevel: 'warn',
    plugins: [svelte(), prerenderMap()],
    build: { outDir: dist, emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 1500 },
  });
  rows = fs.readFileSync(path.join(dist, 'data/indicators.csv'), 'utf8').trim().split('\n').slice(1).map((l) => l.split(','));
  h = await startHarness({ dist });
}, 240_000);
afterAll(async () => {
  await h?.close();
  fs.rmSync(work, { recursive: true, force: true });
});

const text = (page: Page, selector: string) => page.locator(selector).first().evaluate((el) => (el.textContent ?? '').trim());

describe('the app on the toy city, configured by its own city.json', () => {
  it('builds its data with the toy city code and the toy city in the manifest', () => {
    expect(rows.some((r) => r[0] === 'city' && r[1] === TOY.code)).toBe(true);
    expect(rows.some((r) => r[1] === '554782')).toBe(false);
    const manifest = JSON.parse(fs.readFileSync(path.join(dist, 'data/manifest.json'), 'utf8'));
    expect(manifest.city.name).toEqual(TOY.name);
    expect(manifest.city.languages).toEqual(['en', 'cs']);
  });

  it('prerenders the toy city into index.html: its name in the title and the SVG, no Prague', () => {
    const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
    expect(html).toContain('<title>Toyton integration map</title>');
    expect(html).toMatch(/<title id="prerender-map-title">Map of Toyton: /);
    expect(html).not.toMatch(/Prague/);
  });

  it('loads the map with the toy name in title and header, its headline indicator and its attribution', async () => {
    const page = await openApp(h, '?lang=en');
    expect(await page.title()).toBe('Toyton integration map');
    expect(await text(page, 'h1 .long')).toBe('Toyton: districts, integration services and foreign residents');
    expect(await page.evaluate(() => (window as unknown as AppHooks).__app.indicator)).toBe(TOY.default_view.indicator);
    expect(await text(page, '.attribution')).toContain(TOY.attribution);
    await page.close();
  });

  it('lists the toy units in the table view', async () => {
    const page = await openApp(h, '?lang=en&t=table');
    await page.waitForSelector('[data-testid="data-table"] tbody tr');
    const codes = await page.locator('[data-testid="data-table"] tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-code')));
    expect([...codes].sort()).toEqual(UNITS);
    await page.close();
  });

  it('hovering a unit names it, clicking opens its profile with the toy value', async () => {
    const page = await openApp(h, '?lang=en');
    const p = await page.evaluate(({ lon, lat }) => (window as unknown as AppHooks).__app.project(lon, lat), PRAHA_1);
    expect(p).not.toBeNull();
    await page.mouse.move(p!.x, p!.y);
    const tooltip = page.locator('[data-testid="map-tooltip"]');
    await tooltip.waitFor();
    expect(await tooltip.locator('strong').textContent()).toBe('Praha 1');
    await page.mouse.click(p!.x, p!.y);
    const value = page.locator('[data-testid="profile-value-population_total"]');
    await value.waitFor();
    const population = rows.filter((r) => r[0] === 'districts' && r[1] === PRAHA_1.code && r[2] === 'population_total').sort((a, b) => a[3].localeCompare(b[3]));
    expect(await value.textContent()).toBe(new Intl.NumberFormat('en').format(Number(population[population.length - 1][4])));
    expect(await page.evaluate(() => (window as unknown as AppHooks).__app.selected)).toBe(PRAHA_1.code);
    // the comparison with the whole city names the toy city
    expect(await text(page, '[data-indicator="population_total"]')).toContain('of Toyton');
    await page.close();
  });

  it('offers only the toy city languages and switches to Czech', async () => {
    const page = await openApp(h, '?lang=en');
    const offered = await page.locator('[data-testid="language-select"] option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(offered).toEqual(['cs', 'en']);
    await page.selectOption('[data-testid="language-select"]', 'cs');
    await waitUntil(page, () => document.documentElement.lang === 'cs');
    expect(await text(page, 'h1 .long')).toBe('Hračkov: městské části, integrační služby a cizinci');
    expect(await page.title()).toBe('Integrační mapa – Hračkov');
    await page.close();
  });

  it('a language the toy city does not offer gives way to one it does', async () => {
    const page = await openApp(h, '?lang=vi');
    await waitUntil(page, () => document.documentElement.lang === 'en');
    expect(await text(page, 'h1 .long')).toContain('Toyton');
    await page.close();
  });

  it('no page of these tests requested anything from another origin', () => {
    expect(h.requests.some((u) => u.endsWith('/data/manifest.json'))).toBe(true);
    expect(h.requests.filter((u) => !u.startsWith(h.origin) && !u.startsWith('data:') && !u.startsWith('blob:'))).toEqual([]);
  });
});
