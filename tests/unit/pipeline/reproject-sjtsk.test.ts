import { describe, expect, it } from 'vitest';
import type { FeatureCollection, Point } from 'geojson';
import { reprojectSjtsk } from '../../../src/lib/pipeline/reproject-sjtsk.ts';

// First vertex of Praha-Ďáblice in the IPR S-JTSK file and in the ogr2ogr WGS 84 file.
const sjtsk: FeatureCollection<Point> = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { a: 1 }, geometry: { type: 'Point', coordinates: [-739567.2999860197, -1037894.6099729091] } }] };

describe('reprojectSjtsk', () => {
  it('lands within 0.1 m of GDAL\'s result', () => {
    const [x, y] = reprojectSjtsk(sjtsk).features[0].geometry.coordinates;
    expect(Math.abs(x - 14.45642635) * 71_500).toBeLessThan(0.1);
    expect(Math.abs(y - 50.13702336) * 111_250).toBeLessThan(0.1);
  });
  it('does not mutate its input and keeps properties', () => {
    const copy = structuredClone(sjtsk);
    const out = reprojectSjtsk(sjtsk);
    expect(sjtsk).toEqual(copy);
    expect(out.features[0].properties).toEqual({ a: 1 });
  });
});
