import type { CityInfo, IndicatorRow, Manifest, ManifestIndicator, ManifestInput, ManifestMeasure, ManifestOutput, RowLevel } from '../contract.ts';
import { LEVELS, CITY_LEVEL } from '../contract.ts';
import type { IndicatorDefinition } from './indicator-definitions.ts';
import type { SourceDescription } from './read-sources.ts';

export interface ManifestParts {
  builtAt: Date;
  inputs: { source: SourceDescription; sha256: string; bytes: number }[];
  definitions: readonly IndicatorDefinition[];
  /** indicator → ref_date → denominator dates used ('same_or_earlier' rates) */
  denominatorDates?: ReadonlyMap<string, ReadonlyMap<string, ReadonlySet<string>>>;
  rows: readonly IndicatorRow[];
  measures: readonly ManifestMeasure[];
  outputs: ManifestOutput[];
  topology: Manifest['topology'];
  city: CityInfo;
}

/**
 * Assembles manifest.json. Indicator levels and dates are read from the rows actually written, so
 * the manifest cannot promise a value the CSV lacks; indicators without rows are left out.
 */
export function buildManifest(parts: ManifestParts): Manifest {
  const inputs: ManifestInput[] = parts.inputs.map(({ source, sha256, bytes }) => ({
    id: source.id,
    path: source.path,
    sha256,
    bytes,
    title: source.title,
    publisher: source.publisher,
    licence: source.licence,
    attribution: source.attribution,
    as_of: source.as_of,
    ...(source.url ? { url: source.url } : {}),
    caveats: source.caveats,
  }));
  const levelOrder: RowLevel[] = [...LEVELS, CITY_LEVEL];
  // One pass over the rows (a million at 10,000 units), not one per indicator.
  const found = new Map<string, { levels: Set<string>; dates: Set<string> }>();
  for (const r of parts.rows) {
    let f = found.get(r.indicator);
    if (f === undefined) found.set(r.indicator, (f = { levels: new Set(), dates: new Set() }));
    f.levels.add(r.level);
    f.dates.add(r.ref_date);
  }
  const indicators: ManifestIndicator[] = [];
  for (const def of parts.definitions) {
    const rows = found.get(def.id);
    if (rows === undefined) continue;
    indicators.push({
      id: def.id,
      unit: def.unit,
      kind: def.kind,
      source_ids: def.source_ids.filter((id) => inputs.some((i) => i.id === id)),
      definition: def.definition,
      levels: levelOrder.filter((l) => rows.levels.has(l)),
      dates: [...rows.dates].sort(),
      ...(parts.denominatorDates?.has(def.id)
        ? { denominator_dates: Object.fromEntries([...parts.denominatorDates.get(def.id)!].sort(([a], [b]) => a.localeCompare(b)).map(([d, s]) => [d, [...s].sort()])) }
        : {}),
      ...(def.group ? { group: true } : {}),
      ...(def.label ? { label: def.label } : {}),
    });
  }
  return {
    schema_version: 1,
    built_at: parts.builtAt.toISOString(),
    inputs,
    indicators,
    measures: [...parts.measures],
    outputs: parts.outputs,
    topology: parts.topology,
    city: parts.city,
  };
}
