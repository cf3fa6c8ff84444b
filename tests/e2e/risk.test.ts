// The analysis views (issue 4) on the built site: flag levels with their reasons, live thresholds,
// LISA clusters, accessibility and the method page. Every expected figure is computed here in node
// with the same library (buildAnalysisTables), so the browser's live recomputation is checked
// against the pipeline's own code.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { DIST, openApp, startHarness, waitUntil, type Harness } from './harness.ts';
import { buildAnalysisTables } from '../../src/lib/analysis/build-analysis-tables.ts';
import { defaultFlagsConfig, FLAG_GRADE_CODES, FLAG_GRADES, LISA_CLUSTER_CODES, type FlagGrade } from '../../src/lib/analysis/index.ts';
import { parseIndicatorsCsv } from '../../src/lib/app/parse-indicators.ts';
import { formatDistance } from '../../src/lib/app/format.ts';
import en from '../../src/i18n/locales/en.json';

const NEBUSICE = '547158';
const GROUP = 'foreigners';
const DATE = '2019-12-31';
const messages = en as Record<string, string>;
const readData = (file: string) => fs.readFileSync(path.join(DIST, 'data', file), 'utf8');
const inputs = {
  indicators: parseIndicatorsCsv(readData('indicators.csv')),
  topology: JSON.parse(readData('districts.topo.json')),
  facilities: JSON.parse(readData('facilities.geojson')),
  facilitiesAsOf: (JSON.parse(readData('manifest.json')) as { inputs: { id: string; as_of: string }[] }).inputs.find((i) => i.id === 'osm_pois')!.as_of,
};

/** measure → code → value for districts, foreigners 2019, as the library computes them for a config. */
function libraryMeasures(config: unknown) {
  const { analysis } = buildAnalysisTables({ ...inputs, config });
  const byMeasure = new Map<string, Map<string, number>>();
  for (const row of analysis) {
    // distances are per unit, not per group: group 'all' at the OSM extract date
    if (row.level !== 'districts' || !((row.group === GROUP && row.ref_date === DATE) || row.group === 'all')) continue;
    if (!byMeasure.has(row.measure)) byMeasure.set(row.measure, new Map());
    byMeasure.get(row.measure)!.set(row.code, row.value);
  }
  return byMeasure;
}
const gradeOfCode = (code: number) => FLAG_GRADES.find((g) => FLAG_GRADE_CODES[g] === code)!;
const gradeCounts = (grades: Map<string, number>) => {
  const counts = Object.fromEntries(FLAG_GRADES.map((g) => [g, 0])) as Record<FlagGrade, number>;
  for (const code of grades.values()) counts[gradeOfCode(code)]++;
  return counts;
};

let h: Harness;
const defaults = libraryMeasures({});
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

async function legendCounts(page: Page): Promise<Record<string, { label: string; count: number }>> {
  await page.locator('[data-testid="analysis-legend"]').waitFor();
  return page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll<HTMLElement>('[data-testid="legend-category"]')].map((li) => [
        li.dataset.class!,
        { label: li.querySelector('.label')!.textContent!.trim(), count: Number(li.querySelector('[data-testid="legend-count"]')!.textContent!.replace(/\D/g, '')) },
      ]),
    ),
  );
}

