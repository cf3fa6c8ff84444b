import type { FeatureCollection, Point } from 'geojson';
import { InputError } from './input-error.ts';
import type { ParsedGeoJson } from './parse-geojson.ts';
import { assertPlainText } from './plain-text.ts';
import { round6 } from './read-facilities.ts';

/**
 * Keeps the named properties of a point layer (metro entrances, PID stops), rounds coordinates to
 * 6 decimals and refuses non-point features or markup in text properties. Feature order is kept.
 */
export function trimPointLayer(parsed: ParsedGeoJson, file: string, keep: readonly string[], keyField: string): FeatureCollection<Point, Record<string, string | number | null>> {
  const ids = new Set<string>();
  const features = parsed.collection.features.map((f, i) => {
    const row = i + 1;
    if (f.geometry?.type !== 'Point') throw new InputError(file, row, 'geometry', `expected Point, got ${f.geometry?.type ?? 'null'}`);
    const props = f.properties ?? {};
    const key = props[keyField];
    if (key === undefined || key === null || key === '') throw new InputError(file, row, keyField, 'is missing');
    if (ids.has(String(key))) throw new InputError(file, row, keyField, `duplicate ${keyField} ${String(key)}`);
    ids.add(String(key));
    const out: Record<string, string | number | null> = {};
    for (const k of keep) {
      const v = props[k];
      if (v === undefined || v === null) out[k] = null;
      else if (typeof v === 'number') out[k] = v;
      else if (typeof v === 'string') out[k] = assertPlainText(v, file, row, k);
      else throw new InputError(file, row, k, `unexpected ${typeof v} value`);
    }
    const [x, y] = f.geometry.coordinates;
    return { type: 'Feature' as const, properties: out, geometry: { type: 'Point' as const, coordinates: [round6(x), round6(y)] } };
  });
  return { type: 'FeatureCollection', features };
}
