import type { FeatureCollection, Point } from 'geojson';
import type { FacilityProperties } from '../contract.ts';
import { InputError } from './input-error.ts';
import { parseCsv } from './parse-csv.ts';
import { readDecimal, readText, requireColumns } from './csv-fields.ts';
import { assertPlainText } from './plain-text.ts';
import { knownDistrictCode, type DistrictRegistry } from './read-district-codes.ts';
import type { Bbox } from './detect-crs.ts';

const GROUP_OF: Record<string, FacilityProperties['group']> = {
  kindergarten: 'education', school: 'education', college: 'education', university: 'education',
  town_hall: 'public_service', library: 'public_service', community_centre: 'public_service',
  police: 'public_service', post_office: 'public_service', embassy: 'public_service',
};

/** Reads the OSM (Geofabrik) POI points into facilities.geojson: checked classes, codes, lon/lat inside `bounds`. */
export function readFacilities(text: string, file: string, registry: DistrictRegistry, bounds: Readonly<Bbox>): FeatureCollection<Point, FacilityProperties> {
  const table = parseCsv(text, file);
  requireColumns(table, ['osm_node_id', 'fclass', 'group', 'name', 'lat', 'lon', 'kod_mc']);
  const ids = new Set<string>();
  const features = table.rows.map((row) => {
    const nodeId = readText(table, row, 'osm_node_id');
    if (!/^\d+$/.test(nodeId)) throw new InputError(file, row.line, 'osm_node_id', `"${nodeId}" is not an OSM node id`);
    if (ids.has(nodeId)) throw new InputError(file, row.line, 'osm_node_id', `duplicate node ${nodeId}`);
    ids.add(nodeId);
    const fclass = readText(table, row, 'fclass');
    const group = GROUP_OF[fclass];
    if (!group) throw new InputError(file, row.line, 'fclass', `unknown class "${fclass}"`);
    if (row.values.group.trim() !== group) throw new InputError(file, row.line, 'group', `"${row.values.group}" does not match class ${fclass} (${group})`);
    const lat = readDecimal(table, row, 'lat');
    const lon = readDecimal(table, row, 'lon');
    const b = bounds;
    if (lat === null || lon === null || lon < b.minX || lon > b.maxX || lat < b.minY || lat > b.maxY) {
      throw new InputError(file, row.line, lat === null || lat < b.minY || lat > b.maxY ? 'lat' : 'lon', `position ${lat}, ${lon} is missing or outside the city`);
    }
    const name = row.values.name.trim();
    return {
      type: 'Feature' as const,
      properties: {
        id: `osm:${nodeId}`,
        fclass,
        group,
        name: name === '' ? null : assertPlainText(name, file, row.line, 'name'),
        district_code: knownDistrictCode(registry, readText(table, row, 'kod_mc'), file, row.line, 'kod_mc'),
      },
      geometry: { type: 'Point' as const, coordinates: [round6(lon), round6(lat)] },
    };
  });
  features.sort((a, b) => (a.properties.id < b.properties.id ? -1 : a.properties.id > b.properties.id ? 1 : 0));
  return { type: 'FeatureCollection', features };
}

export function round6(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
