// Issue 13 §2: on a phone (390 × 844, touch) the map gets most of the screen, every control is big
// enough to tap, hints speak of taps, a tapped table row opens the profile; on a 1280 px desktop the
// toolbar stays on one row in every language.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { CHROMIUM_ARGS, openApp, startHarness, waitUntil, type Harness } from './harness.ts';

const LOCALES = ['cs', 'en', 'uk', 'ru', 'vi'] as const;
const PHONE_LOCALES = ['uk', 'vi'] as const;
const PHONE = { width: 390, height: 844 };
/** WCAG 2.5.5 (target size, enhanced) */
const MIN_TARGET = 44;
const PRAHA_1 = '500054';

type AppHooks = { __app: { selected: string | null } };

let h: Harness;
let phone: BrowserContext;
let phoneProfile: string;
beforeAll(async () => {
  h = await startHarness();
  phoneProfile = fs.mkdtempSync(path.join(os.tmpdir(), 'e2e-phone-layout-'));
  phone = await chromium.launchPersistentContext(phoneProfile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: PHONE,
    deviceScaleFactor: 2,
    hasTouch: true,
    isMobile: true,
  });
});
afterAll(async () => {
  await phone?.close();
  if (phoneProfile) fs.rmSync(phoneProfile, { recursive: true, force: true });
  await h?.close();
});

