// Tidy drop-in (issue 11 §2): any `tidy/<name>.csv` in the data directory with the header
// `code,indicator,ref_date,value` and a sidecar `tidy/<name>.json` is read without new code.
// Registry ids need no declaration; any other id is declared in the sidecar.
import { z } from 'zod';
import type { Unit } from '../contract.ts';
import { InputError } from './input-error.ts';
import { readTable, type DateRange } from './read-table.ts';
import type { DistrictRegistry } from './read-district-codes.ts';
import type { IndicatorDefinition } from './indicator-definitions.ts';
import type { Measurement } from './measurement.ts';
import type { SourceDescription } from './read-sources.ts';

export const TIDY_DIR = 'tidy';
export const TIDY_HEADER = ['code', 'indicator', 'ref_date', 'value'] as const;
const UNITS = ['persons', 'percent', 'per_1000', 'count', 'ha', 'persons_per_ha', 'index', 'm2_per_inhabitant'] as const satisfies readonly Unit[];

export const sidecarSchema = z
  .object({
    title: z.string().min(1),
    publisher: z.string().min(1),
    licence: z.string().min(1),
    attribution: z.string().min(1),
    as_of: z.string().min(4),
    url: z.string().url().optional(),
    caveats: z.array(z.string()).default([]),
    indicators: z
      .record(
        z.string().regex(/^[a-z][a-z0-9_]*$/, 'indicator ids are lower case letters, digits and _'),
        z
          .object({
            label: z.record(z.string().regex(/^[a-z]{2}$/), z.string().min(1)).refine((l) => Object.keys(l).length > 0, 'give at least one label'),
            unit: z.enum(UNITS),
            kind: z.enum(['count', 'rate']),
            group: z.boolean(),
            denominator: z.string().optional(),
          })
          .strict(),
      )
      .default({}),
  })
  .strict();
export type Sidecar = z.infer<typeof sidecarSchema>;

/** What the registry knows of an indicator id (no declaration needed in a sidecar). */
export interface RegistryEntry {
  unit: Unit;
  kind: 'count' | 'rate';
  /** a segregation group at each of its dates */
  group: boolean;
  /** count whose share of this indicator (nearest earlier date) is computed as `<id>_share` */
  denominator?: string;
  definition: string;
}

const REGION_NAMES = typeof Intl.DisplayNames === 'function' ? new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' }) : null;

/** CLDR region codes that are not assigned ISO 3166 countries: user-assigned (AA, QM–QZ, XA–XZ, ZZ) and groupings (EU, EZ, UN). */
const NOT_COUNTRIES = /^(AA|Q[M-Z]|X[A-Z]|ZZ|EU|EZ|UN)$/;

/** English name of an ISO 3166 alpha-2 code, or null when the code is not assigned. */
export function countryName(alpha2: string): string | null {
  const upper = alpha2.toUpperCase();
  if (!/^[A-Z]{2}$/.test(upper) || NOT_COUNTRIES.test(upper)) return null;
  try {
    const name = REGION_NAMES?.of(upper);
    return name && name !== upper ? name : null;
  } catch {
    return null;
  }
}

export const CITIZENSHIP_PREFIX = 'foreigners_citizenship_';

/**
 * The indicator registry: `population_total`, `foreigners_total`, `czech_citizens_total`,
 * `foreigners_citizenship_<ISO 3166 alpha-2, lower case>` and every count already defined by the
 * pipeline (e.g. `population_age_0_14`).
 */
export function registryEntry(id: string, definitions: readonly IndicatorDefinition[]): RegistryEntry | undefined {
  if (id === 'population_total') return { unit: 'persons', kind: 'count', group: false, definition: 'Population (all residents).' };
  if (id === 'foreigners_total') return { unit: 'persons', kind: 'count', group: true, denominator: 'population_total', definition: 'Foreigners (all citizenships).' };
  if (id === 'czech_citizens_total') return { unit: 'persons', kind: 'count', group: false, definition: 'Residents with Czech citizenship (the reference of "majority leaving").' };
  if (id.startsWith(CITIZENSHIP_PREFIX)) {
    const name = countryName(id.slice(CITIZENSHIP_PREFIX.length));
    if (!name || id.slice(CITIZENSHIP_PREFIX.length) !== id.slice(CITIZENSHIP_PREFIX.length).toLowerCase()) return undefined;
    return { unit: 'persons', kind: 'count', group: true, denominator: 'population_total', definition: `Foreigners with citizenship of ${name}.` };
  }
  const def = definitions.find((d) => d.id === id && d.kind === 'count' && !id.startsWith('_'));
  return def ? { unit: def.unit, kind: 'count', group: false, definition: def.definition } : undefined;
}

