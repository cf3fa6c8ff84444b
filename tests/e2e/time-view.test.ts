// Issue 10 §1 in the browser: one scale across the dates of an indicator, change maps, two dates compared.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, startHarness, waitUntil, type Harness } from './harness.ts';

const PERMITS = 'ua_tp_permits_2022_per_1000';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const legendClasses = (page: import('playwright-core').Page) => page.locator('[data-testid="legend"] [data-testid="legend-class"]').allTextContents();

describe('time on the map', () => {
  it('the same legend classes at two dates of one indicator (pooled scale), different ones per date', async () => {
    const page = await openApp(h, `?lang=en&i=${PERMITS}&d=2022-03-31`);
    const march = await legendClasses(page);
    expect(march.length).toBeGreaterThan(2);
    expect(await page.locator('[data-testid="legend-scale"]').textContent()).toBe('One scale for all dates');
    await page.selectOption('[data-testid="date-select"]', '2022-10-07');
    await waitUntil(page, () => document.querySelector('[data-testid="legend-date"]')?.textContent?.includes('Oct'));
    expect(await legendClasses(page)).toEqual(march);

    // per date: the October classes are cut from October's values alone, so they differ
    await page.uncheck('[data-testid="scale-pooled"]');
    await waitUntil(page, () => location.search.includes('sc=per_date'));
    expect(await legendClasses(page)).not.toEqual(march);
    await page.close();
  });

  it('a change map: percent change from an earlier date, classes centred on zero, restored from its link', async () => {
    const page = await openApp(h, `?lang=en&i=${PERMITS}`);
    await page.selectOption('[data-testid="time-mode-select"]', 'percent');
    await page.selectOption('[data-testid="compare-from-select"]', '2022-03-31');
    const legend = page.locator('[data-testid="change-legend"]');
    await legend.waitFor();
    expect(await legend.locator('[data-testid="change-legend-period"]').textContent()).toContain('Mar');
    const classes = await legend.locator('[data-testid="legend-class"]').allTextContents();
    // every class boundary is signed and zero is a boundary
    expect(classes.some((c) => c.startsWith('0 %') || c.endsWith(' 0 %'))).toBe(true);
    await waitUntil(page, () => location.search.includes('chg=percent') && location.search.includes('from=2022-03-31'));
    const link = new URL(page.url()).search;
    await page.close();

    const again = await openApp(h, link);
    expect(await again.locator('[data-testid="change-legend"] [data-testid="legend-class"]').allTextContents()).toEqual(classes);
    expect(await again.locator('[data-testid="time-mode-select"]').inputValue()).toBe('percent');
    await again.close();
  });

  it('compare mode: the earlier date on the left of a divider, the shown date on the right, one camera', async () => {
    const page = await openApp(h, `?lang=en&i=${PERMITS}&d=2022-10-07`);
    await page.selectOption('[data-testid="time-mode-select"]', 'compare');
    await page.selectOption('[data-testid="compare-from-select"]', '2022-03-31');
    await page.locator('[data-testid="compare-view"]').waitFor();
    await waitUntil(page, () => (window as unknown as { __compareReady?: boolean }).__compareReady === true);
    expect(await page.locator('[data-testid="compare-date-left"]').textContent()).toContain('Mar');
    expect(await page.locator('[data-testid="compare-date-right"]').textContent()).toContain('Oct');
    // the legend states the shared scale whatever the per-date option
    expect(await page.locator('[data-testid="legend-scale"]').textContent()).toBe('One scale for all dates');
    // the divider is a keyboard control
    await page.focus('[data-testid="compare-divider"]');
    await page.keyboard.press('ArrowRight');
    expect(await page.locator('[data-testid="compare-divider"]').inputValue()).toBe('51');
    await waitUntil(page, () => location.search.includes('cmp=1'));
    await page.close();
  });
});
