import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import fs from 'node:fs';
import path from 'node:path';
import { DIST, dataRows, distinctColours, openApp, startHarness, waitUntil, type Harness } from './harness.ts';

type AppHooks = {
  __app: {
    level: string;
    selected: string | null;
    indicator: string | null;
    pointsRendered: number;
    view: { lon: number; lat: number; zoom: number } | null;
    project(lon: number, lat: number): { x: number; y: number } | null;
  };
};
const PRAHA_1 = { code: '500054', lon: 14.42, lat: 50.087 };

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

async function tableRowCount(page: Page): Promise<number> {
  await page.click('#tab-table');
  await page.waitForSelector('[data-testid="data-table"] tbody tr');
  return page.locator('[data-testid="data-table"] tbody tr').count();
}

async function praha1OnScreen(page: Page) {
  const p = await page.evaluate(({ lon, lat }) => (window as unknown as AppHooks).__app.project(lon, lat), PRAHA_1);
  expect(p).not.toBeNull();
  return p!;
}

describe('the map app on the built site', () => {
  it('renders the map: the map canvas holds many distinct colours', async () => {
    const page = await openApp(h);
    const png = await page.locator('.map-area canvas').first().screenshot();
    expect(await distinctColours(page, png)).toBeGreaterThan(50);
    await page.close();
  });

  it('lists the 57 city districts in the table', async () => {
    const page = await openApp(h);
    expect(await tableRowCount(page)).toBe(57);
    await page.close();
  });

  it('shows the name of the district under the mouse', async () => {
    const page = await openApp(h);
    const p = await praha1OnScreen(page);
    await page.mouse.move(p.x, p.y);
    const tooltip = page.locator('[data-testid="map-tooltip"]');
    await tooltip.waitFor();
    expect(await tooltip.locator('strong').textContent()).toBe('Praha 1');
    await page.close();
  });

  it('clicking Praha 1 shows the population figure the data holds, with its date', async () => {
    const page = await openApp(h);
    const p = await praha1OnScreen(page);
    await page.mouse.click(p.x, p.y);
    const value = page.locator('[data-testid="profile-value-population_total"]');
    await value.waitFor();
    const rows = dataRows('population_total', 'districts', PRAHA_1.code);
    const latest = rows[rows.length - 1];
    expect(await page.locator('#profile-title').textContent()).toBe('Praha 1');
    expect(await value.textContent()).toBe(new Intl.NumberFormat('en', { maximumFractionDigits: 0, minimumFractionDigits: 0 }).format(latest.value));
    const item = page.locator('[data-indicator="population_total"]');
    const shownDate = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${latest.ref_date}T00:00:00Z`));
    expect(await item.textContent()).toContain(shownDate);
    expect(page.url()).toContain(`s=${PRAHA_1.code}`);
    await page.close();
  });

  it('switching the indicator changes the legend', async () => {
    const page = await openApp(h);
    const legend = page.locator('[data-testid="legend"]');
    const before = await legend.textContent();
    await page.selectOption('[data-testid="indicator-select"]', 'ua_temporary_protection_per_1000');
    await waitUntil(page, () => document.querySelector('#legend-title')?.textContent?.includes('per 1,000'));
    const after = await legend.textContent();
    expect(after).not.toBe(before);
    expect(after).toContain('per 1,000 inhabitants');
    expect(await page.locator('[data-testid="legend-class"]').count()).toBeGreaterThan(1);
    await page.close();
  });

  it('switching the level gives 22 and then 10 rows', async () => {
    const page = await openApp(h);
    await page.selectOption('[data-testid="level-select"]', 'spravni_obvody');
    expect(await tableRowCount(page)).toBe(22);
    await page.selectOption('[data-testid="level-select"]', 'obvody');
    await waitUntil(page, () => document.querySelectorAll('[data-testid="data-table"] tbody tr').length === 10);
    expect(await page.locator('[data-testid="data-table"] tbody tr').count()).toBe(10);
    await page.close();
  });

  it('selects a district from the table with the keyboard and keeps the map in sync', async () => {
    const page = await openApp(h);
    await page.click('#tab-table');
    const row = page.locator(`[data-testid="data-table"] tbody tr[data-code="${PRAHA_1.code}"]`);
    await row.focus();
    await page.keyboard.press('Enter');
    await waitUntil(page, () => (window as unknown as AppHooks).__app.selected === '500054');
    expect(await row.getAttribute('aria-selected')).toBe('true');
    await page.close();
  });

  it('a shared URL restores indicator, date, level, selection, tab and map view', async () => {
    const first = await openApp(h);
    await first.selectOption('[data-testid="level-select"]', 'spravni_obvody');
    await first.selectOption('[data-testid="indicator-select"]', 'ua_temporary_protection_per_1000');
    await first.click('#tab-table');
    const firstRow = first.locator('[data-testid="data-table"] tbody tr').first();
    const code = await firstRow.getAttribute('data-code');
    await firstRow.click();
    // pan and zoom the map so the view lands in the URL
    const box = (await first.locator('.map-area').boundingBox())!;
    await first.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await first.mouse.wheel(0, -400);
    await waitUntil(first, () => location.search.includes('v='));
    const shared = new URL(first.url()).search;
    const view = await first.evaluate(() => (window as unknown as AppHooks).__app.view);
    await first.close();

    const page = await openApp(h, shared);
    expect(shared).toContain('t=table');
    expect(await page.locator('#tab-table').getAttribute('aria-selected')).toBe('true');
    expect(await page.inputValue('[data-testid="level-select"]')).toBe('spravni_obvody');
    expect(await page.inputValue('[data-testid="indicator-select"]')).toBe('ua_temporary_protection_per_1000');
    expect(await page.locator('[data-testid="data-table"] tbody tr').count()).toBe(22);
    expect(await page.locator(`[data-testid="data-table"] tbody tr[data-code="${code}"]`).getAttribute('aria-selected')).toBe('true');
    const restored = await page.evaluate(() => (window as unknown as AppHooks).__app.view);
    expect(restored!.zoom).toBeCloseTo(view!.zoom, 1);
    expect(restored!.lon).toBeCloseTo(view!.lon, 3);
    expect(restored!.lat).toBeCloseTo(view!.lat, 3);
    await page.close();
  });

  it('switching on a point layer loads its data and draws the points; clicking the map lists the nearest facilities', async () => {
    const page = await h.context.newPage();
    const data: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/data/')) data.push(new URL(r.url()).pathname);
    });
    await page.goto(`${h.origin}/`);
    await waitUntil(page, () => (window as unknown as { __mapReady?: boolean }).__mapReady === true);
    // the layer's points are not on the path to the first map: they arrive only now
    expect(data).not.toContain('/data/facilities.geojson');
    await page.click('#tab-layers');
    await page.check('[data-testid="layer-facilities"]');
    await waitUntil(page, () => (window as unknown as AppHooks).__app.pointsRendered > 0);
    expect(data).toContain('/data/facilities.geojson');
    const p = await praha1OnScreen(page);
    await page.mouse.click(p.x + 3, p.y + 3);
    await page.click('#tab-profile');
    const nearest = page.locator('[data-testid="nearest"] li');
    await nearest.first().waitFor();
    expect(await nearest.count()).toBeGreaterThan(3);
    expect(await nearest.first().textContent()).toMatch(/\d+ (m|km) straight-line/);
    await page.close();
  });

  it('clicking a point of a layer opens its popup with the point\'s name', async () => {
    const page = await openApp(h, '?lang=en');
    await page.click('#tab-layers');
    await page.check('[data-testid="layer-metro"]');
    await waitUntil(page, () => (window as unknown as AppHooks).__app.pointsRendered > 0);
    // the first metro entrance of the built data (an Opatov entrance, in the south-east of the default view, away from the panel)
    const first = JSON.parse(fs.readFileSync(path.join(DIST, 'data/metro_entrances.geojson'), 'utf8')).features[0];
    const [lon, lat] = first.geometry.coordinates as [number, number];
    const p = await page.evaluate(([x, y]) => (window as unknown as AppHooks).__app.project(x, y), [lon, lat]);
    await page.mouse.click(p!.x, p!.y);
    const popup = page.locator('[data-testid="point-popup"]');
    await popup.waitFor();
    expect(await popup.innerText()).toContain(first.properties.vst_nazev);
    await page.close();
  });

  it('no request leaves the page origin', () => {
    expect(h.requests.length).toBeGreaterThan(10);
    const outside = h.requests.filter((u) => !u.startsWith(`${h.origin}/`) && !u.startsWith('data:') && !u.startsWith('blob:'));
    expect(outside).toEqual([]);
  });
});