describe('analysis views', () => {
  it('the risk view colours by flag level: the legend names every level with the units the library counts', async () => {
    const page = await openApp(h, '?view=risk');
    const counts = await legendCounts(page);
    const expected = gradeCounts(defaults.get('flag_grade')!);
    console.info('flag levels, foreigners 2019, default thresholds:', expected);
    for (const grade of FLAG_GRADES) {
      expect(counts[grade].label).toBe(messages[`flags.grade.${grade}`]);
      expect(counts[grade].count, grade).toBe(expected[grade]);
    }
    const timing = (await waitUntil(page, () => (window as unknown as { __analysis?: { elapsedMs: number } }).__analysis?.elapsedMs))!;
    console.info(`first recomputation in the browser: ${timing.toFixed(1)} ms`);
    expect(page.url()).toContain('view=risk');
    await page.close();
  });

  it('the profile of Nebušice lists every criterion with its value and threshold', async () => {
    const page = await openApp(h, `?view=risk&s=${NEBUSICE}`);
    const grade = page.locator('[data-testid="risk-grade"]');
    await grade.waitFor();
    const expected = gradeOfCode(defaults.get('flag_grade')!.get(NEBUSICE)!);
    expect(await grade.textContent()).toBe(messages[`flags.grade.${expected}`]);
    const criteria = page.locator('[data-testid="risk-criterion"]');
    expect(await criteria.count()).toBe(10 + defaultFlagsConfig.supply.per_capita.length);
    const share = await page.locator('[data-criterion="concentration_share"]').textContent();
    const sharePct = defaults.get('share_pct')!.get(NEBUSICE)!;
    const pct = (v: number) => new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 1 }).format(v / 100);
    expect(share).toContain(pct(sharePct));
    expect(share).toContain(pct(defaultFlagsConfig.concentration.share_pct[GROUP]));
    expect(await page.locator('[data-criterion="concentration_share"]').getAttribute('data-status')).toBe(defaults.get('flag_fired.concentration_share')!.get(NEBUSICE) === 1 ? 'applies' : 'does_not_apply');
    // the majority-leaving signal is not available for foreigners (one date) and says why
    const leaving = page.locator('[data-criterion="majority_leaving"]');
    expect(await leaving.getAttribute('data-status')).toBe('unavailable');
    expect(await leaving.textContent()).toContain(messages['flags.unavailable.no_group_series']);
    await page.close();
  });

  it('raising the share threshold regrades units live, as the library does for the same config', async () => {
    const share = 25;
    const config = { concentration: { share_pct: { ...defaultFlagsConfig.concentration.share_pct, [GROUP]: share } } };
    const changed = libraryMeasures(config).get('flag_grade')!;
    const code = [...changed.keys()].sort().find((c) => changed.get(c) !== defaults.get('flag_grade')!.get(c))!;
    expect(code).toBeDefined();
    const before = gradeOfCode(defaults.get('flag_grade')!.get(code)!);
    const after = gradeOfCode(changed.get(code)!);
    const page = await openApp(h, `?view=risk&s=${code}&t=analysis`);
    const input = page.locator('[data-testid="threshold-share_pct"]');
    await input.waitFor();
    expect(await input.inputValue()).toBe(String(defaultFlagsConfig.concentration.share_pct[GROUP]));
    await input.fill(String(share));
    await input.press('Enter');
    const counts = await waitUntil(page, () => {
      const a = (window as unknown as { __analysis?: { grades: Record<string, number> } }).__analysis;
      return a && a.grades.watch !== undefined ? a.grades : null;
    });
    await waitUntil(page, () => document.querySelector('[data-testid="legend-category"][data-class="high"] [data-testid="legend-count"]') !== null);
    expect(counts).toEqual(gradeCounts(changed));
    const legend = await legendCounts(page);
    for (const grade of FLAG_GRADES) expect(legend[grade].count).toBe(gradeCounts(changed)[grade]);
    const timing = await page.evaluate(() => (window as unknown as { __analysis: { elapsedMs: number } }).__analysis.elapsedMs);
    console.info(`recomputation after a threshold edit: ${timing.toFixed(1)} ms; unit ${code}: ${before} → ${after}`);
    await page.click('#tab-profile');
    const grade = page.locator('[data-testid="risk-grade"]');
    await grade.waitFor();
    expect(await grade.getAttribute('data-grade')).toBe(after);
    expect(await grade.textContent()).toBe(messages[`flags.grade.${after}`]);
    // reset brings the default grade back
    await page.click('#tab-analysis');
    await page.click('[data-testid="threshold-reset"]');
    await page.click('#tab-profile');
    await waitUntil(page, () => document.querySelector('[data-testid="risk-grade"]')?.getAttribute('data-grade'));
    expect(await page.locator('[data-testid="risk-grade"]').getAttribute('data-grade')).toBe(before);
    await page.close();
  });

  it('the analysis tab lists the units of each level; choosing one opens its profile', async () => {
    const page = await openApp(h, '?view=risk&t=analysis');
    await page.locator('[data-testid="flagged-units"]').waitFor();
    const listed = await page.locator('[data-testid="flagged-units"] button').evaluateAll((buttons) => buttons.map((b) => (b as HTMLElement).dataset.code!));
    const grades = defaults.get('flag_grade')!;
    const expected = [...grades].filter(([, g]) => ['high', 'watch', 'near_miss', 'unreliable'].includes(gradeOfCode(g))).map(([code]) => code);
    expect([...listed].sort()).toEqual(expected.sort());
    await page.click(`[data-testid="flagged-units"] button[data-code="${NEBUSICE}"]`);
    await page.locator('[data-testid="risk-grade"]').waitFor();
    expect(await page.locator('#profile-title').textContent()).toBe('Praha-Nebušice');
    await page.close();
  });

  it('an invalid threshold is refused with a message and changes nothing', async () => {
    const page = await openApp(h, '?view=risk&t=analysis');
    const input = page.locator('[data-testid="threshold-near_miss_fraction"]');
    await input.waitFor();
    await input.fill('1.5');
    await input.press('Enter');
    await page.locator('#threshold-near_miss_fraction-error').waitFor();
    expect(await input.getAttribute('aria-invalid')).toBe('true');
    const counts = await page.evaluate(() => (window as unknown as { __analysis: { grades: Record<string, number> } }).__analysis.grades);
    expect(counts).toEqual(gradeCounts(defaults.get('flag_grade')!));
    await page.close();
  });

  it('the LISA view names the cluster types with the number of units in each, as the library finds them', async () => {
    const page = await openApp(h, '?view=lisa');
    const counts = await legendCounts(page);
    const expected: Record<string, number> = {};
    for (const code of defaults.get('lisa_cluster')!.values()) {
      const cluster = Object.entries(LISA_CLUSTER_CODES).find(([, c]) => c === code)![0];
      expected[cluster] = (expected[cluster] ?? 0) + 1;
    }
    console.info('LISA clusters, foreigners 2019:', expected);
    for (const cluster of ['high_high', 'low_low', 'high_low', 'low_high', 'not_significant']) {
      expect(counts[cluster].label).toBe(messages[`lisa.cluster.${cluster}`]);
      expect(counts[cluster].count, cluster).toBe(expected[cluster] ?? 0);
    }
    await page.close();
  });

  it('the accessibility view shows the distance per category in the profile', async () => {
    const page = await openApp(h, `?view=access&s=${NEBUSICE}`);
    await page.locator('[data-testid="access-row"]').first().waitFor();
    const km = defaults.get('nearest_km.library')!.get(NEBUSICE)!;
    const libraryRow = await page.locator('[data-testid="access-row"][data-category="library"]').textContent();
    expect(libraryRow).toContain(formatDistance(km * 1000, 'en'));
    const counts = await legendCounts(page);
    expect(Object.values(counts).reduce((a, c) => a + c.count, 0)).toBe(57);
    await page.close();
  });

  for (const query of ['?view=risk&s=547158', '?view=risk&t=analysis', '?view=lisa&s=547158', '?view=access&s=547158']) {
    it(`has no axe violations (WCAG 2 A/AA) at ${query}`, async () => {
      const page = await openApp(h, query);
      await page.locator('[data-testid="analysis-legend"]').waitFor();
      const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      await page.close();
    });
  }

  it('the method panel opens and shows the current thresholds', async () => {
    const page = await openApp(h, '?view=risk&t=analysis');
    await page.click('[data-testid="method-open"]');
    const watch = page.locator('[data-testid="method-grade-watch"]');
    await watch.waitFor();
    const text = await watch.textContent();
    expect(text).toContain(new Intl.NumberFormat('en').format(defaultFlagsConfig.concentration.min_count));
    expect(text).toContain('20%');
    expect(text).toContain('1.25');
    await page.keyboard.press('Escape');
    await waitUntil(page, () => document.querySelector('[data-testid="method-panel"]') === null);
    await page.close();
  });
});
