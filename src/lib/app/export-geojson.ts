import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { Level, Manifest, Unit } from '../contract.ts';
import type { IndicatorIndex } from './indicator-index.ts';
import type { UnitFeatures } from './units-geometry.ts';

/** The manifest input the unit boundaries in districts.topo.json come from. */
export const GEOMETRY_SOURCE_ID = 'ipr_districts';

export interface ExportedIndicator {
  id: string;
  ref_date: string;
  value: number;
  unit: Unit;
  source_id: string;
}

export interface ExportedUnitProperties {
  code: string;
  name: string;
  level: Level;
  /** every value the data hold for this unit: all indicators, all dates */
  indicators: ExportedIndicator[];
  attribution: string;
  licence: string;
}

export type SelectionGeoJson = FeatureCollection<Geometry, ExportedUnitProperties> & { attribution: string; licence: string };

/** Attribution and licence lines for a set of inputs, geometry first; each input once. */
export function creditsFor(manifest: Manifest, sourceIds: Iterable<string>): { attribution: string; licence: string } {
  const ids = [GEOMETRY_SOURCE_ID, ...new Set([...sourceIds].flatMap((s) => s.split(/[;|]/)).filter(Boolean))];
  const inputs = [...new Set(ids)].map((id) => manifest.inputs.find((i) => i.id === id)).filter((i) => i !== undefined);
  return {
    attribution: [...new Set(inputs.map((i) => i.attribution))].join('; '),
    licence: inputs.map((i) => `${i.id}: ${i.licence}`).join('; '),
  };
}

/**
 * The selected units with their geometry and every indicator value (with date, unit and source), as a
 * GeoJSON FeatureCollection. Codes not on the level are skipped. Never mutates its inputs.
 */
export function selectionGeoJson(features: UnitFeatures, level: Level, codes: readonly string[], index: IndicatorIndex, manifest: Manifest): SelectionGeoJson {
  const wanted = new Set(codes);
  const out: Feature<Geometry, ExportedUnitProperties>[] = [];
  const allSources = new Set<string>();
  for (const f of features.features) {
    if (!wanted.has(f.properties.code)) continue;
    const indicators: ExportedIndicator[] = [];
    for (const [id, rows] of index.unitRows(level, f.properties.code)) {
      for (const r of rows) indicators.push({ id, ref_date: r.ref_date, value: r.value, unit: r.unit, source_id: r.source_id });
    }
    indicators.sort((a, b) => a.id.localeCompare(b.id) || a.ref_date.localeCompare(b.ref_date));
    const sources = new Set(indicators.map((i) => i.source_id));
    sources.forEach((s) => allSources.add(s));
    out.push({
      type: 'Feature',
      id: f.properties.code,
      geometry: structuredClone(f.geometry),
      properties: { code: f.properties.code, name: f.properties.name, level, indicators, ...creditsFor(manifest, sources) },
    });
  }
  return { type: 'FeatureCollection', ...creditsFor(manifest, allSources), features: out };
}

/** `prague-<level>-<code>[-<code>…].geojson` */
export function selectionFileName(level: Level, codes: readonly string[]): string {
  return `prague-${level}-${codes.join('-')}.geojson`;
}
