import { describe, expect, it } from 'vitest';
import { symbolLegendValues, symbolRadius } from '../../../src/lib/app/proportional-symbols.ts';

describe('symbolRadius', () => {
  it('makes the circle area proportional to the value', () => {
    expect(symbolRadius(100, 100, 20)).toBe(20);
    expect(symbolRadius(25, 100, 20)).toBe(10);
  });
  it('is 0 for no count, a negative or missing value, or an empty scale', () => {
    expect(symbolRadius(0, 100)).toBe(0);
    expect(symbolRadius(-5, 100)).toBe(0);
    expect(symbolRadius(Number.NaN, 100)).toBe(0);
    expect(symbolRadius(5, 0)).toBe(0);
  });
});

describe('symbolLegendValues', () => {
  it('gives the rounded maximum and two smaller round values, largest first', () => {
    expect(symbolLegendValues(41_234)).toEqual([40_000, 10_000, 3_000]);
  });
  it('is empty without values', () => {
    expect(symbolLegendValues(0)).toEqual([]);
  });
});
