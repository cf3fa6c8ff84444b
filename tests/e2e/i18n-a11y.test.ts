// Every language and every main view: the right messages, locale formatting, axe (no serious or
// critical violations), keyboard-only selection through the table, and the remembered language.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { DIST, dataRows, openApp, startHarness, waitUntil, type Harness } from './harness.ts';
import type { Manifest } from '../../src/lib/contract.ts';

const LOCALES = ['cs', 'en', 'uk', 'ru', 'vi'] as const;
// the city's name in each language comes with the data (manifest.json from city.json)
const CITY_NAME = (JSON.parse(fs.readFileSync(path.join(DIST, 'data/manifest.json'), 'utf8')) as Manifest).city.name;
const MESSAGES = Object.fromEntries(
  LOCALES.map((l) => {
    const messages = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, `../../src/i18n/locales/${l}.json`), 'utf8')) as Record<string, string>;
    return [l, Object.fromEntries(Object.entries(messages).map(([k, v]) => [k, v.replace('{cityName}', CITY_NAME[l] ?? '')]))];
  }),
) as Record<(typeof LOCALES)[number], Record<string, string>>;
const TABS = ['profile', 'table', 'layers', 'sources'] as const;
const PRAHA_1 = '500054';
// Census 2021: population for all 57 districts, a count shown without decimals
const POPULATION = { indicator: 'population_total', date: '2021-03-27' };
const POPULATION_QUERY = `i=${POPULATION.indicator}&d=${POPULATION.date}`;

type AppHooks = { __app: { selected: string | null } };

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const text = (page: Page, selector: string) => page.locator(selector).first().evaluate((el) => (el.textContent ?? '').trim());

/** Serious and critical axe findings only, as "rule: targets" lines. */
async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  // AXE_VERBOSE=1 lists the moderate and minor findings as well, to work on them
  if (process.env.AXE_VERBOSE) for (const v of result.violations) console.log(`[axe] ${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe.each(LOCALES)('in %s', (lang) => {
  const m = MESSAGES[lang];

  it('shows its messages, sets the document language and formats numbers for the locale', async () => {
    const page = await openApp(h, `?lang=${lang}&s=${PRAHA_1}&t=table&${POPULATION_QUERY}`);
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([lang, 'ltr']);
    expect(await text(page, 'h1 .long')).toBe(m['app.title']);
    expect(await page.title()).toBe(m['app.title_short']);
    expect(await text(page, '.lang .visually-hidden')).toBe(m['app.language']);
    expect(await page.locator('[data-testid="indicator-select"]').evaluate((el) => (el as HTMLSelectElement).labels?.[0]?.querySelector('span')?.textContent)).toBe(
      m['control.indicator'],
    );
    expect(await text(page, '#tab-table')).toBe(m['tab.table']);
    expect(await page.locator('.maplibregl-canvas').getAttribute('aria-label')).toBe(m['app.map_label']);
    expect(await page.locator('[data-testid="language-select"]').inputValue()).toBe(lang);

    // the table's value for Praha 1, formatted as Intl does for this locale (not as in English)
    const value = dataRows(POPULATION.indicator, 'districts', PRAHA_1).find((r) => r.ref_date === POPULATION.date)!.value;
    const shown = await text(page, `[data-testid="data-table"] tr[data-code="${PRAHA_1}"] td.num`);
    const [expected, english] = await page.evaluate(
      ([v, l]) => [new Intl.NumberFormat(l, { maximumFractionDigits: 0 }).format(v), new Intl.NumberFormat('en', { maximumFractionDigits: 0 }).format(v)],
      [value, lang] as const,
    );
    expect(shown).toBe(expected);
    if (lang !== 'en') expect(shown).not.toBe(english);

    // legend dates follow the locale too
    const legendDate = await text(page, '[data-testid="legend-date"]');
    const date = await page.evaluate(
      ([d, l]) => new Intl.DateTimeFormat(l, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${d}T00:00:00Z`)),
      [POPULATION.date, lang] as const,
    );
    expect(legendDate).toContain(date);
    // the language stays in the shared link
    expect(new URL(page.url()).searchParams.get('lang')).toBe(lang);
    await page.close();
  });

  it('has no serious or critical axe violations on the profile, table, layers and sources views', async () => {
    const page = await openApp(h, `?lang=${lang}&s=${PRAHA_1}`);
    const found: string[] = [];
    for (const tab of TABS) {
      await page.click(`#tab-${tab}`);
      await waitUntil(page, () => document.querySelector('#tabpanel')?.children.length);
      if (tab === 'profile') await page.locator('[data-testid="profile"]').waitFor();
      if (tab === 'table') await page.locator('[data-testid="data-table"] tbody tr').first().waitFor();
      found.push(...(await seriousViolations(page)).map((v) => `${tab}: ${v}`));
    }
    expect(found).toEqual([]);
    await page.close();
  });

  it('has no serious or critical axe violations on the flag and cluster views with the analysis tab open', async () => {
    const found: string[] = [];
    for (const view of ['risk', 'lisa']) {
      const page = await openApp(h, `?lang=${lang}&s=${PRAHA_1}&t=analysis&view=${view}`);
      await waitUntil(page, () => (window as unknown as { __analysis?: { elapsedMs: number } }).__analysis?.elapsedMs !== undefined);
      found.push(...(await seriousViolations(page)).map((v) => `${view}: ${v}`));
      await page.close();
    }
    expect(found).toEqual([]);
  });
});

