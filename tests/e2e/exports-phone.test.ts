import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, dataRows, distinctColours, openApp, startHarness, waitUntil, type Harness } from './harness.ts';

type AppHooks = { __app: { selected: string | null; project(lon: number, lat: number): { x: number; y: number } | null } };
const PRAHA_1 = { code: '500054', lon: 14.42, lat: 50.087 };

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

/** RFC 4180 rows (quoted cells with "" escapes and embedded commas / line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell || row.length) rows.push([...row, cell]);
  return rows;
}

/** Opens the export menu, clicks one entry and returns the downloaded file. */
async function download(page: Page, testId: string): Promise<{ name: string; body: Buffer }> {
  await page.click('[data-testid="export-toggle"]');
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(`[data-testid="${testId}"]`)]);
  const filePath = await file.path();
  return { name: file.suggestedFilename(), body: fs.readFileSync(filePath) };
}

describe('exports', () => {
  it('CSV: one row per district with value, date and source, matching indicators.csv', async () => {
    const page = await openApp(h);
    const { name, body } = await download(page, 'export-csv');
    const [header, ...rows] = parseCsv(body.toString('utf8'));
    expect(header).toEqual(['level', 'code', 'name', 'indicator', 'ref_date', 'value', 'unit', 'source_id', 'source', 'services_in_unit', 'nearest_service', 'nearest_service_m']);
    expect(rows).toHaveLength(57);
    const praha1 = rows.find((r) => r[1] === PRAHA_1.code)!;
    expect(praha1[2]).toBe('Praha 1');
    const indicator = praha1[3];
    const date = praha1[4];
    expect(name).toBe(`prague-${indicator}-districts-${date}.csv`);
    const expected = dataRows(indicator, 'districts', PRAHA_1.code).find((r) => r.ref_date === date)!;
    expect(Number(praha1[5])).toBe(expected.value);
    expect(praha1[7]).not.toBe('');
    expect(praha1[8].length).toBeGreaterThan(5);
    // missing values stay empty, never 0
    for (const r of rows) if (r[5] === '') expect(r[7]).toBe('');
    // services (issue 9): the integration centre on Žitná is listed in Praha 1 and a located service is near it
    expect(praha1[9]).toContain('Integrační centrum Praha');
    expect(praha1[10]).not.toBe('');
    expect(Number(praha1[11])).toBeGreaterThanOrEqual(0);
    expect(Number(praha1[11])).toBeLessThan(3000);
    await page.close();
  });

  it('GeoJSON: the selected district with its geometry and every indicator value', async () => {
    const page = await openApp(h, `?s=${PRAHA_1.code}`);
    const { name, body } = await download(page, 'export-geojson');
    expect(name).toBe(`prague-districts-${PRAHA_1.code}.geojson`);
    const fc = JSON.parse(body.toString('utf8'));
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features).toHaveLength(1);
    const f = fc.features[0];
    expect(f.properties.code).toBe(PRAHA_1.code);
    expect(f.properties.name).toBe('Praha 1');
    expect(['Polygon', 'MultiPolygon']).toContain(f.geometry.type);
    const population = f.properties.indicators.filter((i: { id: string }) => i.id === 'population_total');
    expect(population.map((i: { ref_date: string; value: number }) => ({ ref_date: i.ref_date, value: i.value }))).toEqual(dataRows('population_total', 'districts', PRAHA_1.code));
    expect(population[0].source_id).toBeTruthy();
    expect(fc.licence).toContain('CC BY-SA 4.0');
    expect(fc.attribution).toContain('IPR');
    // services listed in the district, and the nearest located ones with straight-line metres, nearest first
    expect(f.properties.services_in_unit.map((s: { id: string }) => s.id)).toContain('ICP-01');
    const metres = f.properties.nearest_services.map((n: { metres: number }) => n.metres);
    expect(metres.length).toBeGreaterThan(0);
    expect([...metres].sort((a: number, b: number) => a - b)).toEqual(metres);
    await page.close();
  });

  it('GeoJSON and the briefing wait for a selection', async () => {
    const page = await openApp(h);
    await page.click('[data-testid="export-toggle"]');
    expect(await page.isDisabled('[data-testid="export-geojson"]')).toBe(true);
    expect(await page.isDisabled('[data-testid="export-print"]')).toBe(true);
    await page.keyboard.press('Escape');
    expect(await page.getAttribute('[data-testid="export-toggle"]', 'aria-expanded')).toBe('false');
    await page.close();
  });

  it('PNG: a real picture of the map with the legend drawn on it', async () => {
    const page = await openApp(h);
    const { name, body } = await download(page, 'export-png');
    expect(name).toMatch(/^prague-[a-z0-9_]+-districts-\d{4}-\d{2}-\d{2}\.png$/);
    expect(body.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(true);
    const width = body.readUInt32BE(16);
    const height = body.readUInt32BE(20);
    expect(width).toBeGreaterThan(300);
    expect(height).toBeGreaterThan(300);
    expect(body.length).toBeGreaterThan(20_000);
    expect(await distinctColours(page, body)).toBeGreaterThan(50);
    await page.close();
  });

  it('print: the briefing replaces the app on paper, with title, map, figures and sources', async () => {
    const page = await openApp(h, `?s=${PRAHA_1.code}`);
    // the print dialog would block a headless browser: count the call instead
    await page.evaluate(() => {
      window.print = () => ((window as unknown as { __printed: number }).__printed = 1);
    });
    await page.click('[data-testid="export-toggle"]');
    await page.click('[data-testid="export-print"]');
    await waitUntil(page, () => (window as unknown as { __printed?: number }).__printed === 1);
    await page.emulateMedia({ media: 'print' });
    expect(await page.isVisible('[data-testid="briefing-title"]')).toBe(true);
    expect(await page.textContent('[data-testid="briefing-title"]')).toBe('Praha 1');
    expect(await page.isVisible('header.top')).toBe(false);
    expect(await page.isVisible('[role="tablist"]')).toBe(false);
    const mapWidth = await page.evaluate(() => (document.querySelector('[data-testid="briefing-map"]') as HTMLImageElement | null)?.naturalWidth ?? 0);
    expect(mapWidth).toBeGreaterThan(300);
    const population = dataRows('population_total', 'districts', PRAHA_1.code).at(-1)!;
    const figures = (await page.textContent('[data-testid="briefing-figures"]'))!;
    expect(figures).toContain(new Intl.NumberFormat('en').format(population.value));
    expect(await page.isVisible('[data-testid="briefing-sources"]')).toBe(true);
    expect(await page.textContent('[data-testid="briefing-sources"]')).toContain('CC BY-SA 4.0');
    // outside the risk view the flags section says how to print them instead of vanishing
    expect(await page.isVisible('[data-testid="briefing-flags-hint"]')).toBe(true);
    // the services listed in the district and the nearest located ones (issue 9)
    await waitUntil(page, () => document.querySelector('[data-testid="briefing-services"]') !== null);
    expect(await page.textContent('[data-testid="briefing-services"]')).toContain('Integrační centrum Praha');
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    // one A4 page
    expect((pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBe(1);
    await page.emulateMedia({ media: 'screen' });
    expect(await page.isVisible('[data-testid="briefing"]')).toBe(false);
    await page.close();
  });

  it('print with the risk view on: the briefing lists the flag level with its reasons', async () => {
    const page = await openApp(h, '?view=risk&s=547158');
    const grade = page.locator('[data-testid="risk-grade"]');
    await grade.waitFor();
    await page.evaluate(() => {
      window.print = () => ((window as unknown as { __printed: number }).__printed = 1);
    });
    await page.click('[data-testid="export-toggle"]');
    await page.click('[data-testid="export-print"]');
    await waitUntil(page, () => (window as unknown as { __printed?: number }).__printed === 1);
    await page.emulateMedia({ media: 'print' });
    const flags = page.locator('[data-testid="briefing-flags"]');
    expect(await flags.isVisible()).toBe(true);
    expect(await flags.textContent()).toContain((await grade.textContent())!.trim());
    await page.close();
  });
});

describe('embed mode', () => {
  it('?embed=1 shows the map, legend and attribution without header controls or panel, and links to the full map', async () => {
    const page = await openApp(h, `?embed=1&s=${PRAHA_1.code}`);
    expect(await page.isVisible('header.top')).toBe(false);
    expect(await page.isVisible('[data-testid="indicator-select"]')).toBe(false);
    expect(await page.isVisible('[role="tablist"]')).toBe(false);
    expect(await page.isVisible('.map-area canvas')).toBe(true);
    expect(await page.isVisible('.attribution')).toBe(true);
    expect(await page.isVisible('[data-testid="legend"]')).toBe(true);
    const href = (await page.getAttribute('[data-testid="embed-full-map"]', 'href'))!;
    expect(href).not.toContain('embed');
    expect(href).toContain(`s=${PRAHA_1.code}`);
    expect(page.url()).toContain('embed=1');
    await page.close();
  });
});

describe('phone (390×844, touch)', () => {
  it('tapping Praha 1 opens its profile in the bottom sheet; the sheet folds; the legend stays usable', async () => {
    const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'e2e-phone-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 2,
      hasTouch: true,
      isMobile: true,
    });
    try {
      const page = await context.newPage();
      // phones open on "find help" (issue 9); the profile tab is asked for here
      await page.goto(`${h.origin}/?t=profile`);
      await waitUntil(page, () => (window as unknown as { __mapReady?: boolean }).__mapReady === true);
      const p = (await page.evaluate(({ lon, lat }) => (window as unknown as AppHooks).__app.project(lon, lat), PRAHA_1))!;
      await page.touchscreen.tap(p.x, p.y);
      await waitUntil(page, () => (window as unknown as AppHooks).__app.selected === '500054');
      const title = page.locator('#profile-title');
      await title.waitFor();
      expect(await title.textContent()).toBe('Praha 1');
      // the profile sits in the sheet below the map
      const sheet = (await page.locator('aside.panel').boundingBox())!;
      const map = (await page.locator('.map-area').boundingBox())!;
      expect(sheet.y).toBeGreaterThanOrEqual(map.y + map.height - 1);
      expect(sheet.y + sheet.height).toBeLessThanOrEqual(844 + 1);
      expect(await title.isVisible()).toBe(true);

      const handle = page.locator('[data-testid="sheet-handle"]');
      expect(await handle.getAttribute('aria-expanded')).toBe('true');
      await handle.tap();
      expect(await handle.getAttribute('aria-expanded')).toBe('false');
      expect(await title.isVisible()).toBe(false);
      const folded = (await page.locator('aside.panel').boundingBox())!;
      expect(folded.height).toBeLessThan(sheet.height / 2);
      await handle.focus();
      await page.keyboard.press('Enter');
      expect(await handle.getAttribute('aria-expanded')).toBe('true');
      expect(await title.isVisible()).toBe(true);

      const legend = page.locator('[data-testid="legend"]');
      expect(await legend.isVisible()).toBe(true);
      const legendToggle = legend.locator('button[aria-expanded]');
      await legendToggle.tap();
      expect(await legendToggle.getAttribute('aria-expanded')).toBe('true');
      expect(await legend.locator('[data-testid="legend-class"]').first().isVisible()).toBe(true);
      await page.close();
    } finally {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    }
  });
});
