import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import kinks from '@turf/kinks';
import { z } from 'zod';
import { PARENT_PROPERTY, type UnitProperties } from '../contract.ts';
import type { CityConfig } from './city-config.ts';
import { InputError } from './input-error.ts';
import { assertPlainText } from './plain-text.ts';
import type { ParsedGeoJson } from './parse-geojson.ts';
import type { DistrictRegistry } from './read-district-codes.ts';

export type DistrictFeature = Feature<Polygon | MultiPolygon, Required<UnitProperties>>;

const numericCode = z.union([z.number().int(), z.string().regex(/^\d+$/)]);

/**
 * Checks the district polygons (IPR TMMESTSKECASTI_P) and reduces their properties to
 * code/name/so/mo, read from the fields city.json names (`units`, `levels`): every feature has a
 * known, unique 6-digit code, every registry code has a feature, rings are closed with ≥ 4
 * positions and do not self-intersect.
 */
export function validateDistricts(
  parsed: ParsedGeoJson,
  registry: DistrictRegistry,
  file: string,
  city: Pick<CityConfig, 'units' | 'levels'>,
): FeatureCollection<Polygon | MultiPolygon, Required<UnitProperties>> {
  const { code_field: codeField, name_field: nameField } = city.units;
  const parentField = (key: 'so' | 'mo') => city.levels.find((l) => PARENT_PROPERTY[l.id] === key)!.parent_field;
  const districtProperties = z.object({
    [codeField]: numericCode,
    [nameField]: z.string().min(1),
    [parentField('so')]: numericCode,
    [parentField('mo')]: numericCode,
  });
  const seen = new Set<string>();
  const features = parsed.collection.features.map((f, i): DistrictFeature => {
    const row = i + 1;
    const props = districtProperties.safeParse(f.properties ?? {});
    if (!props.success) {
      const issue = props.error.issues[0];
      throw new InputError(file, row, String(issue.path[0] ?? 'properties'), `${issue.message} (feature without a valid code/name?)`);
    }
    const code = String(props.data[codeField]);
    if (!/^\d{6}$/.test(code)) throw new InputError(file, row, codeField, `"${code}" is not a 6-digit district code`);
    if (!registry.byCode.has(code)) throw new InputError(file, row, codeField, `unknown district code ${code} (not in ${registry.file})`);
    if (seen.has(code)) throw new InputError(file, row, codeField, `duplicate district code ${code}`);
    seen.add(code);
    const name = assertPlainText(String(props.data[nameField]).trim(), file, row, nameField);
    const geometry = f.geometry;
    if (!geometry || (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon')) {
      throw new InputError(file, row, 'geometry', `expected Polygon or MultiPolygon, got ${geometry?.type ?? 'null'}`);
    }
    checkPolygon(geometry, file, row);
    return {
      type: 'Feature',
      properties: { code, name, so: String(props.data[parentField('so')]), mo: String(props.data[parentField('mo')]) },
      geometry,
    };
  });
  for (const code of registry.byCode.keys()) {
    if (!seen.has(code)) throw new InputError(file, null, codeField, `district ${code} (${registry.byCode.get(code)!.name}) has no polygon`);
  }
  features.sort((a, b) => a.properties.code.localeCompare(b.properties.code));
  return { type: 'FeatureCollection', features };
}

function checkPolygon(geometry: Polygon | MultiPolygon, file: string, row: number): void {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  for (const rings of polygons) {
    if (rings.length === 0) throw new InputError(file, row, 'geometry', 'polygon without rings');
    for (const ring of rings) checkRing(ring, file, row);
  }
  const k = kinks({ type: 'Feature', properties: {}, geometry });
  if (k.features.length > 0) {
    const [x, y] = k.features[0].geometry.coordinates;
    throw new InputError(file, row, 'geometry', `self-intersecting polygon at [${x.toFixed(6)}, ${y.toFixed(6)}]`);
  }
}

function checkRing(ring: Position[], file: string, row: number): void {
  if (ring.length < 4) throw new InputError(file, row, 'geometry', `ring has ${ring.length} positions; a polygon ring needs at least 4`);
  const a = ring[0];
  const b = ring[ring.length - 1];
  if (a[0] !== b[0] || a[1] !== b[1]) throw new InputError(file, row, 'geometry', 'ring is not closed (first and last position differ)');
}
