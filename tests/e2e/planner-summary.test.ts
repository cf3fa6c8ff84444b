// Issue 10 §8 in the browser: the planner's summary counts the same flag levels as the flags view,
// lists level changes between two dates and fits one A4 page in print.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, startHarness, waitUntil, type Harness } from './harness.ts';

type Grades = { __analysis?: { grades: Record<string, number>; date: string } | null };

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

describe("the planner's summary", () => {
  it('opens from the analysis tab; its counts for foreigners equal the flags view; the link restores it', async () => {
    const page = await openApp(h, '?lang=en&view=risk&t=analysis');
    const run = (await waitUntil(page, () => (window as unknown as Grades).__analysis))!;
    await page.click('[data-testid="summary-open"]');
    const row = page.locator(`[data-testid="summary-grades"] tr[data-group="foreigners"][data-date="${run.date}"]`);
    await row.waitFor({ timeout: 60_000 });
    for (const [grade, count] of Object.entries(run.grades)) expect(await row.locator(`td[data-grade="${grade}"]`).textContent()).toBe(String(count));
    await waitUntil(page, () => location.search.includes('sum=1'));
    // the permits of 2022 have eight dates: the default comparison is between their first and last
    expect(await page.locator('[data-testid="summary-group"]').inputValue()).toBe('ua_tp_permits_2022');
    expect(await page.locator('[data-testid="summary-from"]').inputValue()).toBe('2022-03-31');
    expect(await page.locator('[data-testid="summary-to"]').inputValue()).toBe('2022-10-07');
    const indices = await page.locator('[data-testid="summary-indices"] tbody tr').count();
    expect(indices).toBeGreaterThanOrEqual(3);
    await page.click('[data-testid="summary-close"]');
    await waitUntil(page, () => !location.search.includes('sum=1'));
    await page.close();
  });

  it('fits one A4 page when printed', async () => {
    const page = await h.context.newPage();
    // A4 minus the 10 × 11 mm margins at 96 px per inch: 188 mm × 277 mm
    await page.setViewportSize({ width: 711, height: 1047 });
    await page.goto(`${h.origin}/?lang=cs&sum=1`);
    await page.locator('[data-testid="summary-grades"]').waitFor({ timeout: 60_000 });
    await page.emulateMedia({ media: 'print' });
    const height = await page.evaluate(() => document.querySelector('[data-testid="planner-summary"]')!.getBoundingClientRect().height);
    expect(height).toBeGreaterThan(200);
    expect(height).toBeLessThanOrEqual(1047);
    await page.close();
  });
});
