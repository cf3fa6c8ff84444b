import { describe, expect, it } from 'vitest';
import { divergingColours, paletteColours } from '../../../src/lib/app/palette.ts';
import { schemePuOr } from 'd3-scale-chromatic';

describe('palettes', () => {
  it('gives n distinct sequential colours', () => {
    const c = paletteColours('viridis', 5);
    expect(new Set(c).size).toBe(5);
  });
  it('colours classes below zero orange and above zero purple', () => {
    const c = divergingColours([-4, -2, 0, 3, 6]);
    const s = schemePuOr[11];
    expect(c).toEqual([s[3], s[4], s[6], s[7]]);
  });
});
