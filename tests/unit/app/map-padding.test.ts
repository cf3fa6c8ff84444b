import { describe, expect, it } from 'vitest';
import { paddingBeside, placeLabels } from '../../../src/lib/app/map-padding.ts';

describe('paddingBeside', () => {
  it('reserves the band below a wide, low legend', () => {
    expect(paddingBeside({ width: 1000, height: 600 }, { left: 10, top: 480, right: 400, bottom: 590 }, 16)).toEqual({ top: 16, right: 16, bottom: 136, left: 16 });
  });
  it('reserves the strip beside a tall, narrow legend', () => {
    expect(paddingBeside({ width: 1000, height: 600 }, { left: 10, top: 100, right: 200, bottom: 590 }, 16)).toEqual({ top: 16, right: 16, bottom: 16, left: 216 });
  });
  it('pads evenly without a legend and never more than half the map', () => {
    expect(paddingBeside({ width: 400, height: 300 }, null)).toEqual({ top: 16, right: 16, bottom: 16, left: 16 });
    expect(paddingBeside({ width: 400, height: 300 }, { left: 0, top: 0, right: 390, bottom: 290 }).left).toBeLessThanOrEqual(200);
  });
});

describe('placeLabels', () => {
  const l = (id: string, x: number, y: number) => ({ id, x, y, width: 40, height: 12 });
  it('drops labels that overlap an earlier one, an obstacle or the edge', () => {
    const placed = placeLabels([l('a', 50, 50), l('b', 60, 52), l('c', 150, 50), l('d', 250, 50), l('e', 5, 50)], [{ left: 230, top: 0, right: 300, bottom: 100 }], { width: 300, height: 100 });
    expect(placed.map((p) => p.id)).toEqual(['a', 'c']);
  });
});
