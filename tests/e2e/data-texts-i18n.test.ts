// Text from the data in the reader's language: the profile and the legend of a Ukrainian and a
// Vietnamese reader hold no English or Czech words beyond proper names (tests/e2e/foreign-words.ts),
// and the printed briefing gives the flag level with its reasons in that language.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, startHarness, waitUntil, type Harness } from './harness.ts';
import { foreignWords } from './foreign-words.ts';

// Praha 1 (four services, every indicator) and Praha-Libuš (SAPA: "undated (tour announcement)")
const UNITS = ['500054', '547051'];

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

/** The text a reader sees in the element, leaving out what is marked translate="no" (names, addresses). */
function visibleText(page: Page, selector: string): Promise<string> {
  return page.locator(selector).first().evaluate((root) => {
    const parts: string[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest('[translate="no"]') || !parent.checkVisibility()) continue;
      parts.push(node.textContent ?? '');
    }
    return parts.join(' ');
  });
}

describe.each(['uk', 'vi'])('data texts in %s', (locale) => {
  it.each(UNITS)('profile and legend of %s hold no English or Czech words outside proper names', async (code) => {
    const page = await openApp(h, `?lang=${locale}&s=${code}`);
    await page.locator('[data-testid="profile-value-population_total"]').waitFor();
    // the services list arrives after the profile's figures
    await waitUntil(page, () => document.querySelectorAll('[data-testid="profile"] .services li, [data-testid="profile"] #p-serv ~ p').length > 0);
    const profile = await visibleText(page, '[data-testid="profile"]');
    const legend = await visibleText(page, '[data-testid="legend"]');
    expect(profile.length).toBeGreaterThan(200);
    expect(legend).toMatch(/\d/);
    expect(foreignWords(profile, locale), profile).toEqual([]);
    expect(foreignWords(legend, locale), legend).toEqual([]);
    await page.close();
  });

  it('the printed briefing gives the flag level and its reasons in the language', async () => {
    const page = await openApp(h, `?lang=${locale}&view=risk&s=500054`);
    await page.locator('[data-testid="risk-grade"]').waitFor();
    await page.emulateMedia({ media: 'print' });
    const grade = await visibleText(page, '[data-testid="briefing-flag-grade"]');
    const reasons = await page.locator('[data-testid="briefing-flag-reason"]').allTextContents();
    expect(grade.length).toBeGreaterThan(3);
    expect(reasons.length).toBeGreaterThan(0);
    expect(foreignWords([grade, ...reasons].join(' '), locale), [grade, ...reasons].join(' | ')).toEqual([]);
    await page.close();
  });
});
