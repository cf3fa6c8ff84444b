import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { Level, Manifest, Unit } from '../contract.ts';
import type { IndicatorIndex } from './indicator-index.ts';
import type { UnitFeatures } from './units-geometry.ts';
import type { UnitServices } from './unit-services.ts';

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
  /** integration services listed in the unit, and the nearest located current ones (straight-line metres) */
  services_in_unit?: { id: string; name: string; address: string | null; precision: string; historical: boolean }[];
  nearest_services?: { id: string; name: string; address: string | null; metres: number }[];
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
export function selectionGeoJson(
  features: UnitFeatures,
  level: Level,
  codes: readonly string[],
  index: IndicatorIndex,
  manifest: Manifest,
  services?: ReadonlyMap<string, UnitServices>,
): SelectionGeoJson {
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
      properties: { code: f.properties.code, name: f.properties.name, level, indicators, ...servicesOf(services?.get(f.properties.code)), ...creditsFor(manifest, sources) },
    });
  }
  return { type: 'FeatureCollection', ...creditsFor(manifest, allSources), features: out };
}

function servicesOf(here: UnitServices | undefined): Pick<ExportedUnitProperties, 'services_in_unit' | 'nearest_services'> {
  if (!here) return {};
  return {
    services_in_unit: here.inUnit.map((s) => ({ id: s.id, name: s.name, address: s.address, precision: s.location.precision, historical: s.historical })),
    nearest_services: here.nearest.map((n) => ({ id: n.service.id, name: n.service.name, address: n.service.address, metres: Math.round(n.metres) })),
  };
}

/** `<prefix>-<level>-<code>[-<code>…].geojson`; the prefix is the city's (city.json `file_prefix`) */
export function selectionFileName(prefix: string, level: Level, codes: readonly string[]): string {
  return `${prefix}-${level}-${codes.join('-')}.geojson`;
}
