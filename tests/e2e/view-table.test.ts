// Issue 10 §7 in the browser: the table follows the flags view, its CSV says the same, and edited
// thresholds travel in the link (th=) and come back with "reset to defaults".
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, startHarness, waitUntil, type Harness } from './harness.ts';
import { splitCsvLine } from '../../src/lib/app/parse-indicators.ts';

type Grades = { __analysis?: { grades: Record<string, number> } | null };

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

describe('the table follows the view', () => {
  it('flags view: one row per graded unit with grade and reasons; the CSV holds the same grades and reasons', async () => {
    const page = await openApp(h, '?lang=en&view=risk&t=table');
    const grades = (await waitUntil(page, () => (window as unknown as Grades).__analysis?.grades))!;
    const table = page.locator('[data-testid="view-table"][data-view="risk"]');
    await table.waitFor();
    const rows = table.locator('tbody tr');
    const graded = Object.values(grades).reduce((a, b) => a + b, 0);
    expect(await rows.count()).toBe(graded);
    const shownGrades = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-grade')));
    for (const [grade, count] of Object.entries(grades)) expect(shownGrades.filter((g) => g === grade).length).toBe(count);

    const [file] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="viewtable-csv"]')]);
    expect(file.suggestedFilename()).toMatch(/^prague-flags-foreigners-districts-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = (await import('node:fs')).readFileSync((await file.path())!, 'utf8');
    const [header, ...lines] = text.trim().split('\r\n').map(splitCsvLine);
    const col = (name: string) => header.indexOf(name);
    expect(lines).toHaveLength(graded);
    // row by row the CSV has the unit, grade and reasons the table shows
    for (let i = 0; i < lines.length; i++) {
      const tr = rows.nth(i);
      expect(lines[i][col('code')]).toBe(await tr.getAttribute('data-code'));
      expect(lines[i][col('grade')]).toBe(await tr.getAttribute('data-grade'));
      const reasons = await tr.locator('li').allTextContents();
      expect(lines[i][col('reasons')]).toBe(reasons.join('; '));
    }
    // every top-graded unit has a reason beyond concentration (trend or supply)
    const high = lines.filter((l) => l[col('grade')] === 'high');
    for (const l of high) expect(l[col('dimension.dynamics')] === 'met' || l[col('dimension.supply')] === 'met').toBe(true);
    await page.close();
  });

  it('a URL with edited thresholds round-trips, and reset to defaults clears it', async () => {
    const page = await openApp(h, '?lang=en&view=risk&t=analysis');
    const before = (await waitUntil(page, () => (window as unknown as Grades).__analysis?.grades))!;
    await page.fill('[data-testid="threshold-min_count"]', '300');
    await page.locator('[data-testid="threshold-min_count"]').dispatchEvent('change');
    await page.uncheck('[data-testid="threshold-false_discovery_rate"]');
    await waitUntil(page, () => /th=[^&]*concentration\.min_count%3A300/.test(location.search) && location.search.includes('false_discovery_rate%3A0'));
    const edited = await page.evaluate(() => (window as unknown as Grades).__analysis!.grades);
    expect(edited).not.toEqual(before);
    const link = new URL(page.url()).search;
    await page.close();

    const again = await openApp(h, link);
    await waitUntil(again, () => (window as unknown as Grades).__analysis?.grades);
    await waitUntil(again, () => (document.querySelector('[data-testid="threshold-min_count"]') as HTMLInputElement | null)?.value === '300');
    expect(await again.evaluate(() => (window as unknown as Grades).__analysis!.grades)).toEqual(edited);
    expect(await again.locator('[data-testid="threshold-false_discovery_rate"]').isChecked()).toBe(false);
    expect(new URL(again.url()).search).toContain('th=');

    await again.click('[data-testid="threshold-reset"]');
    await waitUntil(again, () => !location.search.includes('th='));
    expect(await again.evaluate(() => (window as unknown as Grades).__analysis!.grades)).toEqual(before);
    await again.close();
  });
});