export interface TidyFile {
  csvPath: string;
  csvText: string;
  sidecarPath: string;
  sidecarText: string | undefined;
}

export interface TidyInput {
  source: SourceDescription;
  measurements: Measurement[];
  /** line of each measurement in the CSV, for errors found once all inputs are read */
  lines: Map<Measurement, number>;
  /** ids used in the file with what the registry or the sidecar says of them */
  indicators: Map<string, RegistryEntry & { label?: Record<string, string> }>;
}

/** Source id of a tidy file: `tidy_` + its name in lower case, non-alphanumerics as `_`. */
export function tidySourceId(csvPath: string): string {
  const base = csvPath.split('/').pop()!.replace(/\.csv$/i, '');
  return `tidy_${base.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_|_$/g, '')}`;
}

/** Reads one tidy file and its sidecar; throws InputError naming file, row and field. */
export function readTidy(file: TidyFile, registry: DistrictRegistry, dates: DateRange, definitions: readonly IndicatorDefinition[]): TidyInput {
  if (file.sidecarText === undefined) throw new InputError(file.csvPath, null, null, `missing sidecar ${file.sidecarPath} (title, publisher, licence, attribution, as_of)`);
  let json: unknown;
  try {
    json = JSON.parse(file.sidecarText);
  } catch (e) {
    throw new InputError(file.sidecarPath, null, null, `is not valid JSON (${(e as Error).message})`);
  }
  const parsed = sidecarSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InputError(file.sidecarPath, null, issue.path.join('.') || null, issue.message);
  }
  const sidecar = parsed.data;
  for (const [id, d] of Object.entries(sidecar.indicators)) {
    if (registryEntry(id, definitions)) throw new InputError(file.sidecarPath, null, `indicators.${id}`, `${id} is a registry id; do not redeclare it`);
    if (d.denominator !== undefined && d.kind !== 'count') throw new InputError(file.sidecarPath, null, `indicators.${id}.denominator`, 'only counts have a denominator');
    if (d.group && d.kind !== 'count') throw new InputError(file.sidecarPath, null, `indicators.${id}.group`, 'only counts can be groups');
  }

  const header = file.csvText.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0].split(',').map((c) => c.trim());
  if (header.join(',') !== TIDY_HEADER.join(',')) {
    throw new InputError(file.csvPath, 1, null, `header must be exactly "${TIDY_HEADER.join(',')}" (found "${header.join(',')}")`);
  }
  const records = readTable(
    file.csvText,
    file.csvPath,
    { columns: { code: { type: 'code' }, indicator: { type: 'text' }, ref_date: { type: 'date' }, value: { type: 'text', required: false } } },
    { registry, dates },
  );
  const sourceId = tidySourceId(file.csvPath);
  const indicators: TidyInput['indicators'] = new Map();
  const seen = new Set<string>();
  const measurements: Measurement[] = [];
  const lines = new Map<Measurement, number>();
  for (const rec of records) {
    const code = rec.values.code as string;
    const indicator = rec.values.indicator as string;
    const ref_date = rec.values.ref_date as string;
    let entry = indicators.get(indicator);
    if (!entry) {
      const declared = sidecar.indicators[indicator];
      entry = declared
        ? { unit: declared.unit, kind: declared.kind, group: declared.group, denominator: declared.denominator, label: declared.label, definition: declared.label.en ?? Object.values(declared.label)[0] }
        : registryEntry(indicator, definitions);
      if (!entry) {
        const hint = indicator.startsWith(CITIZENSHIP_PREFIX) ? ' (citizenship ids end in an ISO 3166 alpha-2 code in lower case)' : ` (declare it under "indicators" in ${file.sidecarPath})`;
        throw new InputError(file.csvPath, rec.line, 'indicator', `undeclared indicator "${indicator}"${hint}`);
      }
      indicators.set(indicator, entry);
    }
    const key = `${code}|${indicator}|${ref_date}`;
    if (seen.has(key)) throw new InputError(file.csvPath, rec.line, 'code', `duplicate row for ${code}, ${indicator}, ${ref_date}`);
    seen.add(key);
    const raw = rec.values.value as string | null;
    if (raw === null) continue;
    if (/^-?\d+,\d+$/.test(raw)) throw new InputError(file.csvPath, rec.line, 'value', `"${raw}" uses a decimal comma; use a point`);
    if (!/^-?\d+(\.\d+)?$/.test(raw)) throw new InputError(file.csvPath, rec.line, 'value', `"${raw}" is not a number`);
    const value = Number(raw);
    if (entry.kind === 'count' && value < 0) throw new InputError(file.csvPath, rec.line, 'value', `${raw} is negative; ${indicator} is a count`);
    if (entry.kind === 'count' && (entry.unit === 'persons' || entry.unit === 'count') && !Number.isInteger(value)) {
      throw new InputError(file.csvPath, rec.line, 'value', `${raw} is not a whole number; ${indicator} counts ${entry.unit}`);
    }
    if (entry.unit === 'percent' && (value < 0 || value > 100)) throw new InputError(file.csvPath, rec.line, 'value', `${raw} is not a share in 0–100 % (share over 100 %)`);
    const m = { indicator, code, ref_date, value, source_id: sourceId };
    measurements.push(m);
    lines.set(m, rec.line);
  }
  for (const [id, entry] of indicators) {
    if (entry.denominator !== undefined && !registryEntry(entry.denominator, definitions) && !sidecar.indicators[entry.denominator]) {
      throw new InputError(file.sidecarPath, null, `indicators.${id}.denominator`, `unknown denominator "${entry.denominator}"`);
    }
  }
  const source: SourceDescription = {
    id: sourceId,
    path: file.csvPath,
    format: 'csv',
    key: 'code,indicator,ref_date',
    fields: [...TIDY_HEADER],
    required: false,
    title: sidecar.title,
    publisher: sidecar.publisher,
    licence: sidecar.licence,
    attribution: sidecar.attribution,
    as_of: sidecar.as_of,
    ...(sidecar.url ? { url: sidecar.url } : {}),
    caveats: sidecar.caveats,
  };
  return { source, measurements, lines, indicators };
}