describe('keyboard and screen readers', () => {
  it('reaches the table from the skip links and selects a district with Enter; the live region announces it', async () => {
    const page = await openApp(h, `?lang=en&${POPULATION_QUERY}`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('#main');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe(MESSAGES.en['app.skip_to_table']);
    await page.keyboard.press('Enter');
    await page.locator('[data-testid="data-table"] tbody tr').first().waitFor();
    for (let i = 0; i < 6; i++) {
      if (await page.evaluate(() => document.activeElement?.matches('tbody tr[data-code]'))) break;
      await page.keyboard.press('Tab');
    }
    const row = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      return { code: el.dataset.code, name: el.querySelector('th')?.textContent?.trim(), outline: getComputedStyle(el).outlineStyle };
    });
    expect(row.code).toMatch(/^\d{6}$/);
    expect(row.outline).not.toBe('none'); // visible focus
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => (window as unknown as AppHooks).__app.selected)).toBe(row.code);
    const announcement = await waitUntil(page, () => document.querySelector('[data-testid="selection-announcer"]')?.textContent?.trim());
    expect(announcement?.startsWith(`Selected: ${row.name}, Population `)).toBe(true);
    expect(await page.locator('[data-testid="selection-announcer"]').getAttribute('aria-live')).toBe('polite');
    await page.close();
  });

  it('announces the selection in the active language with locale numbers and dates', async () => {
    const page = await openApp(h, `?lang=cs&s=${PRAHA_1}&${POPULATION_QUERY}`);
    const announcement = await waitUntil(page, () => document.querySelector('[data-testid="selection-announcer"]')?.textContent?.trim());
    const value = dataRows(POPULATION.indicator, 'districts', PRAHA_1).find((r) => r.ref_date === POPULATION.date)!.value;
    const [num, date] = await page.evaluate(
      ([v, d]) => [new Intl.NumberFormat('cs', { maximumFractionDigits: 0 }).format(v), new Intl.DateTimeFormat('cs', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${d}T00:00:00Z`))],
      [value, POPULATION.date] as const,
    );
    expect(announcement).toBe(`Vybráno: Praha 1, ${MESSAGES.cs['indicator.population_total']} ${num} ${MESSAGES.cs['unit.persons']} (${date})`);
    await page.close();
  });

  it('announces a cleared selection', async () => {
    const page = await openApp(h, `?lang=en&s=${PRAHA_1}`);
    await page.locator('[data-testid="profile"] .button-close').click();
    await page.locator('[data-testid="selection-announcer"]', { hasText: MESSAGES.en['announce.cleared'] }).waitFor({ state: 'attached' });
    expect(await page.evaluate(() => (window as unknown as AppHooks).__app.selected)).toBeNull();
    await page.close();
  });

  it('Escape closes the map tooltip', async () => {
    const page = await openApp(h, '?lang=en');
    const p = await page.evaluate(() => (window as unknown as { __app: { project(lon: number, lat: number): { x: number; y: number } | null } }).__app.project(14.42, 50.087));
    await page.mouse.move(p!.x, p!.y);
    await page.locator('[data-testid="map-tooltip"]').waitFor();
    await page.keyboard.press('Escape');
    await page.locator('[data-testid="map-tooltip"]').waitFor({ state: 'detached' });
    await page.close();
  });

  it('on a phone, Escape inside the bottom sheet folds it and leaves focus on its handle', async () => {
    const page = await openApp(h, '?lang=en');
    await page.setViewportSize({ width: 390, height: 844 });
    await page.focus('#tab-profile');
    await page.keyboard.press('Escape');
    const handle = page.locator('[data-testid="sheet-handle"]');
    expect(await handle.getAttribute('aria-expanded')).toBe('false');
    expect(await handle.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.close();
  });

  it('marks "no data" by a hatch pattern, not by grey alone', async () => {
    // population on 31 Dec 2023 exists for six districts only
    const page = await openApp(h, '?lang=en&i=population_total&d=2023-12-31');
    const swatch = await page.locator('[data-testid="legend"] .no-data-swatch').evaluate((el) => getComputedStyle(el).backgroundImage);
    expect(swatch).toContain('repeating-linear-gradient');
    await page.close();
  });

  it('turns CSS motion off for readers who prefer reduced motion', async () => {
    const page = await openApp(h, '?lang=en');
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const durations = await page.evaluate(() => {
      const el = document.querySelector('.skip-link')!;
      const s = getComputedStyle(el);
      return [s.transitionDuration, s.animationDuration].map((d) => parseFloat(d));
    });
    for (const d of durations) expect(d).toBeLessThanOrEqual(0.00001);
    await page.close();
  });
});

describe('the remembered language', () => {
  it('keeps the language from the URL after a reload without the parameter', async () => {
    const page = await openApp(h, '?lang=vi');
    await page.close();
    const again = await openApp(h, '');
    expect(await again.evaluate(() => document.documentElement.lang)).toBe('vi');
    expect(await text(again, 'h1 .long')).toBe(MESSAGES.vi['app.title']);
    expect(new URL(again.url()).searchParams.get('lang')).toBe('vi');
    await again.close();
  });

  it('keeps a language chosen in the picker, and the URL parameter wins over the stored one', async () => {
    const page = await openApp(h, '?lang=en');
    await page.selectOption('[data-testid="language-select"]', 'uk');
    await waitUntil(page, () => document.documentElement.lang === 'uk');
    expect(await text(page, 'h1 .long')).toBe(MESSAGES.uk['app.title']);
    await page.goto(`${h.origin}/`);
    await waitUntil(page, () => (window as unknown as { __mapReady?: boolean }).__mapReady === true);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('uk');
    await page.goto(`${h.origin}/?lang=ru`);
    await waitUntil(page, () => (window as unknown as { __mapReady?: boolean }).__mapReady === true);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ru');
    await page.close();
  });
});
