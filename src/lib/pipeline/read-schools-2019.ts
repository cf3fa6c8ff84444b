import type { FeatureCollection, Point } from 'geojson';
import { InputError } from './input-error.ts';
import { parseCsv } from './parse-csv.ts';
import { readDecimal, readText, requireColumns } from './csv-fields.ts';
import type { Bbox } from './detect-crs.ts';
import { round6 } from './read-facilities.ts';

export interface School2019Properties {
  id: string;
  type: 'school' | 'educational_centre';
}

/**
 * The unnamed, low-quality 2019 school points (density previews only). Points flagged
 * `outside_prague_bbox` by the source (one, in Ostrava) are dropped and counted; any other point
 * outside `bounds` (the city's) is an error.
 */
export function readSchools2019(text: string, file: string, bounds: Readonly<Bbox>): { collection: FeatureCollection<Point, School2019Properties>; dropped: number } {
  const table = parseCsv(text, file);
  requireColumns(table, ['orig_index', 'type', 'lat', 'lon', 'qa_flag']);
  let dropped = 0;
  const features: FeatureCollection<Point, School2019Properties>['features'] = [];
  for (const row of table.rows) {
    const id = readText(table, row, 'orig_index');
    const type = readText(table, row, 'type');
    if (type !== 'school' && type !== 'educational_centre') throw new InputError(file, row.line, 'type', `unknown type "${type}"`);
    const lat = readDecimal(table, row, 'lat');
    const lon = readDecimal(table, row, 'lon');
    if (row.values.qa_flag.trim() === 'outside_prague_bbox') {
      dropped++;
      continue;
    }
    const b = bounds;
    if (lat === null || lon === null || lon < b.minX || lon > b.maxX || lat < b.minY || lat > b.maxY) {
      throw new InputError(file, row.line, 'lat', `position ${lat}, ${lon} is missing or outside the city`);
    }
    features.push({ type: 'Feature', properties: { id: `2019:${id}`, type }, geometry: { type: 'Point', coordinates: [round6(lon), round6(lat)] } });
  }
  return { collection: { type: 'FeatureCollection', features }, dropped };
}
