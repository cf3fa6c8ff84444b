import { describe, expect, it } from 'vitest';
import { OKABE_ITO, SCHOOL_COLOURS, SERVICE_COLOURS, categoryColour, radiusAtZoom } from '../../../src/lib/app/point-symbols.ts';

describe('point symbols', () => {
  it('gives every service type its own colour from the Okabe–Ito set', () => {
    const colours = Object.values(SERVICE_COLOURS);
    expect(new Set(colours).size).toBe(colours.length);
    for (const c of [...colours, ...Object.values(SCHOOL_COLOURS)]) expect(OKABE_ITO).toContain(c);
  });
  it('falls back to the layer colour for an unknown category', () => {
    expect(categoryColour('town_hall', '#123456')).toBe('#123456');
    expect(categoryColour('czech_course', '#123456')).toBe(SERVICE_COLOURS.czech_course);
  });
  it('shrinks points at city zoom and keeps the base radius from zoom 13', () => {
    expect(radiusAtZoom(10, 9)).toBeCloseTo(6);
    expect(radiusAtZoom(10, 13)).toBe(10);
    expect(radiusAtZoom(10, 16)).toBe(10);
  });
});