/**
 * Indicator definitions after tidy inputs: registry ids new to the pipeline get a definition,
 * existing ones list the tidy source; every group count with a denominator gets `<id>_share`
 * (percent of the denominator at the same date, else the nearest earlier one). Pure: returns a new array.
 */
export function definitionsWithTidy(base: readonly IndicatorDefinition[], inputs: readonly TidyInput[]): IndicatorDefinition[] {
  const defs = base.map((d) => ({ ...d, source_ids: [...d.source_ids] }));
  const byId = new Map(defs.map((d) => [d.id, d]));
  for (const input of inputs) {
    for (const [id, entry] of input.indicators) {
      const existing = byId.get(id);
      if (existing) {
        if (!existing.source_ids.includes(input.source.id)) existing.source_ids.push(input.source.id);
        continue;
      }
      const def: IndicatorDefinition = {
        id,
        unit: entry.unit,
        kind: entry.kind,
        source_ids: [input.source.id],
        definition: `${entry.definition} Tidy drop-in ${input.source.path}.`,
        ...(entry.kind === 'rate' ? { districtsOnly: true } : {}),
        ...(entry.group ? { group: true } : {}),
        ...(entry.label ? { label: entry.label } : {}),
      };
      defs.push(def);
      byId.set(id, def);
      if (entry.denominator && id !== 'foreigners_total') {
        const share: IndicatorDefinition = {
          id: `${id}_share`,
          unit: 'percent',
          kind: 'rate',
          source_ids: [input.source.id],
          definition: `${id} as a percentage of ${entry.denominator} at the same date, else the nearest earlier one (recorded in denominator_dates).`,
          formula: { type: 'ratio', numerator: id, denominator: entry.denominator, denominatorDate: 'same_or_earlier', factor: 100 },
          ...(entry.label ? { label: Object.fromEntries(Object.entries(entry.label).map(([l, t]) => [l, `${t} (%)`])) } : {}),
        };
        if (!byId.has(share.id)) {
          defs.push(share);
          byId.set(share.id, share);
        }
      }
    }
  }
  return defs;
}
