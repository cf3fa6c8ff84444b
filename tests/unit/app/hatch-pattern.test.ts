import { describe, expect, it } from 'vitest';
import { hatchPattern } from '../../../src/lib/app/hatch-pattern.ts';

const pixel = (img: ReturnType<typeof hatchPattern>, x: number, y: number) => [...img.data.slice((y * img.width + x) * 4, (y * img.width + x) * 4 + 4)];

describe('hatchPattern', () => {
  it('makes an opaque square RGBA tile of the asked size', () => {
    const img = hatchPattern(12, 3, '#d9d9d9', '#6b6b6b');
    expect(img.width).toBe(12);
    expect(img.height).toBe(12);
    expect(img.data.length).toBe(12 * 12 * 4);
    for (let i = 3; i < img.data.length; i += 4) expect(img.data[i]).toBe(255);
  });
  it('draws diagonal lines in the line colour on the background colour', () => {
    const img = hatchPattern(12, 3, '#d9d9d9', '#6b6b6b');
    expect(pixel(img, 0, 0)).toEqual([0x6b, 0x6b, 0x6b, 255]);
    expect(pixel(img, 11, 1)).toEqual([0x6b, 0x6b, 0x6b, 255]);
    expect(pixel(img, 5, 0)).toEqual([0xd9, 0xd9, 0xd9, 255]);
  });
  it('repeats without a seam: the left column continues the right one', () => {
    const img = hatchPattern(12, 3, '#ffffff', '#000000');
    for (let y = 0; y < 12; y++) expect(pixel(img, 0, y)).toEqual(pixel(img, 11, (y + 1) % 12));
  });
});
