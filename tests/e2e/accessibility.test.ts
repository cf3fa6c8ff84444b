import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import { openApp, startHarness, type Harness } from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

describe('accessibility basics (axe, WCAG 2 A/AA)', () => {
  for (const tab of ['profile', 'table', 'layers', 'sources']) {
    it(`has no violations with the ${tab} tab open and a district selected`, async () => {
      const page = await openApp(h, `?s=500054&t=${tab}`);
      const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      const summary = result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      expect(summary).toEqual([]);
      await page.close();
    });
  }
});
