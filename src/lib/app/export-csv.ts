import type { UnitServices } from './unit-services.ts';
import type { IndicatorRow, Level, Manifest, Unit, UnitProperties } from '../contract.ts';

/** Columns of the indicator download, in order. */
export const CSV_COLUMNS = ['level', 'code', 'name', 'indicator', 'ref_date', 'value', 'unit', 'source_id', 'source'] as const;

/**
 * One text cell, quoted per RFC 4180 when it holds a comma, quote or line break. Text starting with
 * = + - @ (or a tab / carriage return) gets a leading apostrophe so a spreadsheet does not run it as a
 * formula (OWASP "CSV injection"); numbers are written as they are.
 */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** "publisher: title" of each input behind a row, '; '-joined (ids of unknown inputs stay as they are). */
export function sourceLabel(manifest: Manifest, sourceId: string): string {
  return sourceId
    .split(/[;|]/)
    .filter(Boolean)
    .map((id) => {
      const input = manifest.inputs.find((i) => i.id === id);
      return input ? [input.publisher, input.title].filter(Boolean).join(': ') : id;
    })
    .join('; ');
}

export interface IndicatorCsvInput {
  level: Level;
  /** every unit of the level, in the order the file should list them */
  units: readonly UnitProperties[];
  indicator: string;
  date: string;
  unit: Unit;
  /** rows of this indicator, level and date by unit code; a unit without a row gets an empty value */
  values: ReadonlyMap<string, IndicatorRow>;
  manifest: Manifest;
  /** integration services by unit code (unit-services.ts): adds the services columns */
  services?: ReadonlyMap<string, UnitServices>;
}

/** Columns added when services are given: current services listed in the unit, the nearest located one. */
export const SERVICE_CSV_COLUMNS = ['services_in_unit', 'nearest_service', 'nearest_service_m'] as const;

/** The current indicator for all units of a level as plain CSV (CRLF, header row, no comments). */
export function indicatorCsv(input: IndicatorCsvInput): string {
  const lines = [[...CSV_COLUMNS, ...(input.services ? SERVICE_CSV_COLUMNS : [])].join(',')];
  for (const u of input.units) {
    const row = input.values.get(u.code);
    const cells = [
      input.level,
      u.code,
      u.name,
      input.indicator,
      row?.ref_date ?? input.date,
      // missing stays missing: an empty cell, never 0
      row ? row.value : null,
      row?.unit ?? input.unit,
      row?.source_id ?? '',
      row ? sourceLabel(input.manifest, row.source_id) : '',
    ];
    if (input.services) {
      const here = input.services.get(u.code);
      const nearest = here?.nearest[0];
      cells.push(here ? here.inUnit.filter((s) => !s.historical).map((s) => s.name).join('; ') : '', nearest?.service.name ?? '', nearest ? Math.round(nearest.metres) : null);
    }
    lines.push(cells.map(csvCell).join(','));
  }
  return lines.join('\r\n') + '\r\n';
}

/** `<prefix>-<indicator>-<level>-<date>.csv`; the prefix is the city's (city.json `file_prefix`) */
export function indicatorCsvFileName(prefix: string, indicator: string, level: Level, date: string): string {
  return `${prefix}-${indicator}-${level}-${date}.csv`;
}
