// Test fixture shared by the contiguity, Moran and LISA tests: a rows × columns grid of unit
// squares as a TopoJSON topology built by topojson-server (the same library as the pipeline).
import type { Feature, FeatureCollection, Polygon } from 'geojson';
import type { Topology } from 'topojson-specification';
import { topology } from 'topojson-server';
import { quantize } from 'topojson-client';

/** Code of the cell in row r, column c: "r{r}c{c}" (sorts row by row for grids up to 10 × 10). */
export const cellCode = (row: number, column: number) => `r${row}c${column}`;

export function squareFeature(code: string, x: number, y: number, size = 1): Feature<Polygon, { code: string }> {
  return {
    type: 'Feature',
    properties: { code },
    geometry: { type: 'Polygon', coordinates: [[[x, y], [x + size, y], [x + size, y + size], [x, y + size], [x, y]]] },
  };
}

/** Grid of squares (0.01° cells near Prague, so the geometry is also valid lon/lat). */
export function gridTopology(rows: number, columns: number, quantization?: number): Topology {
  const features: Feature<Polygon, { code: string }>[] = [];
  // Corners from integers so that shared corners are bit-identical (14 + 0.01 + 0.01 ≠ 14 + 0.02).
  const cell = (r: number, c: number): Feature<Polygon, { code: string }> => {
    const [x0, x1, y0, y1] = [(1400 + c) / 100, (1401 + c) / 100, (5000 + r) / 100, (5001 + r) / 100];
    return { type: 'Feature', properties: { code: cellCode(r, c) }, geometry: { type: 'Polygon', coordinates: [[[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]]] } };
  };
  for (let r = 0; r < rows; r++) for (let c = 0; c < columns; c++) features.push(cell(r, c));
  const collection: FeatureCollection = { type: 'FeatureCollection', features };
  const raw = topology({ units: collection }) as unknown as Topology;
  // topojson-client's types want Topology<Objects<{}>>; the runtime accepts any topology.
  return quantization === undefined ? raw : (quantize(raw as Parameters<typeof quantize>[0], quantization) as unknown as Topology);
}

/** Checkerboard values in code order: 1 on black cells, 0 on white. */
export function checkerboard(rows: number, columns: number): number[] {
  const values: number[] = [];
  for (let r = 0; r < rows; r++) for (let c = 0; c < columns; c++) values.push((r + c) % 2);
  return values;
}
