// Issue 9 in a real browser: the offline address search, the nearest services from an address,
// an address outside the address points' coverage, the language filter, the phone "find help"
// flow in Ukrainian and Vietnamese, and axe with the search open.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Page } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { CHROMIUM_ARGS, openApp, startHarness, waitUntil, type Harness } from './harness.ts';

type Messages = Record<string, string>;
const messages = (l: string) => JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, `../../src/i18n/locales/${l}.json`), 'utf8')) as Messages;
type AppHooks = { __app: { selected: string | null } };

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

async function searchAndChoose(page: Page, query: string, label: string) {
  await page.fill('#help-search', query);
  const option = page.locator('[data-testid="search-option"]', { hasText: label }).first();
  await option.waitFor();
  // keyboard: the first option is the address; Enter chooses the active one
  await page.focus('#help-search');
  await page.keyboard.press('ArrowDown');
  expect(await page.getAttribute('#help-search', 'aria-activedescendant')).toBe(await page.locator('[data-testid="search-option"]').first().getAttribute('id'));
  expect((await page.locator('[data-testid="search-option"]').first().textContent())?.trim()).toBe(label);
  await page.keyboard.press('Enter');
  await page.locator('[data-testid="service-distance"]').first().waitFor();
}

const cardNames = (page: Page) => page.locator('[data-testid="nearby"] > [data-testid="service-card"] h4').allTextContents();

describe('address search and nearest services', () => {
  it('"zitna 1574" → "Žitná 1574/51, Praha 1": Integrační centrum Praha listed first with a distance, Praha 1 selected', async () => {
    const page = await openApp(h, '?lang=en&t=help');
    // the search index loads on the first use of the search, not with the map
    expect(h.requests.some((u) => u.endsWith('/search-index.json'))).toBe(false);
    await searchAndChoose(page, 'zitna 1574', 'Žitná 1574/51, Praha 1');
    expect(h.requests.some((u) => u.endsWith('/search-index.json'))).toBe(true);
    const first = page.locator('[data-testid="nearby"] > [data-testid="service-card"]').first();
    expect(await first.locator('h4').textContent()).toContain('Integrační centrum Praha');
    expect(await first.locator('[data-testid="service-distance"]').textContent()).toMatch(/^\d+ m straight-line$/);
    expect(await page.evaluate(() => (window as unknown as AppHooks).__app.selected)).toBe('500054');
    expect(await page.locator('[data-testid="nearby-schools"] li').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-testid="nearby-transport"]').textContent()).toMatch(/Metro: .+\d/);
    // the combobox closed and shows the choice
    expect(await page.getAttribute('#help-search', 'aria-expanded')).toBe('false');
    expect(await page.inputValue('#help-search')).toBe('Žitná 1574/51, Praha 1');
    await page.close();
  });

  it('an address outside the coverage says which part of Prague the index covers and offers its district', async () => {
    const page = await openApp(h, '?lang=en&t=help');
    await page.fill('#help-search', 'Brdičkova 1878');
    const outside = page.locator('[data-testid="search-outside"]');
    await outside.waitFor();
    const text = (await outside.textContent())!;
    expect(text).toContain('not in the offline address index');
    expect(text).toMatch(/Praha 1\b/);
    expect(text).toContain('Praha 14');
    expect(text).not.toMatch(/Praha 13\b[^:]*:/);
    await page.selectOption('[data-testid="search-outside-district"]', '539694');
    await waitUntil(page, () => (window as unknown as AppHooks).__app.selected === '539694');
    await page.locator('[data-testid="nearby-origin"]').waitFor();
    expect(await page.locator('[data-testid="nearby-origin"]').textContent()).toContain('Praha 13');
    // typing the district's name finds it too
    await page.fill('#help-search', 'praha 13');
    await page.locator('[data-testid="search-option"]', { hasText: 'Praha 13' }).first().waitFor();
    await page.close();
  });

  it('the language filter keeps only services that serve the language', async () => {
    const page = await openApp(h, '?lang=en&t=help');
    await searchAndChoose(page, 'zitna 1574', 'Žitná 1574/51, Praha 1');
    const before = await cardNames(page);
    expect(before.some((n) => n.includes('InBáze'))).toBe(true);
    await page.selectOption('[data-testid="help-language"]', 'vi');
    await waitUntil(page, () => !document.querySelector('[data-testid="nearby"]')?.textContent?.includes('InBáze'));
    const after = await cardNames(page);
    expect(after.length).toBeGreaterThan(0);
    expect(after.length).toBeLessThan(before.length);
    for (const langs of await page.locator('[data-testid="nearby"] > [data-testid="service-card"] [data-testid="service-languages"]').allTextContents()) expect(langs).toContain('Vietnamese');
    await page.close();
  });

  it('axe finds no serious or critical violation with the search open', async () => {
    const page = await openApp(h, '?lang=en&t=help');
    await page.fill('#help-search', 'zitna');
    await page.locator('[data-testid="search-option"]').first().waitFor();
    expect(await page.getAttribute('#help-search', 'aria-expanded')).toBe('true');
    const result = await new AxeBuilder({ page }).include('[data-testid="find-help"]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(serious).toEqual([]);
    await page.close();
  });
});

describe('phone "find help" (390×844, touch)', () => {
  for (const [lang, languageCode] of [
    ['uk', 'uk'],
    ['vi', 'vi'],
  ] as const) {
    it(`in ${lang}: need → language → address → nearest services with contacts`, async () => {
      const m = messages(lang);
      const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'e2e-help-'));
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
        await page.goto(`${h.origin}/?lang=${lang}`);
        await waitUntil(page, () => (window as unknown as { __mapReady?: boolean }).__mapReady === true);
        // "find help" is the default panel on phones, in the reader's language
        expect(await page.getAttribute('#tab-help', 'aria-selected')).toBe('true');
        expect(await page.locator('#help-title').textContent()).toBe(m['help.title']);
        await page.locator('[data-testid="help-need-integration_centre"]').tap();
        await page.selectOption('[data-testid="help-language"]', languageCode);
        await page.locator('#help-search').tap();
        await page.fill('#help-search', 'zitna 1574');
        const option = page.locator('[data-testid="search-option"]', { hasText: 'Žitná 1574/51' }).first();
        await option.waitFor();
        await option.tap();
        const card = page.locator('[data-testid="nearby"] > [data-testid="service-card"]').first();
        await card.locator('[data-testid="service-distance"]').waitFor();
        expect(await card.locator('h4').textContent()).toContain('Integrační centrum Praha');
        expect(await card.textContent()).toContain(m['services.contact']);
        expect(await card.textContent()).toContain(m['services.type.integration_centre']);
        // every listed service is an integration centre that serves the language
        for (const c of await page.locator('[data-testid="nearby"] > [data-testid="service-card"]').all()) expect(await c.textContent()).toContain(m['services.type.integration_centre']);
        expect(await card.isVisible()).toBe(true);
        await page.screenshot({ path: path.join(os.tmpdir(), `find-help-${lang}.png`) });
      } finally {
        await context.close();
        fs.rmSync(profile, { recursive: true, force: true });
      }
    });
  }
});
