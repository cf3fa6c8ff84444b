import { describe, expect, it } from 'vitest';
import { layoutLegend, mapPngFileName, wrapText, type LegendSpec, type MeasureText } from '../../../src/lib/app/compose-map-png.ts';

// every character 6 px wide at scale 1, whatever the font
const measure: MeasureText = (text, font) => text.length * 6 * (Number(/(\d+(?:\.\d+)?)px/.exec(font)?.[1] ?? 11) / 11);
const spec: LegendSpec = {
  title: 'Population',
  meta: ['persons · As of 31 Dec 2019'],
  classes: [
    { colour: '#fde725', label: '1,000 – 5,000' },
    { colour: '#21918c', label: '5,000 – 20,000' },
  ],
  noData: { colour: '#d9d9d9', label: 'No data' },
  source: 'Source: ČSÚ: Population per city district',
};

describe('wrapText', () => {
  it('breaks at spaces to fit the width', () => {
    expect(wrapText('aaa bbb ccc', 6 * 7, '11px x', measure)).toEqual(['aaa bbb', 'ccc']);
  });
  it('keeps a word wider than the width on its own line', () => {
    expect(wrapText('a verylongword b', 6 * 5, '11px x', measure)).toEqual(['a', 'verylongword', 'b']);
  });
});

describe('layoutLegend', () => {
  const { ops, width, height } = layoutLegend(spec, 10, 20, 1, measure);
  const texts = ops.filter((o) => o.kind === 'text').map((o) => (o.kind === 'text' ? o.text : ''));
  const fills = ops.filter((o) => o.kind === 'rect').map((o) => o.fill);

  it('draws the title, metadata, every class, the no-data class and the source', () => {
    expect(texts).toEqual(['Population', 'persons · As of 31 Dec 2019', '1,000 – 5,000', '5,000 – 20,000', 'No data', 'Source: ČSÚ: Population per city district']);
  });
  it('gives every class and no data a swatch in its colour, on a white box first', () => {
    expect(fills.slice(1)).toEqual(['#fde725', '#21918c', '#d9d9d9']);
    expect(ops[0]).toMatchObject({ kind: 'rect', x: 10, y: 20, w: width, h: height });
  });
  it('keeps every text inside the box', () => {
    for (const o of ops) if (o.kind === 'text') expect(o.x + measure(o.text, o.font)).toBeLessThanOrEqual(10 + width);
    for (const o of ops) if (o.kind === 'text') expect(o.y).toBeLessThanOrEqual(20 + height);
  });
  it('scales with the device pixel ratio', () => {
    const double = layoutLegend(spec, 0, 0, 2, measure);
    expect(double.height).toBeGreaterThan(height * 1.9);
  });
  it('names the file after indicator, level and date', () => {
    expect(mapPngFileName('prague', 'population_total', 'districts', '2019-12-31')).toBe('prague-population_total-districts-2019-12-31.png');
  });
});
