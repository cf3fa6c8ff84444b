import { describe, expect, it } from 'vitest';
import { contrastRatio, relativeLuminance } from '../../../src/lib/app/contrast.ts';
import { GRADE_COLOURS } from '../../../src/lib/app/analysis-view.ts';
import { BASEMAP_COLOURS } from '../../../src/lib/app/basemap-style.ts';

describe('contrastRatio', () => {
  it('matches the WCAG reference values', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#767676')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#abc', '#aabbcc')).toBe(1);
  });
  it('is symmetric and rejects what is not a hex colour', () => {
    expect(contrastRatio('#76889a', '#f4f3ef')).toBe(contrastRatio('#f4f3ef', '#76889a'));
    expect(() => relativeLuminance('red')).toThrow(/not a hex colour/);
  });
});

describe('flags palette (WCAG 1.4.11, 3:1 for non-text boundaries)', () => {
  const background = BASEMAP_COLOURS.background;
  it('"no flag" stands out from the map background, so the city outline stays visible', () => {
    expect(contrastRatio(GRADE_COLOURS.none, background)).toBeGreaterThanOrEqual(3);
  });
  it('"small numbers" stands out from the map background', () => {
    expect(contrastRatio(GRADE_COLOURS.unreliable, background)).toBeGreaterThanOrEqual(3);
  });
  it('"no flag" and "small numbers" stand out from each other', () => {
    expect(contrastRatio(GRADE_COLOURS.none, GRADE_COLOURS.unreliable)).toBeGreaterThanOrEqual(3);
  });
  it('the white unit borders show on both fills', () => {
    expect(contrastRatio('#ffffff', GRADE_COLOURS.none)).toBeGreaterThanOrEqual(3);
    expect(contrastRatio('#ffffff', GRADE_COLOURS.unreliable)).toBeGreaterThanOrEqual(3);
  });
});