async function openPhone(query: string): Promise<Page> {
  const page = await phone.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${h.origin}/${query}`);
  await waitUntil(page, () => (window as unknown as { __mapReady?: boolean }).__mapReady === true);
  if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
  return page;
}

/**
 * Visible controls smaller than 44 × 44 px, as "what (w×h)" lines. Links inside a sentence are
 * exempt (WCAG 2.5.5's "inline" exception), e.g. the map attribution's; so is whatever lies
 * outside the screen (skip links) or under an open modal dialog (inert).
 */
async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate((min) => {
    const modal = document.querySelector('dialog[open]');
    const found: string[] = [];
    const controls = document.querySelectorAll<HTMLElement>('button, select, input, a[href], [role="tab"], tr[tabindex], summary');
    for (const el of controls) {
      if (modal && !modal.contains(el)) continue;
      if (el.matches('a') && el.closest('p, li, .maplibregl-ctrl-attrib, .attribution')) continue;
      // a checkbox counts by its label (a tap on it toggles the box); the language select lies
      // transparent over its code box, so that box is what is seen and tapped
      const box = (el.matches('input[type="checkbox"]') ? el.closest('label') : el.closest('label:has(> .code)')) ?? el;
      const r = box.getBoundingClientRect();
      const style = getComputedStyle(el);
      const visible = r.width > 0 && r.height > 0 && style.visibility !== 'hidden' && r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth;
      if (!visible || el.closest('[hidden]')) continue;
      if (Math.round(r.width) < min || Math.round(r.height) < min) {
        const name = el.getAttribute('data-testid') ?? el.id ?? '';
        found.push(`${el.tagName.toLowerCase()}${name ? `#${name}` : ''} "${(el.textContent ?? '').trim().slice(0, 30)}" (${Math.round(r.width)}×${Math.round(r.height)})`);
      }
    }
    return found;
  }, MIN_TARGET);
}

async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe.each(PHONE_LOCALES)('phone 390×844 with touch, in %s', (lang) => {
  it('gives the map at least 55 % of the screen at first sight, under a one-row header', async () => {
    const page = await openPhone(`?lang=${lang}`);
    const map = (await page.locator('.map-area').boundingBox())!;
    expect(map.height / PHONE.height).toBeGreaterThanOrEqual(0.55);
    // one row: the filters button, the language and the menu share the header's only line
    const header = (await page.locator('header.top').boundingBox())!;
    const filters = (await page.locator('[data-testid="filters-toggle"]').boundingBox())!;
    expect(header.height).toBeLessThan(filters.height * 2);
    expect(await page.locator('[data-testid="indicator-select"]').isVisible()).toBe(false);
    await page.close();
  });

  it('has every visible control at least 44 × 44 px: first view, table, layers, legend, menu, filters sheet', async () => {
    const page = await openPhone(`?lang=${lang}`);
    const found: string[] = [];
    const check = async (state: string) => found.push(...(await smallTargets(page)).map((t) => `${state}: ${t}`));
    await check('first view');
    await page.locator('#tab-table').tap();
    await page.locator('[data-testid="data-table"] tbody tr').first().waitFor();
    await check('table');
    await page.locator('#tab-layers').tap();
    await page.locator('[data-testid="layer-toggles"]').waitFor();
    await check('layers');
    await page.locator('[data-testid="legend"] button[aria-expanded]').tap();
    await check('legend open');
    await page.locator('[data-testid="export-toggle"]').tap();
    await check('menu open');
    await page.locator('[data-testid="export-toggle"]').tap();
    await page.locator('[data-testid="filters-toggle"]').tap();
    await page.locator('[data-testid="filters-sheet"]').waitFor();
    await check('filters sheet');
    expect(found, `controls under 44 × 44 px:\n${found.join('\n')}`).toEqual([]);
    await page.close();
  });

  it('a tapped table row opens the profile of that district', async () => {
    const page = await openPhone(`?lang=${lang}&t=table`);
    const row = page.locator(`[data-testid="data-table"] tr[data-code="${PRAHA_1}"]`);
    await row.scrollIntoViewIfNeeded();
    await row.tap();
    await waitUntil(page, () => (window as unknown as AppHooks).__app.selected === '500054');
    expect(await page.getAttribute('#tab-profile', 'aria-selected')).toBe('true');
    const title = page.locator('#profile-title');
    await title.waitFor();
    expect(await title.textContent()).toBe('Praha 1');
    expect(await page.getAttribute('#tab-profile', 'aria-selected')).toBe('true');
    await page.close();
  });

  it('shows touch hints, not keyboard or mouse ones', async () => {
    const messages = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, `../../src/i18n/locales/${lang}.json`), 'utf8')) as Record<string, string>;
    // phones open on "find help" (issue 9), whose hint already says "tap"; the profile's hint is checked here
    const page = await openPhone(`?lang=${lang}&t=profile`);
    const body = () => page.evaluate(() => document.body.innerText);
    expect(await body()).toContain(messages['phone.hint_nearest']);
    expect(await body()).not.toContain(messages['nearest.hint']);
    await page.locator('#tab-table').tap();
    await page.locator('[data-testid="data-table"] tbody tr').first().waitFor();
    expect(await body()).toContain(messages['phone.hint_table']);
    expect(await body()).not.toContain(messages['table.hint']);
    await page.close();
  });

  it('the filters sheet holds the pickers, keeps focus inside, closes on Escape and gives focus back', async () => {
    const page = await openPhone(`?lang=${lang}`);
    const toggle = page.locator('[data-testid="filters-toggle"]');
    await toggle.tap();
    const sheet = page.locator('[data-testid="filters-sheet"]');
    await sheet.waitFor();
    for (const id of ['view-select', 'indicator-select', 'date-select', 'classification-select', 'level-select']) {
      expect(await sheet.locator(`[data-testid="${id}"]`).isVisible(), id).toBe(true);
    }
    // a choice made in the sheet changes the map
    await sheet.locator('[data-testid="level-select"]').selectOption('obvody');
    await waitUntil(page, () => (window as unknown as { __app: { level: string } }).__app.level === 'obvody');
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => !!document.activeElement?.closest('[data-testid="filters-sheet"]'))).toBe(true);
    }
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    expect(await sheet.isVisible()).toBe(false);
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await toggle.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.close();
  });

  it('has no axe violations (WCAG 2 A/AA) on the first view and the table', async () => {
    const page = await openPhone(`?lang=${lang}`);
    const found = (await axeViolations(page)).map((v) => `first view: ${v}`);
    await page.locator('#tab-table').tap();
    await page.locator('[data-testid="data-table"] tbody tr').first().waitFor();
    found.push(...(await axeViolations(page)).map((v) => `table: ${v}`));
    expect(found).toEqual([]);
    await page.close();
  });
});

describe('desktop 1280×800: the toolbar stays on one row', () => {
  it.each(LOCALES)('in %s, for the values view and the accessibility view (most selects)', async (lang) => {
    const rows: string[] = [];
    for (const view of ['', '&view=access']) {
      const page = await openApp(h, `?lang=${lang}${view}`);
      const { toolbar, tallest } = await page.locator('[data-testid="toolbar"]').evaluate((bar) => {
        const items = [...bar.querySelectorAll<HTMLElement>('label, button, .export')].filter((el) => el.offsetParent !== null && !el.closest('#export-menu'));
        return { toolbar: bar.getBoundingClientRect().height, tallest: Math.max(...items.map((el) => el.getBoundingClientRect().height)) };
      });
      if (toolbar > tallest + 1) rows.push(`${lang}${view}: toolbar ${toolbar} px, tallest control ${tallest} px`);
      const overflow = await page.locator('header.top').evaluate((el) => el.scrollWidth - el.clientWidth);
      if (overflow > 0) rows.push(`${lang}${view}: header overflows by ${overflow} px`);
      await page.close();
    }
    expect(rows).toEqual([]);
  });
});
