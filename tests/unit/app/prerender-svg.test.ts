import { describe, expect, it } from 'vitest';
import { topology } from 'topojson-server';
import type { Topology } from 'topojson-specification';
import type { IndicatorRow, Manifest } from '../../../src/lib/contract.ts';
import { choroplethSvg, defaultView } from '../../../src/lib/app/prerender-svg.ts';
import { mercator, mercatorFrame, svgPathData } from '../../../src/lib/app/mercator-svg.ts';
import { choroplethColours } from '../../../src/lib/app/choropleth-colours.ts';

const square = (code: string, x: number) => ({
  type: 'Feature' as const,
  properties: { code, name: `Unit ${code}` },
  geometry: { type: 'Polygon' as const, coordinates: [[[x, 50], [x + 0.1, 50], [x + 0.1, 50.1], [x, 50.1], [x, 50]]] },
});
const codes = ['1', '2', '3', '4', '5'];
const districts = { type: 'FeatureCollection', features: codes.map((c, i) => square(c, 14 + i * 0.1)) } as GeoJSON.FeatureCollection;
const topo = topology({ districts }) as unknown as Topology;

const ind = (id: string, dates: string[], kind: 'count' | 'rate' = 'count') => ({ id, unit: kind === 'count' ? ('persons' as const) : ('percent' as const), kind, source_ids: ['s'], definition: '', levels: ['districts' as const], dates });
const manifest = {
  indicators: [ind('foreigners_total', ['2024-01-01']), ind('population_total', ['2023-01-01', '2024-01-01']), ind('population_age_65_plus_share', ['2023-01-01', '2024-01-01', '2025-01-01'], 'rate')],
  city: { default_view: { indicator: 'foreigners_share' } },
} as unknown as Manifest;
const row = (indicator: string, code: string, ref_date: string, value: number): IndicatorRow => ({ level: 'districts', code, indicator, ref_date, value, unit: 'persons', source_id: 's' });
const rows = [
  ...codes.map((c, i) => row('population_total', c, '2024-01-01', 100 * (i + 1))),
  row('population_total', '1', '2023-01-01', 5),
  ...codes.map((c, i) => row('foreigners_total', c, '2024-01-01', i)),
  // the share: complete in 2023 and 2024, one unit only in 2025
  ...codes.map((c, i) => row('population_age_65_plus_share', c, '2023-01-01', 10 + i)),
  ...codes.map((c, i) => row('population_age_65_plus_share', c, '2024-01-01', 20 + i)),
  row('population_age_65_plus_share', '1', '2025-01-01', 30),
];
const SHARE = 'population_age_65_plus_share';
const shareAt = (date: string) => new Map(rows.filter((r) => r.indicator === SHARE && r.ref_date === date).map((r) => [r.code, r]));

describe('mercator', () => {
  it('puts lon 0 / lat 0 in the middle of the world and north up', () => {
    expect(mercator([0, 0])).toEqual([0.5, 0.5]);
    expect(mercator([14.4, 50.1])[1]).toBeLessThan(0.5);
  });
  it('frames a bbox into [0, width] with the Mercator aspect', () => {
    const f = mercatorFrame([14, 50, 15, 51], 1000);
    expect(f.project([14, 51])).toEqual([0, 0]);
    const [x, y] = f.project([15, 50]);
    expect(x).toBeCloseTo(1000);
    expect(y).toBeCloseTo(f.height);
    expect(f.height / 1000).toBeGreaterThan(1.5); // 1° of latitude at 50° N is ~1.56× taller than 1° of longitude
  });
});

describe('svgPathData', () => {
  it('writes whole-pixel relative moves and closes each ring', () => {
    const f = mercatorFrame([14, 50, 14.1, 50.1], 100);
    expect(svgPathData(square('1', 14).geometry, f)).toMatch(/^M0 \d+l100 0 0-\d+-100 0z$/);
  });
});

describe('defaultView', () => {
  it('picks a share, never a count, at its latest date with every unit, as the app does (default-view.ts)', () => {
    const v = defaultView(manifest, rows)!;
    expect(v.entry.id).toBe(SHARE);
    expect(v.date).toBe('2024-01-01');
    expect(v.level).toBe('districts');
    expect(v.colourByCode.size).toBe(5);
  });
  it('colours units like the live map: classes pooled over the mapped dates (choroplethColours)', () => {
    const v = defaultView(manifest, rows)!;
    const pooled = [...shareAt('2023-01-01').values(), ...shareAt('2024-01-01').values()].map((r) => r.value);
    expect(v.colourByCode).toEqual(choroplethColours(shareAt('2024-01-01'), SHARE, 'quantile', pooled).colourByCode);
    // on the pooled scale the 2024 values (all above the 2023 ones) fall into the upper classes only
    expect(v.colourByCode).not.toEqual(choroplethColours(shareAt('2024-01-01'), SHARE, 'quantile').colourByCode);
  });
});

describe('choroplethSvg', () => {
  it('draws one filled path per unit with an accessible, escaped title', () => {
    const v = defaultView(manifest, rows)!;
    const svg = choroplethSvg(topo, v, 'Map of Prague: A & B');
    expect(svg.match(/<path /g)).toHaveLength(5);
    expect(svg).toContain('role="img"');
    expect(svg).toContain('<title id="prerender-map-title">Map of Prague: A &amp; B</title>');
    for (const colour of v.colourByCode.values()) expect(svg).toContain(`fill="${colour}"`);
    expect(svg).not.toMatch(/<script|style=/);
  });
  it('draws basemap water under the districts and metro lines over them', () => {
    const v = defaultView(manifest, rows)!;
    const base = topology({
      water: { type: 'FeatureCollection', features: [square('w', 14.05)] },
      metro_lines: { type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: [[14, 50.05], [14.5, 50.05]] } }] },
    } as Record<string, GeoJSON.FeatureCollection>) as unknown as Topology;
    const svg = choroplethSvg(topo, v, 'Map', 1200, base);
    const water = svg.indexOf('fill="#a9cbe6"');
    const districts = svg.indexOf('<g ');
    const metro = svg.indexOf('stroke="#3b3b3b"');
    expect(water).toBeGreaterThan(0);
    expect(water).toBeLessThan(districts);
    expect(metro).toBeGreaterThan(districts);
  });
});
