// CSV and GeoJSON downloads of the flags, LISA and accessibility tables: the same rows the table
// shows, every number with its threshold, reasons as sentences in the user's language.
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { FLAG_DIMENSIONS, type FlagCriterion } from '../analysis/index.ts';
import type { Level, Manifest } from '../contract.ts';
import { criterionText } from './criterion-text.ts';
import { creditsFor } from './export-geojson.ts';
import { csvCell } from './export-csv.ts';
import type { UnitFeatures } from './units-geometry.ts';
import type { AccessTableRow, FlagTableRow, LisaTableRow } from './view-table-rows.ts';

/** A flat record per row: column → number, text or null (missing stays an empty cell). */
export type ExportRecord = Record<string, string | number | boolean | null>;
type Translate = (key: string, values?: Record<string, string>) => string;

/** Column id of a criterion: `<criterion>` or `<criterion>.<indicator>`. */
export function criterionColumn(c: FlagCriterion): string {
  return c.indicator === undefined ? c.criterion : `${c.criterion}.${c.indicator}`;
}

/**
 * Flag rows as records: grade, dimension statuses, the reasons as translated sentences ('; '),
 * the values, and per criterion its value, threshold and whether it fired (empty when not available).
 */
export function flagRecords(rows: readonly FlagTableRow[], level: Level, locale: string, t: Translate): ExportRecord[] {
  return rows.map((row) => {
    const record: ExportRecord = {
      level,
      code: row.code,
      name: row.name,
      group: row.group,
      ref_date: row.ref_date,
      grade: row.grade,
      grade_label: t(`flags.grade.${row.grade}`),
      ...Object.fromEntries(FLAG_DIMENSIONS.map((d) => [`dimension.${d}`, row.dimensions[d]])),
      reasons: row.reasons.map((c) => sentence(c, locale, t)).join('; '),
      group_count: row.groupCount,
      reference_population: row.population,
      share_pct: finite(row.sharePct),
      location_quotient: finite(row.locationQuotient),
    };
    for (const c of row.criteria) {
      const id = criterionColumn(c);
      const available = c.unavailableKey === undefined;
      record[`${id}.value`] = c.value;
      record[`${id}.threshold`] = available ? c.threshold : null;
      record[`${id}.fired`] = available ? (c.fired ? 1 : 0) : null;
    }
    return record;
  });
}

export function lisaRecords(rows: readonly LisaTableRow[], level: Level, t: Translate): ExportRecord[] {
  return rows.map((r) => ({
    level,
    code: r.code,
    name: r.name,
    group: r.group,
    ref_date: r.ref_date,
    per_1000: finite(r.per1000),
    local_i: r.localI,
    pseudo_p: r.pseudoP,
    adjusted_p: r.adjustedP,
    cluster: r.cluster,
    cluster_label: r.cluster === null ? null : t(`lisa.cluster.${r.cluster}`),
    significance: r.significance,
    permutations: r.permutations,
    seed: r.seed,
    false_discovery_rate: r.falseDiscoveryRate ? 1 : 0,
  }));
}

export function accessRecords(rows: readonly AccessTableRow[], level: Level): ExportRecord[] {
  return rows.map((r) => ({
    level,
    code: r.code,
    name: r.name,
    ...Object.fromEntries(Object.entries(r.nearestKm).map(([c, v]) => [`nearest_km.${c}`, v])),
    ...Object.fromEntries(Object.entries(r.access2sfca).map(([c, v]) => [`access_2sfca_per_10000.${c}`, v])),
    catchment_km: r.catchmentKm,
  }));
}

/**
 * Records as CSV (CRLF, header = the union of keys in first-seen order). Text cells go through
 * csvCell, so a name starting with = + - @ cannot run as a spreadsheet formula.
 */
export function recordsCsv(records: readonly ExportRecord[]): string {
  const columns: string[] = [];
  const seen = new Set<string>();
  for (const r of records) for (const key of Object.keys(r)) if (!seen.has(key)) (seen.add(key), columns.push(key));
  const cell = (v: ExportRecord[string] | undefined) => csvCell(typeof v === 'boolean' ? (v ? 1 : 0) : v);
  return [columns.map((c) => csvCell(c)).join(','), ...records.map((r) => columns.map((c) => cell(r[c])).join(','))].join('\r\n') + '\r\n';
}

export type ViewGeoJson = FeatureCollection<Geometry, ExportRecord> & { attribution: string; licence: string };

/**
 * Records joined to the unit geometry by code (units without a record are left out), with the
 * attribution and licence of the geometry and of the inputs in `sourceIds`. Never mutates inputs.
 */
export function recordsGeoJson(records: readonly ExportRecord[], features: UnitFeatures, manifest: Manifest, sourceIds: Iterable<string>): ViewGeoJson {
  const byCode = new Map(records.map((r) => [String(r.code), r]));
  const out: Feature<Geometry, ExportRecord>[] = [];
  for (const f of features.features) {
    const record = byCode.get(f.properties.code);
    if (record) out.push({ type: 'Feature', id: f.properties.code, geometry: structuredClone(f.geometry), properties: { ...record } });
  }
  return { type: 'FeatureCollection', ...creditsFor(manifest, sourceIds), features: out };
}

/** `<prefix>-<view>-<group>-<level>-<date>.<ext>`; the prefix is the city's (city.json `file_prefix`) */
export function viewExportFileName(prefix: string, view: 'flags' | 'lisa' | 'access', group: string, level: Level, date: string, ext: 'csv' | 'geojson'): string {
  return `${prefix}-${view}-${group}-${level}-${date}.${ext}`;
}

function sentence(c: FlagCriterion, locale: string, t: Translate): string {
  const text = criterionText(c, locale, (key) => t(key));
  return t(text.key, text.values);
}

function finite(v: number): number | null {
  return Number.isFinite(v) ? v : null;
}
