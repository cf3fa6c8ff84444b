import { describe, expect, it } from 'vitest';
import { divergingColours, paletteColours } from '../../../src/lib/app/palette.ts';
import { schemePuOr } from 'd3-scale-chromatic';

describe('palettes', () => {
  it('gives n distinct sequential colours', () => {
    const c = paletteColours('viridis', 5);
    expect(new Set(c).size).toBe(5);
  });
  it('colours classes below zero purple (decline) and above zero orange (growth), darkest at the extremes', () => {
    const c = divergingColours([-4, -2, 0, 3, 6]);
    const s = schemePuOr[11];
    expect(c).toEqual([s[3], s[4], s[6], s[7]]);
    expect(s[0]).toBe('#2d004b'); // purple end
    expect(divergingColours([-4, 1, 6])).toEqual([s[5], s[6]]);
  });
});
